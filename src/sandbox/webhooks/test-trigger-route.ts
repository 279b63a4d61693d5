// Referral POST /v1/Webhooks/test: sends a realistic event for a real case or client through the same
// signed, retried delivery as real events. The sandbox is a test environment, so it never answers 403.
//
// Choice: a triggered event goes to every active subscription of the event, whatever its classification.
// It is test data (the payload says `classification: "test"`), but the endpoint exists so a partner can
// check a receiver, and a production-classified subscription is the one they most need to check.
import { Hono } from 'hono';
import {
  TriggerTestWebhookRequest,
  isReferralWebhookEvent,
  type TriggerTestWebhookResponse,
} from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody } from '../customer/api-error-body.js';
import {
  caseEventEnvelope,
  clientEventEnvelope,
  type CaseEventDetails,
  type WebhookEnvelope,
} from './event-envelope.js';
import type { WebhookPublisher } from './publisher.js';
import { parseRequestBody } from './request-validation.js';

type Built = { ok: true; envelope: WebhookEnvelope } | { ok: false; status: 400 | 404; message: string };

function caseDetails(request: TriggerTestWebhookRequest, currentLifecycle: string | null): CaseEventDetails {
  if (request.eventType === 'case.updated') {
    return {
      event: 'case.updated',
      oldLifecycle: request.oldLifecycle ?? currentLifecycle,
      newLifecycle: request.newLifecycle ?? 'Closed',
    };
  }
  if (request.eventType === 'case.closed') {
    return { event: 'case.closed', closeCode: request.closeCode ?? 'Paid', closeComment: request.closeComment ?? null };
  }
  return { event: 'case.created' };
}

function buildEnvelope(ctx: SandboxContext, origin: string, request: TriggerTestWebhookRequest): Built {
  const { eventType } = request;
  const setting = { now: ctx.now(), origin, test: true };
  if (eventType.startsWith('case.') && isReferralWebhookEvent(eventType)) {
    if (!request.caseId) return { ok: false, status: 400, message: `'caseId' is required for ${eventType}.` };
    const stored = ctx.store.caseById(request.caseId);
    const tenant = stored && ctx.store.tenantByCreditorId(stored.creditorId);
    if (!stored || !tenant || tenant.link === 'needs-linking')
      return { ok: false, status: 404, message: 'Case not found.' };
    return {
      ok: true,
      envelope: caseEventEnvelope(
        caseDetails(request, stored.invoice.lifecycle ?? null),
        tenant,
        stored.invoice,
        setting,
      ),
    };
  }
  if (eventType.startsWith('client.') && isReferralWebhookEvent(eventType)) {
    if (!request.externalTenantId)
      return { ok: false, status: 400, message: `'externalTenantId' is required for ${eventType}.` };
    const tenant = ctx.store.tenant(request.externalTenantId);
    if (!tenant) return { ok: false, status: 404, message: 'Client link not found.' };
    return { ok: true, envelope: clientEventEnvelope(eventType, tenant, setting) };
  }
  return {
    ok: false,
    status: 400,
    message: `'${eventType}' cannot be triggered; use a case.* or client.* event type.`,
  };
}

export function testTriggerRoute(ctx: SandboxContext, publisher: WebhookPublisher, origin: () => string): Hono {
  const app = new Hono();

  app.post('/v1/Webhooks/test', async (c) => {
    const parsed = await parseRequestBody(c, TriggerTestWebhookRequest);
    if (parsed instanceof Response) return parsed;
    const built = buildEnvelope(ctx, origin(), parsed.value);
    if (!built.ok)
      return c.json(apiErrorBody(built.status === 404 ? 'NotFound' : 'ValidationError', built.message), built.status);

    const enqueuedCount = publisher.publish(built.envelope, 'any');
    const eventType = built.envelope.event;
    const message =
      enqueuedCount > 0
        ? `Test event '${eventType}' enqueued for ${enqueuedCount} webhook subscription(s); delivery is asynchronous.`
        : `No active webhook subscription listens for '${eventType}'; nothing was enqueued.`;
    return c.json({ eventType, enqueuedCount, message } satisfies TriggerTestWebhookResponse);
  });

  return app;
}
