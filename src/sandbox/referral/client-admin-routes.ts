// The rest of a client's life on the Referral API (REFERENCE §2.5): withdraw a client that never finished
// onboarding, submit director KYC, and the test-environment reset (is-deletable, DELETE). The sandbox is a
// test environment, so the test-only endpoints never answer 403.
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { chatRoles, SubmitKycVerificationRequest, type ClientDeletableResponse } from '../../wire/index.js';
import { deleteClient, deletionBlockers, submitKyc, withdrawalProblem, withdrawClient } from '../client-actions.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody } from '../customer/api-error-body.js';
import { schemaKeys, withCanonicalKeys } from '../customer/canonical-keys.js';
import { buildChat } from '../customer/case-resource-factories.js';
import { addSchemaIssues, FieldErrors } from '../customer/field-errors.js';
import {
  lookUpIdempotentAnswer,
  readIdempotencyKey,
  rememberIdempotentAnswer,
  requestBodyHash,
} from '../customer/idempotency.js';
import { queryValue } from '../customer/query-params.js';
import { jsonBodyOf } from '../customer/request-body.js';
import { userRelationDto } from '../customer/team-users.js';
import type { KycRecord, SandboxTenant } from '../state.js';
import { activeClient, clientNotFoundBody } from './clients.js';
import { kycVerificationDto } from './client-view.js';

const kycKeys = schemaKeys(SubmitKycVerificationRequest);
/** Lifecycles whose cases no longer hear about the client: they never started or are over. */
const quietLifecycles = new Set(['Pending contract signing', 'Closed', 'Merged']);

/** Tells the collection partners of the client's open cases that KYC data arrived, as a chat message. */
function notifyKycOnCases(ctx: SandboxContext, tenant: SandboxTenant): void {
  const author = tenant.users[0];
  if (!author) return;
  const now = ctx.now();
  for (const stored of ctx.store.casesOf(tenant.creditorId)) {
    if (quietLifecycles.has(stored.invoice.lifecycle ?? '')) continue;
    const chat = buildChat({
      id: randomUUID(),
      at: now,
      role: chatRoles.Creditor,
      message: 'Director KYC verification was submitted for this creditor.',
      user: userRelationDto(author),
    });
    ctx.store.updateCase(stored, (record) => record.chats.push(chat));
  }
}

export function clientAdminRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();

  app.post('/clients/:externalTenantId/withdraw', (c) => {
    const externalTenantId = c.req.param('externalTenantId');
    const tenant = activeClient(ctx, externalTenantId);
    if (!tenant) return c.json(clientNotFoundBody(externalTenantId), 404);
    const problem = withdrawalProblem(ctx, tenant);
    if (problem) return c.json(apiErrorBody('WithdrawalNotAllowed', problem), 409);
    withdrawClient(ctx, tenant);
    return c.body(null, 204);
  });

  app.post('/clients/:externalTenantId/kyc-verification', async (c) => {
    const externalTenantId = c.req.param('externalTenantId');
    const tenant = activeClient(ctx, externalTenantId);
    if (!tenant) return c.json(clientNotFoundBody(externalTenantId), 404);
    const idempotency = readIdempotencyKey(c.req.raw);
    if ('problem' in idempotency) return c.json(idempotency.problem.toApiError(), 400);
    const { key } = idempotency;
    const body = await jsonBodyOf(c);
    if (body instanceof Response) return body;

    // Keys are scoped per client and endpoint, so a key reused on POST /cases is another key.
    const scope = `kyc-verification\u0000${tenant.creditorId}`;
    const bodyHash = requestBodyHash(body.value);
    if (key !== undefined) {
      const earlier = lookUpIdempotentAnswer(ctx.store, scope, key, bodyHash);
      if (earlier.kind === 'replay') return c.json(earlier.answer.body, earlier.answer.status as 201);
      if (earlier.kind === 'conflict') return c.json(earlier.body, 422);
    }
    const input = withCanonicalKeys(body.value ?? null, kycKeys);
    const parsed = SubmitKycVerificationRequest.safeParse(input);
    if (!parsed.success) {
      const errors = new FieldErrors();
      addSchemaIssues(errors, parsed.error.issues, input);
      return c.json(errors.toApiError(), 400);
    }
    const record: KycRecord = {
      directorFullName: parsed.data.directorFullName.trim(),
      directorHomeAddress: parsed.data.directorHomeAddress.trim(),
      directorDateOfBirth: parsed.data.directorDateOfBirth.slice(0, 10),
      dateCreated: ctx.now().toISOString(),
    };
    submitKyc(ctx, tenant, record);
    if (queryValue(new URL(c.req.url).searchParams, 'sendChatNotification')?.toLowerCase() !== 'false') {
      notifyKycOnCases(ctx, tenant);
    }
    const answer = kycVerificationDto(record);
    if (key !== undefined) rememberIdempotentAnswer(ctx.store, scope, key, { bodyHash, status: 201, body: answer });
    return c.json(answer, 201);
  });

  app.get('/clients/:externalTenantId/is-deletable', (c) => {
    const externalTenantId = c.req.param('externalTenantId');
    const tenant = activeClient(ctx, externalTenantId);
    if (!tenant) return c.json(clientNotFoundBody(externalTenantId), 404);
    const blockers = deletionBlockers(ctx, tenant);
    return c.json({ isDeletable: blockers.length === 0, blockers } satisfies ClientDeletableResponse);
  });

  // The spec names no status for a client that is not deletable; the sandbox refuses with 409, as withdraw does.
  app.delete('/clients/:externalTenantId', (c) => {
    const externalTenantId = c.req.param('externalTenantId');
    const tenant = activeClient(ctx, externalTenantId);
    if (!tenant) return c.json(clientNotFoundBody(externalTenantId), 404);
    const blockers = deletionBlockers(ctx, tenant);
    if (blockers.length > 0) return c.json(apiErrorBody('ClientNotDeletable', blockers.join(' ')), 409);
    deleteClient(ctx, tenant);
    return c.body(null, 204);
  });

  return app;
}
