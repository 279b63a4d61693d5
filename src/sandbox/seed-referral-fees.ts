// The referral fee each seeded client's link was made with. Debitura snapshots the partner's rate when a link is
// created (REFERENCE §2.2), so clients linked at different times earn the partner different shares; the seed
// shows that. The revenue transactions of /reporting/transactions follow from these rates and the cases'
// payments (referral/revenue.ts), so they need no seed of their own.
import type { SandboxTenant } from './state.js';

const seededReferralFees: Readonly<Record<string, number>> = {
  'acme-ready': 20,
  'kyc-required': 25,
  'blocked-creditor': 15,
  'unsigned-contract': 20,
  'newco-onboarding': 20,
};

export function withSeededReferralFees(tenants: SandboxTenant[]): SandboxTenant[] {
  return tenants.map((tenant) => {
    const fee = seededReferralFees[tenant.externalTenantId];
    return fee === undefined ? tenant : { ...tenant, referralFeePercentage: fee };
  });
}
