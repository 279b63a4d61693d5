// The hosted onboarding of a new client, step by step: company details → users → director KYC (only when the
// client's collection partner needs it) → SDCA signing, which makes the link active (REFERENCE §7).
import { partnerFor } from './partners.js';
import type { SandboxTenant } from './state.js';

export const onboardingSteps = ['companydetails', 'users', 'kyc', 'sign'] as const;
export type OnboardingStepPage = (typeof onboardingSteps)[number];

/** Whether Debitura asks this creditor for director KYC: forced by the tenant, or by its country's partner. */
export function kycRequired(tenant: SandboxTenant): boolean {
  if (tenant.onboarding?.kycRequired) return true;
  return tenant.country ? partnerFor(tenant.country)?.requiresKyc === true : false;
}

/** The steps this client walks, in order (KYC only when required). */
export function stepsOf(tenant: SandboxTenant): OnboardingStepPage[] {
  return onboardingSteps.filter((step) => step !== 'kyc' || kycRequired(tenant));
}

/** The first step not done yet, or undefined once onboarding is complete. */
export function pendingStep(tenant: SandboxTenant): OnboardingStepPage | undefined {
  if (tenant.link !== 'onboarding') return undefined;
  const progress = tenant.onboarding;
  if (!progress?.companyDetails) return 'companydetails';
  if (!progress.users) return 'users';
  if (kycRequired(tenant) && !tenant.kycOnFile) return 'kyc';
  return 'sign';
}
