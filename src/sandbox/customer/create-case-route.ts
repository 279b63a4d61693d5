// POST /cases over HTTP: Idempotency-Key handling around createCase().
import type { Hono } from 'hono';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { createCase } from './create-case.js';
import { FieldErrors } from './field-errors.js';
import {
  lookUpIdempotentAnswer,
  readIdempotencyKey,
  rememberIdempotentAnswer,
  requestBodyHash,
} from './idempotency.js';
import { readJsonBody } from './request-body.js';

export function addCreateCaseRoute(app: Hono<CustomerEnv>, ctx: SandboxContext): void {
  app.post('/cases', async (c) => {
    const tenant = c.get('tenant');
    const idempotency = readIdempotencyKey(c.req.raw);
    if ('problem' in idempotency) return c.json(idempotency.problem.toBody(), 400);
    const { key } = idempotency;
    const body = await readJsonBody(c.req.raw);
    if (!body.ok) {
      const errors = new FieldErrors();
      errors.add('body', 'The request body is not valid JSON.');
      return c.json(errors.toBody(), 400);
    }

    const bodyHash = requestBodyHash(body.value);
    if (key !== undefined) {
      const earlier = lookUpIdempotentAnswer(ctx.store, tenant.creditorId, key, bodyHash);
      if (earlier.kind === 'replay') return c.json(earlier.answer.body, earlier.answer.status as 200 | 422);
      if (earlier.kind === 'conflict') return c.json(earlier.body, 422);
    }

    const outcome = createCase(ctx, tenant, body.value, { viaReferralToken: c.get('authScheme') === 'bearer' });
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
