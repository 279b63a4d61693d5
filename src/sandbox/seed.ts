// The sandbox's starting state: the seeded tenants (see tenants.ts) and their case histories.
import type { SandboxContext } from './context.js';
import type { SandboxSnapshot } from './state.js';
import { seedCases } from './seed-cases.js';
import { seedDivisions } from './seed-divisions.js';
import { withSeededReferralFees } from './seed-referral-fees.js';
import type { StoredCase } from './state.js';
import { seedTenants } from './tenants.js';

/** Seeded history sizes: acme-ready is the showcase, two others get a few closed cases for isolation checks. */
const historySizes: Readonly<Record<string, number>> = {
  'acme-ready': 150,
  'kyc-required': 4,
  'blocked-creditor': 3,
};

export function buildSeed(ctx: SandboxContext): SandboxSnapshot {
  const tenants = withSeededReferralFees(seedTenants(ctx.now(), ctx.options.linkApprovalTtlDays));
  const takenReferences = new Set<string>();
  const cases: StoredCase[] = [];
  tenants.forEach((tenant, index) => {
    const size = historySizes[tenant.externalTenantId];
    if (size) cases.push(...seedCases(ctx, tenant, size, 20_260_000 + index, takenReferences));
  });
  seedDivisions(tenants, cases, ctx.now());
  return { version: 1, tenants, cases, idempotency: [] };
}
