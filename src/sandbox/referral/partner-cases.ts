// The cases the partner sees on the Referral API: every case of its active client links (a link request still
// waiting for approval is no client yet). The same stored cases the Customer API serves each client's tokens.
import type { SandboxContext } from '../context.js';
import type { SandboxTenant, StoredCase } from '../state.js';

export interface PartnerCase {
  stored: StoredCase;
  tenant: SandboxTenant;
}

export function activeClients(ctx: SandboxContext): SandboxTenant[] {
  return ctx.store.tenants().filter((tenant) => tenant.link !== 'needs-linking');
}

export function partnerCases(ctx: SandboxContext): PartnerCase[] {
  const clients = new Map(activeClients(ctx).map((tenant) => [tenant.creditorId, tenant]));
  const cases: PartnerCase[] = [];
  for (const stored of ctx.store.cases()) {
    const tenant = clients.get(stored.creditorId);
    if (tenant) cases.push({ stored, tenant });
  }
  return cases;
}

/** A case of one of the partner's clients; any other id is as absent as a missing one. */
export function partnerCase(ctx: SandboxContext, caseId: string): PartnerCase | undefined {
  const stored = ctx.store.caseById(caseId);
  const tenant = stored ? ctx.store.tenantByCreditorId(stored.creditorId) : undefined;
  return stored && tenant && tenant.link !== 'needs-linking' ? { stored, tenant } : undefined;
}
