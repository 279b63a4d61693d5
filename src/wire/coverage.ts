// Referral GET /coverage: where Debitura collects, by jurisdiction (a country, or a US state), with the
// collection partners assigned there and when each applies. Below it, the Customer API's eligibility check.
import * as z from 'zod/mini';
import { nested, optNull, uuid } from './formats.js';

export const PartnerCoverageApiDTO = z.object({
  partnerId: z.optional(uuid),
  partnerName: optNull(z.string()),
  /** When this partner applies, in words: "All cases", "B2B cases only", "Amount ≥ €1,000". */
  conditions: optNull(z.string()),
});
export type PartnerCoverageApiDTO = z.infer<typeof PartnerCoverageApiDTO>;

export const CoverageItemApiDTO = z.object({
  jurisdictionId: z.optional(z.int()),
  jurisdiction: optNull(z.string()),
  country: optNull(z.string()),
  countryId: z.optional(z.int()),
  countryAlpha2: optNull(z.string()),
  /** Set for US jurisdictions, which are per state. */
  usStateAlpha2: optNull(z.string()),
  partners: optNull(z.array(PartnerCoverageApiDTO)),
});
export type CoverageItemApiDTO = z.infer<typeof CoverageItemApiDTO>;

export const CoverageResponse = z.array(CoverageItemApiDTO);
export type CoverageResponse = z.infer<typeof CoverageResponse>;

/** Customer POST /coverage/check-eligibility: can a case for this debtor be filed, and with which partner. */
export const CaseEligibilityRequestApiDTO = z.strictObject({
  countryAlpha2: z.string().check(z.minLength(1)),
  /** Required when `countryAlpha2` is `US`. */
  stateAlpha2: optNull(z.string()),
  /** "Company" or "Private". */
  debtorType: z.string().check(z.minLength(1)),
  amount: z.number().check(z.gte(0.01)),
  currencyCode: z.string().check(z.minLength(1)),
});
export type CaseEligibilityRequestApiDTO = z.infer<typeof CaseEligibilityRequestApiDTO>;

export const JurisdictionInfoApiDTO = z.object({
  id: z.optional(z.int()),
  name: optNull(z.string()),
  country: optNull(z.string()),
  countryAlpha2: optNull(z.string()),
  usStateAlpha2: optNull(z.string()),
});
export type JurisdictionInfoApiDTO = z.infer<typeof JurisdictionInfoApiDTO>;

export const PartnerInfoApiDTO = z.object({
  id: z.optional(uuid),
  name: optNull(z.string()),
});
export type PartnerInfoApiDTO = z.infer<typeof PartnerInfoApiDTO>;

export const PowerOfAttorneyStatusApiDTO = z.object({
  signed: z.optional(z.boolean()),
  requiresResigning: z.optional(z.boolean()),
  invalidationReason: optNull(z.string()),
  termsUrl: optNull(z.string()),
  solutionUrl: optNull(z.string()),
});
export type PowerOfAttorneyStatusApiDTO = z.infer<typeof PowerOfAttorneyStatusApiDTO>;

/** `errorMessage` says why when `isEligible` is false (English only). */
export const CaseEligibilityResponseApiDTO = z.object({
  isEligible: z.optional(z.boolean()),
  jurisdiction: nested(JurisdictionInfoApiDTO),
  partner: nested(PartnerInfoApiDTO),
  powerOfAttorneyStatus: nested(PowerOfAttorneyStatusApiDTO),
  errorMessage: optNull(z.string()),
});
export type CaseEligibilityResponseApiDTO = z.infer<typeof CaseEligibilityResponseApiDTO>;
