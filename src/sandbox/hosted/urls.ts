// URLs of the hosted pages (onboarding, link approval, signing, KYC) the sandbox hands out.
//
// Choice: every hosted URL points at the sandbox's own origin under `/hosted/...`, never at
// testreferral.debitura.com / app.debitura.com. Those real pages know nothing of sandbox tenants, while
// the sandbox's pages let a user "sign", flip the tenant's state and follow `returnUrl`, so the whole
// hand-off works offline. The path shapes mirror Debitura's (REFERENCE §2.2, §7) so code that inspects
// them sees familiar segments.
import type { SandboxContext } from '../context.js';
import type { SandboxTenant } from '../state.js';

/** Path prefix of every hosted page. */
export const HOSTED_PREFIX = '/hosted';

/** Only absolute http(s) return URLs up to 2048 characters survive; Debitura drops others silently. */
export function acceptedReturnUrl(returnUrl: string | null | undefined): string | undefined {
  if (!returnUrl || returnUrl.length > 2048) return undefined;
  try {
    const url = new URL(returnUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function withReturnUrl(path: string, returnUrl: string | null | undefined): string {
  const accepted = acceptedReturnUrl(returnUrl);
  if (!accepted) return path;
  return `${path}${path.includes('?') ? '&' : '?'}returnUrl=${encodeURIComponent(accepted)}`;
}

/** 202 onboarding link of a client that has not finished onboarding (company details → … → SDCA). */
export function onboardingUrl(ctx: SandboxContext, tenant: SandboxTenant, returnUrl?: string | null): string {
  return ctx.hostedUrl(withReturnUrl(`/onboarding/companydetails/${tenant.clientLinkId}`, returnUrl));
}

/** Path (on the sandbox's own origin) of one step of the hosted onboarding, keeping the caller's returnUrl. */
export function onboardingStepPath(tenant: SandboxTenant, step: string, returnUrl?: string | null): string {
  return `${HOSTED_PREFIX}${withReturnUrl(`/onboarding/${step}/${tenant.clientLinkId}`, returnUrl)}`;
}

/** 409 ClientExistsNeedsLinking: where the existing Debitura account approves the link. */
export function linkApprovalUrl(ctx: SandboxContext, tenant: SandboxTenant): string {
  return ctx.hostedUrl(`/referralpartner/approve?token=${tenant.clientLinkId}`);
}

/** `solutionUrl` of MissingDebtCollectionContract: sign (or re-sign) the SDCA alone. */
export function sdcaSigningUrl(ctx: SandboxContext, tenant: SandboxTenant, returnUrl?: string | null): string {
  return ctx.hostedUrl(withReturnUrl(`/contractupgrade/sign/${tenant.clientLinkId}`, returnUrl));
}

/** `solutionUrl` of MissingPowerOfAttorney: sign the PoA for one collection partner. */
export function poaSigningUrl(
  ctx: SandboxContext,
  tenant: SandboxTenant,
  collectionPartnerId: string,
  returnUrl?: string | null,
): string {
  return ctx.hostedUrl(
    withReturnUrl(`/powerofattorney/sign/${tenant.clientLinkId}?collectionPartnerId=${collectionPartnerId}`, returnUrl),
  );
}

/** `solutionUrl` of MissingKycVerification: the director KYC form. */
export function kycFormUrl(ctx: SandboxContext, tenant: SandboxTenant, returnUrl?: string | null): string {
  return ctx.hostedUrl(withReturnUrl(`/kyc/${tenant.clientLinkId}`, returnUrl));
}

/**
 * `signingHandoff.combinedSigningUrl`: one page that completes every pending step (SDCA, the PoAs of the
 * tenant's pending cases plus `collectionPartnerIds`, KYC when asked) and then follows `returnUrl`.
 */
export function combinedSigningUrl(
  ctx: SandboxContext,
  tenant: SandboxTenant,
  options: { returnUrl?: string | null; collectionPartnerIds?: readonly string[]; kyc?: boolean } = {},
): string {
  const query = new URLSearchParams({ link: tenant.clientLinkId });
  for (const partnerId of options.collectionPartnerIds ?? []) query.append('collectionPartnerId', partnerId);
  if (options.kyc) query.set('kyc', 'true');
  return ctx.hostedUrl(withReturnUrl(`/signing/pendingcontracts?${query.toString()}`, options.returnUrl));
}

/** `termsUrl` of a signed SDCA. */
export function sdcaTermsUrl(ctx: SandboxContext, tenant: SandboxTenant): string {
  return ctx.hostedUrl(`/contracts/sdca/${tenant.clientLinkId}`);
}
