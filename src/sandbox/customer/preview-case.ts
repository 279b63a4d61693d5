// POST /cases/preview on both APIs: the same request and rules; the Customer answer knows the creditor
// (required signings, KYC on file), the Referral answer is creditor-less.
import {
  PreviewCaseRequestApiViewModel,
  PreviewDebtorDto,
  type ApiErrorResponseDto,
  type PendingActionDto,
  type PreviewResultDto,
  type ReferralPartnerPreviewCaseResponse,
} from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import { jurisdictionDto, partnerFor, jurisdictionOf } from '../partners.js';
import type { SandboxTenant } from '../state.js';
import { checkAgeBreakdown, type AgeBreakdown } from './age-buckets.js';
import { ageSurcharge } from './age-surcharge.js';
import { isAfterToday, parseRequestDate } from './calendar-dates.js';
import { schemaKeys, withCanonicalKeys } from './canonical-keys.js';
import { assessEligibility, businessErrorsOf, NO_PARTNER_MESSAGE, signingHandoffUrl } from './case-eligibility.js';
import { debtorTypeOf, resolveDebtorLocation } from './debtor-rules.js';
import { addSchemaIssues, FieldErrors } from './field-errors.js';
import { isoCurrencyCode } from './iso-currencies.js';
import { pricingPreview } from './pricing-preview.js';

export interface ValidPreview {
  amountToRecover: number;
  currencyCode: string;
  countryAlpha2: string;
  stateAlpha2: string | null;
  ageBreakdown: AgeBreakdown | null;
  dueDate: Date | null;
  returnUrl: string | null;
}

export type PreviewValidation = { ok: true; value: ValidPreview } | { ok: false; body: ApiErrorResponseDto };

const requestKeys = schemaKeys(PreviewCaseRequestApiViewModel);
const debtorKeys = schemaKeys(PreviewDebtorDto);

export function validatePreview(body: unknown, now: Date): PreviewValidation {
  const errors = new FieldErrors();
  const input = withCanonicalKeys(body, requestKeys, { debtor: debtorKeys });
  const parsed = PreviewCaseRequestApiViewModel.safeParse(input);
  if (!parsed.success) {
    addSchemaIssues(errors, parsed.error.issues, input);
    return { ok: false, body: errors.toApiError() };
  }
  const request = parsed.data;
  const currencyCode = isoCurrencyCode(request.currencyCode);
  if (!currencyCode) errors.add('currencyCode', `Invalid currency code: ${request.currencyCode}`);
  if (!(request.amountToRecover > 0)) errors.add('amountToRecover', 'Case total must be a positive amount');
  if (!debtorTypeOf(request.debtor.type, { preview: true }))
    errors.add('debtor.type', 'Invalid debtor type: use "Company" or "Private".');
  const location = resolveDebtorLocation(request.debtor, errors);

  const dueDate = request.dueDate ? (parseRequestDate(request.dueDate) ?? null) : null;
  if (request.dueDate && !dueDate) errors.add('dueDate', `${request.dueDate} is not a valid date.`);
  if (dueDate && isAfterToday(dueDate, now)) errors.add('dueDate', 'Due date cannot be in the future');
  const ageBreakdown = checkAgeBreakdown(request, errors);
  if (dueDate && ageBreakdown !== null) {
    errors.add('dueDate', 'dueDate and the age bucket fields are mutually exclusive; send one or the other.');
  }
  if (!errors.empty || !currencyCode || !location || ageBreakdown === undefined) {
    return { ok: false, body: errors.toApiError() };
  }
  return {
    ok: true,
    value: {
      amountToRecover: request.amountToRecover,
      currencyCode,
      countryAlpha2: location.countryAlpha2,
      stateAlpha2: location.stateAlpha2,
      ageBreakdown,
      dueDate,
      returnUrl: request.returnUrl ?? null,
    },
  };
}

/** Customer preview `result`: eligibility, partner, pricing and what this creditor still has to sign. */
export function customerPreviewResult(
  ctx: SandboxContext,
  tenant: SandboxTenant,
  preview: ValidPreview,
  options: { viaReferralToken: boolean },
): PreviewResultDto {
  const eligibility = assessEligibility(tenant, {
    countryAlpha2: preview.countryAlpha2,
    stateAlpha2: preview.stateAlpha2,
    viaReferralToken: options.viaReferralToken,
  });
  const { partner, jurisdiction } = eligibility;
  const errors = businessErrorsOf(ctx, tenant, eligibility, preview.returnUrl);
  const ineligible = errors.find((error) => error.type === 'NoPartnerAvailable' || error.type === 'CreditorBlocked');
  const result: PreviewResultDto = {
    isEligible: !ineligible,
    ineligibilityReason: ineligible?.message ?? null,
    requiredActions: ineligible
      ? []
      : errors.map((error) => ({
          type: error.type,
          message: error.message,
          solutionUrl: error.solutionUrl,
          isBlocking: true,
        })),
    requiresKycVerification: eligibility.requiresKyc,
    hasKycOnFile: tenant.kycOnFile,
    signingHandoff: { combinedSigningUrl: signingHandoffUrl(ctx, tenant, eligibility, preview.returnUrl) },
  };
  if (partner && jurisdiction) {
    result.partnerAssignment = {
      collectionPartnerId: partner.id,
      partnerName: partner.name,
      partnerCountry: partner.country,
    };
    result.jurisdiction = jurisdictionDto(jurisdiction);
    result.pricingPreview = pricingPreview(
      jurisdiction,
      partner,
      surchargeOf(preview, ctx.now()),
      preview.currencyCode,
    );
  }
  return result;
}

/**
 * Referral preview: what any of the partner's clients would pay. Creditor-less, so `pendingActions`
 * lists the routed partner's own requirements (its PoA, KYC when it asks for it) and
 * `combinedSigningUrl` is always null, as the spec describes.
 */
export function referralPreviewResponse(preview: ValidPreview, now: Date): ReferralPartnerPreviewCaseResponse {
  const jurisdiction = jurisdictionOf(preview.countryAlpha2, preview.stateAlpha2);
  const partner = partnerFor(preview.countryAlpha2, preview.stateAlpha2);
  if (!jurisdiction || !partner) {
    return {
      isEligible: false,
      ineligibilityReason: NO_PARTNER_MESSAGE,
      requiresKycVerification: false,
      pendingActions: [],
      combinedSigningUrl: null,
    };
  }
  const pendingActions: PendingActionDto[] = [{ type: 'PoA', collectionPartnerId: partner.id, dueDate: null }];
  if (partner.requiresKyc) pendingActions.push({ type: 'Kyc', collectionPartnerId: partner.id, dueDate: null });
  return {
    isEligible: true,
    ineligibilityReason: null,
    jurisdiction: jurisdictionDto(jurisdiction),
    pricingPreview: pricingPreview(jurisdiction, partner, surchargeOf(preview, now), preview.currencyCode),
    requiresKycVerification: partner.requiresKyc,
    pendingActions,
    combinedSigningUrl: null,
  };
}

function surchargeOf(preview: ValidPreview, now: Date) {
  return ageSurcharge(preview.amountToRecover, preview.ageBreakdown, preview.dueDate, now);
}
