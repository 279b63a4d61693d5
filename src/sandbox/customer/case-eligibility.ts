// The business rules that decide whether a creditor may submit a case for a debtor location: partner
// routing, a blocked creditor, and the contracts (SDCA, PoA) and KYC the routed partner needs.
// POST /cases turns them into 422 errors or a "Pending contract signing" case; the previews into
// requiredActions.
import type { BusinessErrorApiDTO } from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import { combinedSigningUrl, kycFormUrl, poaSigningUrl, sdcaSigningUrl } from '../hosted/urls.js';
import { collectionPartnerById, jurisdictionOf, type CollectionPartner, type Jurisdiction } from '../partners.js';
import type { SandboxTenant } from '../state.js';

export interface EligibilityInput {
  countryAlpha2: string;
  stateAlpha2: string | null;
  /** `collectionPartnerId` of the request: use this partner instead of the routed one. */
  forcedPartnerId?: string | null | undefined;
  /** KYC is enforced only on bearer-token (referral) submissions (REFERENCE §7). */
  viaReferralToken: boolean;
}

export interface Eligibility {
  jurisdiction: Jurisdiction | undefined;
  partner: CollectionPartner | undefined;
  /** The forced partner does not exist or does not cover the jurisdiction (a 400 on POST /cases). */
  forcedPartnerRejected: boolean;
  blocked: boolean;
  missingSdca: boolean;
  missingPoa: boolean;
  /** The routed partner needs director KYC for referral submissions. */
  requiresKyc: boolean;
  missingKyc: boolean;
}

export const NO_PARTNER_MESSAGE = "We don't have an exclusive pre-legal partner in the provided jurisdiction.";

export function assessEligibility(tenant: SandboxTenant, input: EligibilityInput): Eligibility {
  const jurisdiction = jurisdictionOf(input.countryAlpha2, input.stateAlpha2);
  const routed = jurisdiction ? collectionPartnerById(jurisdiction.partnerId) : undefined;
  let partner = routed;
  let forcedPartnerRejected = false;
  if (input.forcedPartnerId) {
    const forced = collectionPartnerById(input.forcedPartnerId);
    // Sandbox jurisdictions have one partner each, so "covers the jurisdiction" means "is the routed one".
    forcedPartnerRejected = !forced || forced.id !== routed?.id;
    if (!forcedPartnerRejected) partner = forced;
  }
  const requiresKyc = (partner?.requiresKyc ?? false) && input.viaReferralToken;
  return {
    jurisdiction,
    partner,
    forcedPartnerRejected,
    blocked: tenant.blocked,
    missingSdca: !tenant.sdcaSigned,
    missingPoa: partner !== undefined && !tenant.signedPoaPartnerIds.includes(partner.id),
    requiresKyc,
    missingKyc: requiresKyc && !tenant.kycOnFile,
  };
}

/** Contract signings that `allowPendingContracts` may defer (KYC is not one of them). */
export function hasPendingSignings(eligibility: Eligibility): boolean {
  return eligibility.missingSdca || eligibility.missingPoa;
}

/**
 * The business errors in the order the combined signing chain walks them: a blocked creditor or a
 * jurisdiction without partner first (nothing to sign fixes those), then SDCA → PoA → KYC.
 */
export function businessErrorsOf(
  ctx: SandboxContext,
  tenant: SandboxTenant,
  eligibility: Eligibility,
  returnUrl: string | null | undefined,
): BusinessErrorApiDTO[] {
  if (eligibility.blocked) {
    return [
      {
        type: 'CreditorBlocked',
        message: 'This creditor is blocked from creating cases. Contact Debitura support.',
        solutionUrl: null,
      },
    ];
  }
  const partner = eligibility.partner;
  if (!partner || !eligibility.jurisdiction) {
    return [{ type: 'NoPartnerAvailable', message: NO_PARTNER_MESSAGE, solutionUrl: null }];
  }
  const errors: BusinessErrorApiDTO[] = [];
  if (eligibility.missingSdca) {
    errors.push({
      type: 'MissingDebtCollectionContract',
      message: 'The debt collection agreement (SDCA) must be signed before cases can be submitted.',
      solutionUrl: sdcaSigningUrl(ctx, tenant, returnUrl),
    });
  }
  if (eligibility.missingPoa) {
    errors.push({
      type: 'MissingPowerOfAttorney',
      message: `A power of attorney for ${partner.name} must be signed before cases in ${eligibility.jurisdiction.name} can be submitted.`,
      solutionUrl: poaSigningUrl(ctx, tenant, partner.id, returnUrl),
    });
  }
  if (eligibility.missingKyc) {
    errors.push({
      type: 'MissingKycVerification',
      message: `${partner.name} requires director KYC verification before it accepts cases.`,
      solutionUrl: kycFormUrl(ctx, tenant, returnUrl),
    });
  }
  return errors;
}

/** The hosted page that walks every pending step in order, or null when nothing is left to sign. */
export function signingHandoffUrl(
  ctx: SandboxContext,
  tenant: SandboxTenant,
  eligibility: Eligibility,
  returnUrl: string | null | undefined,
): string | null {
  if (eligibility.blocked || !eligibility.partner) return null;
  if (!hasPendingSignings(eligibility) && !eligibility.missingKyc) return null;
  return combinedSigningUrl(ctx, tenant, {
    returnUrl,
    collectionPartnerIds: eligibility.missingPoa ? [eligibility.partner.id] : [],
    kyc: eligibility.missingKyc,
  });
}
