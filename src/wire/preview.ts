// POST /cases/preview (Customer API): eligibility, partner, pricing and required signings, nothing persisted.
import {
  array,
  boolean,
  int,
  length,
  maxLength,
  minLength,
  number,
  object,
  optional,
  strictObject,
  string,
} from 'zod/mini';
import type * as z from 'zod/mini';
import { SigningHandoffDto } from './errors.js';
import { isoDateTime, nested, optNull, uuid } from './formats.js';

/** Only what partner routing needs. `type` is "Company" or "Private" per the spec prose. */
export const PreviewDebtorDto = strictObject({
  type: string().check(minLength(1)),
  countryAlpha2: string().check(length(2)),
  stateAlpha2: optNull(string().check(length(2))),
});
export type PreviewDebtorDto = z.infer<typeof PreviewDebtorDto>;

/** Preview request; `dueDate` and the age buckets are mutually exclusive (a sandbox rule, not checked here). */
export const PreviewCaseRequestApiViewModel = strictObject({
  amountToRecover: number(),
  currencyCode: string().check(length(3)),
  debtor: PreviewDebtorDto,
  amountToRecoverOver6Months: optNull(number()),
  amountToRecoverOver12Months: optNull(number()),
  amountToRecoverOver24Months: optNull(number()),
  dueDate: optNull(isoDateTime),
  returnUrl: optNull(string().check(maxLength(2048))),
});
export type PreviewCaseRequestApiViewModel = z.infer<typeof PreviewCaseRequestApiViewModel>;

/** The collection partner a case would be routed to. */
export const PartnerAssignmentDto = object({
  collectionPartnerId: optional(uuid),
  partnerName: optNull(string()),
  partnerCountry: optNull(string()),
});
export type PartnerAssignmentDto = z.infer<typeof PartnerAssignmentDto>;

/** Something to do before submitting, e.g. `MissingPowerOfAttorney` with its signing URL. */
export const RequiredActionDto = object({
  type: optNull(string()),
  message: optNull(string()),
  solutionUrl: optNull(string()),
  isBlocking: optional(boolean()),
});
export type RequiredActionDto = z.infer<typeof RequiredActionDto>;

/** e.g. `{ id: 12, name: "United States - California", countryAlpha2: "US", stateAlpha2: "CA" }`. */
export const JurisdictionDto = object({
  id: optional(int()),
  name: optNull(string()),
  countryAlpha2: optNull(string()),
  stateAlpha2: optNull(string()),
});
export type JurisdictionDto = z.infer<typeof JurisdictionDto>;

/** Percentages are whole numbers: 20.5 means 20.5 %. */
export const PricingPreviewDto = object({
  baseSuccessFeePercentage: optional(number()),
  ageSurchargePercentage: optional(number()),
  totalSuccessFeePercentage: optional(number()),
  currencyCode: optNull(string()),
  pricingSource: optNull(string()),
  pricingSourceDescription: optNull(string()),
});
export type PricingPreviewDto = z.infer<typeof PricingPreviewDto>;

export const PreviewResultDto = object({
  isEligible: optional(boolean()),
  ineligibilityReason: optNull(string()),
  partnerAssignment: nested(PartnerAssignmentDto),
  requiredActions: optNull(array(RequiredActionDto)),
  jurisdiction: nested(JurisdictionDto),
  pricingPreview: nested(PricingPreviewDto),
  requiresKycVerification: optional(boolean()),
  hasKycOnFile: optional(boolean()),
  signingHandoff: nested(SigningHandoffDto),
});
export type PreviewResultDto = z.infer<typeof PreviewResultDto>;

/** The Customer preview answer is wrapped in `result` (the Referral one is not). */
export const PreviewCaseResponseApiViewModel = object({
  result: nested(PreviewResultDto),
});
export type PreviewCaseResponseApiViewModel = z.infer<typeof PreviewCaseResponseApiViewModel>;
