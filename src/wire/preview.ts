// POST /cases/preview (Customer API): eligibility, partner, pricing and required signings, nothing persisted.
import * as z from 'zod/mini';
import { SigningHandoffDto } from './errors.js';
import { isoDateTime, nested, optNull, uuid } from './formats.js';

/** Only what partner routing needs. `type` is "Company" or "Private" per the spec prose. */
export const PreviewDebtorDto = z.strictObject({
  type: z.string().check(z.minLength(1)),
  countryAlpha2: z.string().check(z.length(2)),
  stateAlpha2: optNull(z.string().check(z.length(2))),
});
export type PreviewDebtorDto = z.infer<typeof PreviewDebtorDto>;

/** Preview request; `dueDate` and the age buckets are mutually exclusive (a sandbox rule, not checked here). */
export const PreviewCaseRequestApiViewModel = z.strictObject({
  amountToRecover: z.number(),
  currencyCode: z.string().check(z.length(3)),
  debtor: PreviewDebtorDto,
  amountToRecoverOver6Months: optNull(z.number()),
  amountToRecoverOver12Months: optNull(z.number()),
  amountToRecoverOver24Months: optNull(z.number()),
  dueDate: optNull(isoDateTime),
  returnUrl: optNull(z.string().check(z.maxLength(2048))),
});
export type PreviewCaseRequestApiViewModel = z.infer<typeof PreviewCaseRequestApiViewModel>;

/** The collection partner a case would be routed to. */
export const PartnerAssignmentDto = z.object({
  collectionPartnerId: z.optional(uuid),
  partnerName: optNull(z.string()),
  partnerCountry: optNull(z.string()),
});
export type PartnerAssignmentDto = z.infer<typeof PartnerAssignmentDto>;

/** Something to do before submitting, e.g. `MissingPowerOfAttorney` with its signing URL. */
export const RequiredActionDto = z.object({
  type: optNull(z.string()),
  message: optNull(z.string()),
  solutionUrl: optNull(z.string()),
  isBlocking: z.optional(z.boolean()),
});
export type RequiredActionDto = z.infer<typeof RequiredActionDto>;

/** e.g. `{ id: 12, name: "United States - California", countryAlpha2: "US", stateAlpha2: "CA" }`. */
export const JurisdictionDto = z.object({
  id: z.optional(z.int()),
  name: optNull(z.string()),
  countryAlpha2: optNull(z.string()),
  stateAlpha2: optNull(z.string()),
});
export type JurisdictionDto = z.infer<typeof JurisdictionDto>;

/** Percentages are whole numbers: 20.5 means 20.5 %. */
export const PricingPreviewDto = z.object({
  baseSuccessFeePercentage: z.optional(z.number()),
  ageSurchargePercentage: z.optional(z.number()),
  totalSuccessFeePercentage: z.optional(z.number()),
  currencyCode: optNull(z.string()),
  pricingSource: optNull(z.string()),
  pricingSourceDescription: optNull(z.string()),
});
export type PricingPreviewDto = z.infer<typeof PricingPreviewDto>;

export const PreviewResultDto = z.object({
  isEligible: z.optional(z.boolean()),
  ineligibilityReason: optNull(z.string()),
  partnerAssignment: nested(PartnerAssignmentDto),
  requiredActions: optNull(z.array(RequiredActionDto)),
  jurisdiction: nested(JurisdictionDto),
  pricingPreview: nested(PricingPreviewDto),
  requiresKycVerification: z.optional(z.boolean()),
  hasKycOnFile: z.optional(z.boolean()),
  signingHandoff: nested(SigningHandoffDto),
});
export type PreviewResultDto = z.infer<typeof PreviewResultDto>;

/** The Customer preview answer is wrapped in `result` (the Referral one is not). */
export const PreviewCaseResponseApiViewModel = z.object({
  result: nested(PreviewResultDto),
});
export type PreviewCaseResponseApiViewModel = z.infer<typeof PreviewCaseResponseApiViewModel>;
