// Finding the case a `/cases/{id}/...` request names, with tenant isolation: another creditor's case
// answers exactly like a missing one.
import type { Context } from 'hono';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import type { StoredCase } from '../state.js';
import { caseNotFoundBody, invalidCaseIdBody } from './api-error-body.js';

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return guidPattern.test(value);
}

/** The tenant's case, or the 400 (not a GUID) / 404 (absent or not theirs) response to send instead. */
export function findTenantCase(ctx: SandboxContext, c: Context<CustomerEnv>): StoredCase | Response {
  const id = c.req.param('id') ?? '';
  if (!isGuid(id)) return c.json(invalidCaseIdBody(id), 400);
  const stored = ctx.store.caseOf(c.get('tenant').creditorId, id);
  return stored ?? c.json(caseNotFoundBody(), 404);
}
