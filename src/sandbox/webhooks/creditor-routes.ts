// The Customer API's webhook routes (REFERENCE §5.3), each creditor seeing only its own subscriptions:
// create (201, the secret shown once), list, read, PATCH (url, isActive, isTestMode, regenerateSecret; not
// events), delete, a synchronous test delivery (`/{id}/test` and `/{id}:test`), the deprecated
// `/{id}/replay` and `/{id}:replay` (a count of cases, nothing re-sent), the event log of a case and the
// replay of one logged event.
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { CreateWebhookRequest, UpdateWebhookRequest } from '../../wire/index.js';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody } from '../customer/api-error-body.js';
import { isGuid } from '../customer/case-lookup.js';
import { FieldErrors } from '../customer/field-errors.js';
import type { CreditorWebhookSubscription } from '../state.js';
import { creditorWebhookEvents, isCreditorWebhookEvent } from './creditor-events.js';
import type { WebhookDeliveryRecord, WebhookDispatcher } from './dispatcher.js';
import { envelope } from './event-envelope.js';
import { parseRequestBody } from './request-validation.js';
import { webhookSignatureHeader } from './signature.js';
import { applySubscriptionUpdate, newSubscription, webhookDtoOf } from './subscription.js';
import type { DeliveryTransport } from './target-connection.js';
import { webhookUrlProblem } from './target-url.js';

const TEST_TIMEOUT_MS = 10_000;
const ReplayRequest = z.strictObject({ sinceUtc: z.string() });
const notFound = () => apiErrorBody('NotFound', 'Webhook not found.');

function eventsProblem(events: readonly string[]): string | null {
  if (events.length === 0) return 'At least one event type is required.';
  const unknown = events.filter((event) => !isCreditorWebhookEvent(event));
  if (unknown.length === 0) return null;
  return `Unknown event type(s): ${unknown.join(', ')}. Valid event types: ${creditorWebhookEvents.join(', ')}.`;
}

/** WebhookEventDto of one delivery. */
function eventDto(record: WebhookDeliveryRecord, caseId: string | null) {
  return {
    id: record.deliveryId,
    subscriptionId: record.subscriptionId,
    caseId,
    eventType: record.eventType,
    payload: record.payload,
    createdAt: record.createdAt,
    deliveredAt: record.deliveredAt,
    attemptCount: record.attemptCount,
    lastResponseCode: record.lastResponseCode,
    lastError: record.lastError,
  };
}

function caseIdOf(record: WebhookDeliveryRecord): string | null {
  try {
    const caseId = (JSON.parse(record.payload) as { data?: { caseId?: unknown } }).data?.caseId;
    return typeof caseId === 'string' ? caseId : null;
  } catch {
    return null;
  }
}

function errorCategory(error: unknown): string {
  const text =
    error instanceof Error ? `${error.message} ${error.cause instanceof Error ? error.cause.message : ''}` : '';
  if (/No answer within|timed? ?out/i.test(text)) return 'TimeoutError';
  if (/certificate|SSL|TLS/i.test(text)) return 'SslError';
  if (/ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|resolve|private address|socket|network/i.test(text))
    return 'NetworkError';
  return 'UnknownError';
}

export interface CreditorWebhookRouteDeps {
  dispatcher: WebhookDispatcher;
  transport: DeliveryTransport;
  origin(): string;
}

export function creditorWebhookRoutes(ctx: SandboxContext, deps: CreditorWebhookRouteDeps): Hono<CustomerEnv> {
  const app = new Hono<CustomerEnv>();
  const find = (c: Context<CustomerEnv>, id: string): CreditorWebhookSubscription | undefined =>
    isGuid(id) ? ctx.store.creditorWebhook(c.get('tenant').creditorId, id) : undefined;

  app.post('/webhooks', async (c) => {
    const parsed = await parseRequestBody(c, CreateWebhookRequest);
    if (parsed instanceof Response) return parsed;
    const errors = new FieldErrors();
    const urlProblem = webhookUrlProblem(parsed.value.url);
    if (urlProblem) errors.add('url', urlProblem);
    const eventProblem = eventsProblem(parsed.value.events);
    if (eventProblem) errors.add('events', eventProblem);
    if (!errors.empty) return c.json(errors.toApiError(), 400);

    const subscription = { ...newSubscription(parsed.value, ctx.now()), creditorId: c.get('tenant').creditorId };
    ctx.store.addCreditorWebhook(subscription);
    return c.json(webhookDtoOf(subscription, true), 201);
  });

  app.get('/webhooks', (c) =>
    c.json(
      ctx.store.creditorWebhooksOf(c.get('tenant').creditorId).map((hook) => webhookDtoOf(hook, false)),
      200,
    ),
  );

  // The event log of one case, newest first (registered before /webhooks/:id, which it would match).
  app.get('/webhooks/events', (c) => {
    const params = new URL(c.req.url).searchParams;
    const caseId = params.get('caseId') ?? '';
    const since = params.get('since');
    const sinceTime = since ? Date.parse(since) : Number.NEGATIVE_INFINITY;
    // The spec declares the 400 without a body.
    if (!isGuid(caseId) || Number.isNaN(sinceTime)) return c.body(null, 400);
    const own = new Set(ctx.store.creditorWebhooksOf(c.get('tenant').creditorId).map((hook) => hook.id));
    const rows = deps.dispatcher
      .deliveries()
      .filter((record) => own.has(record.subscriptionId) && Date.parse(record.createdAt) >= sinceTime)
      .map((record) => ({ record, caseId: caseIdOf(record) }))
      .filter((row) => row.caseId?.toLowerCase() === caseId.toLowerCase())
      .map((row) => eventDto(row.record, row.caseId));
    return c.json(rows, 200);
  });

  app.post('/webhooks/events/:id/replay', (c) => {
    const id = c.req.param('id').toLowerCase();
    const own = new Set(ctx.store.creditorWebhooksOf(c.get('tenant').creditorId).map((hook) => hook.id));
    const earlier = deps.dispatcher
      .deliveries()
      .find((record) => record.deliveryId === id && own.has(record.subscriptionId));
    if (!earlier) return c.body(null, 404);
    deps.dispatcher.replay(earlier);
    return c.json(
      { eventId: earlier.deliveryId, subscriptionId: earlier.subscriptionId, eventType: earlier.eventType },
      200,
    );
  });

  app.get('/webhooks/:id', (c) => {
    const subscription = find(c, c.req.param('id'));
    return subscription ? c.json(webhookDtoOf(subscription, false), 200) : c.json(notFound(), 404);
  });

  app.patch('/webhooks/:id', async (c) => {
    const subscription = find(c, c.req.param('id'));
    if (!subscription) return c.json(notFound(), 404);
    const parsed = await parseRequestBody(c, UpdateWebhookRequest);
    if (parsed instanceof Response) return parsed;
    const update = parsed.value;
    const errors = new FieldErrors();
    if (update.events != null)
      errors.add('events', 'Event types cannot be changed; delete the subscription and create a new one.');
    const urlProblem = update.url != null ? webhookUrlProblem(update.url) : null;
    if (urlProblem) errors.add('url', urlProblem);
    if (!errors.empty) return c.json(errors.toApiError(), 400);

    const regenerate = update.regenerateSecret === true;
    ctx.store.updateCreditorWebhook(subscription, (record) => applySubscriptionUpdate(record, update, ctx.now()));
    return c.json(webhookDtoOf(subscription, regenerate), 200);
  });

  app.delete('/webhooks/:id', (c) => {
    const subscription = find(c, c.req.param('id'));
    if (!subscription) return c.json(notFound(), 404);
    ctx.store.removeCreditorWebhook(subscription);
    return c.body(null, 204);
  });

  /** One signed delivery of a synthetic case.created, answered with its outcome (TestResultDto). */
  const sendTest = async (c: Context<CustomerEnv>, id: string): Promise<Response> => {
    const subscription = find(c, id);
    if (!subscription) return c.json(notFound(), 404);
    const now = ctx.now();
    const caseId = randomUUID();
    const testPayload = envelope(
      'case.created',
      { caseId, reference: 'TEST0001' },
      { self: `${deps.origin()}/customer/cases/${caseId}` },
      { now, origin: deps.origin(), test: true },
    );
    const body = JSON.stringify(testPayload);
    const timestamp = Math.floor(now.getTime() / 1000);
    const started = performance.now();
    let result: {
      success: boolean;
      httpStatusCode: number | null;
      errorMessage: string | null;
      errorCategory: string | null;
    };
    try {
      const { status } = await deps.transport({
        url: subscription.url,
        headers: {
          'Content-Type': 'application/json',
          'X-Debitura-Signature': webhookSignatureHeader(subscription.secret, body, timestamp),
          'X-Debitura-Timestamp': String(timestamp),
          'X-Debitura-Event': 'case.created',
        },
        body,
        timeoutMs: TEST_TIMEOUT_MS,
      });
      const success = status >= 200 && status < 300;
      result = {
        success,
        httpStatusCode: status,
        errorMessage: success ? null : `The endpoint answered ${status}.`,
        errorCategory: success ? null : 'HttpError',
      };
    } catch (error) {
      const reason =
        error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      result = { success: false, httpStatusCode: null, errorMessage: reason, errorCategory: errorCategory(error) };
    }
    return c.json({ ...result, durationMs: Math.round(performance.now() - started), testPayload }, 200);
  };

  /** Deprecated: counts the creditor's cases created since `sinceUtc`; re-sends nothing. */
  const countSince = async (c: Context<CustomerEnv>, id: string): Promise<Response> => {
    const subscription = find(c, id);
    if (!subscription) return c.json(notFound(), 404);
    const parsed = await parseRequestBody(c, ReplayRequest);
    if (parsed instanceof Response) return parsed;
    const since = Date.parse(parsed.value.sinceUtc);
    if (Number.isNaN(since)) return c.json(apiErrorBody('ValidationError', 'sinceUtc: not a date-time.'), 400);
    const eventsReplayed = ctx.store
      .casesOf(c.get('tenant').creditorId)
      .filter((stored) => Date.parse(stored.invoice.dateCreated ?? '') >= since).length;
    return c.json({ eventsReplayed }, 200);
  };

  app.post('/webhooks/:id/test', (c) => sendTest(c, c.req.param('id')));
  app.post('/webhooks/:id/replay', (c) => countSince(c, c.req.param('id')));
  // `/webhooks/{id}:test` and `/webhooks/{id}:replay`: the custom-method spellings, one path segment.
  app.post('/webhooks/:target', async (c) => {
    const match = /^(.+):(test|replay)$/.exec(c.req.param('target'));
    if (!match) return c.json(apiErrorBody('NotFound', `No sandbox route for POST ${c.req.path}.`), 404);
    return match[2] === 'test' ? sendTest(c, match[1]!) : countSince(c, match[1]!);
  });

  return app;
}
