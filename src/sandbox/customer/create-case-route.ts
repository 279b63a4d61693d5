// POST /cases over HTTP: the media type, Idempotency-Key handling around createCase(), and field problems
// answered as ApiErrorResponseDto (field-errors.ts).
import type { Hono } from 'hono';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { createCase } from './create-case.js';
import { validationErrorBody } from './field-errors.js';
import {
  lookUpIdempotentAnswer,
  readIdempotencyKey,
  rememberIdempotentAnswer,
  requestBodyHash,
} from './idempotency.js';
import { jsonBodyOf } from './request-body.js';

export function addCreateCaseRoute(app: Hono<CustomerEnv>, ctx: SandboxContext): void {
  app.post('/cases', async (c) => {
    const tenant = c.get('tenant');
    const idempotency = readIdempotencyKey(c.req.raw);
    if ('problem' in idempotency) return c.json(idempotency.problem.toApiError(), 400);
    const { key } = idempotency;
    const body = await jsonBodyOf(c);
    if (body instanceof Response) return body;

    const bodyHash = requestBodyHash(body.value);
    if (key !== undefined) {
      const earlier = lookUpIdempotentAnswer(ctx.store, tenant.creditorId, key, bodyHash);
      if (earlier.kind === 'replay') return c.json(earlier.answer.body, earlier.answer.status as 200 | 422);
      if (earlier.kind === 'conflict') return c.json(earlier.body, 422);
    }

    const outcome = createCase(ctx, tenant, body.value, { viaReferralToken: c.get('authScheme') === 'bearer' });
    // Field problems are never stored, so a corrected request may reuse its key.
    if (outcome.status === 400) return c.json(validationErrorBody(outcome.body), 400);
    if (key !== undefined) {
      rememberIdempotentAnswer(ctx.store, tenant.creditorId, key, {
        bodyHash,
        status: outcome.status,
        body: outcome.body,
      });
    }
    return c.json(outcome.body, outcome.status);
  });
}
