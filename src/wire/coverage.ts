// Referral GET /coverage: where Debitura collects, by jurisdiction (a country, or a US state), with the
// collection partners assigned there and when each applies. Below it, the Customer API's eligibility check.
import { array, boolean, gte, int, minLength, number, object, optional, strictObject, string } from 'zod/mini';
import type * as z from 'zod/mini';
import { nested, optNull, uuid } from './formats.js';

export const PartnerCoverageApiDTO = object({
  partnerId: optional(uuid),
  partnerName: optNull(string()),
  /** When this partner applies, in words: "All cases", "B2B cases only", "Amount ≥ €1,000". */
  conditions: optNull(string()),
});
export type PartnerCoverageApiDTO = z.infer<typeof PartnerCoverageApiDTO>;

export const CoverageItemApiDTO = object({
  jurisdictionId: optional(int()),
  jurisdiction: optNull(string()),
  country: optNull(string()),
  countryId: optional(int()),
  countryAlpha2: optNull(string()),
  /** Set for US jurisdictions, which are per state. */
  usStateAlpha2: optNull(string()),
  partners: optNull(array(PartnerCoverageApiDTO)),
});
export type CoverageItemApiDTO = z.infer<typeof CoverageItemApiDTO>;

export const CoverageResponse = array(CoverageItemApiDTO);
export type CoverageResponse = z.infer<typeof CoverageResponse>;

/** Customer POST /coverage/check-eligibility: can a case for this debtor be filed, and with which partner. */
export const CaseEligibilityRequestApiDTO = strictObject({
  countryAlpha2: string().check(minLength(1)),
  /** Required when `countryAlpha2` is `US`. */
  stateAlpha2: optNull(string()),
  /** "Company" or "Private". */
  debtorType: string().check(minLength(1)),
  amount: number().check(gte(0.01)),
  currencyCode: string().check(minLength(1)),
});
export type CaseEligibilityRequestApiDTO = z.infer<typeof CaseEligibilityRequestApiDTO>;

export const JurisdictionInfoApiDTO = object({
  id: optional(int()),
  name: optNull(string()),
  country: optNull(string()),
  countryAlpha2: optNull(string()),
  usStateAlpha2: optNull(string()),
});
export type JurisdictionInfoApiDTO = z.infer<typeof JurisdictionInfoApiDTO>;

export const PartnerInfoApiDTO = object({
  id: optional(uuid),
  name: optNull(string()),
});
export type PartnerInfoApiDTO = z.infer<typeof PartnerInfoApiDTO>;

export const PowerOfAttorneyStatusApiDTO = object({
  signed: optional(boolean()),
  requiresResigning: optional(boolean()),
  invalidationReason: optNull(string()),
  termsUrl: optNull(string()),
  solutionUrl: optNull(string()),
});
export type PowerOfAttorneyStatusApiDTO = z.infer<typeof PowerOfAttorneyStatusApiDTO>;

/** `errorMessage` says why when `isEligible` is false (English only). */
export const CaseEligibilityResponseApiDTO = object({
  isEligible: optional(boolean()),
  jurisdiction: nested(JurisdictionInfoApiDTO),
  partner: nested(PartnerInfoApiDTO),
  powerOfAttorneyStatus: nested(PowerOfAttorneyStatusApiDTO),
  errorMessage: optNull(string()),
});
export type CaseEligibilityResponseApiDTO = z.infer<typeof CaseEligibilityResponseApiDTO>;
