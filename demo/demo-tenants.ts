// What the demo's "Signed in as" switch shows for each sandbox tenant: which situation signing in as it
// demonstrates, read from the tenant's live sandbox state so it stays right after onboarding or a reset.
import type { SandboxTenant } from '../src/sandbox/index.js';
import { companyOf, partnerRecords, type DemoRole } from './partner-records.js';

export interface DemoTenant {
  externalTenantId: string;
  companyName: string;
  /** The situation this tenant demonstrates, in a few words. */
  description: string;
  /** Whether the token endpoint can mint a token for it (an active client link). */
  tokenAvailable: boolean;
  /** The partner's users of a tenant that is not linked yet, to sign in as one who may or may not activate. */
  users: { name: string; email: string; role: DemoRole }[];
}

function situationOf(tenant: SandboxTenant): string {
  if (tenant.link === 'onboarding') return 'onboarding not finished';
  if (tenant.link === 'needs-linking') return 'link awaiting approval';
  if (tenant.blocked) return 'blocked by Debitura';
  if (!tenant.sdcaSigned) return 'contract not signed';
  if (!tenant.kycOnFile) return 'KYC not on file';
  return 'ready';
}

export function demoTenantOf(tenant: SandboxTenant): DemoTenant {
  const linked = tenant.link === 'linked';
  return {
    externalTenantId: tenant.externalTenantId,
    companyName: tenant.companyName,
    description: situationOf(tenant),
    tokenAvailable: linked,
    users: linked || !partnerRecords[tenant.externalTenantId] ? [] : companyOf(tenant.externalTenantId).users,
  };
}

/** A tenant only the partner's records know: it becomes a Debitura client when someone activates. */
export function recordOnlyTenant(externalTenantId: string): DemoTenant {
  const company = companyOf(externalTenantId);
  return {
    externalTenantId,
    companyName: company.name,
    description: company.situation ?? 'not a Debitura client yet',
    tokenAvailable: false,
    users: company.users,
  };
}
