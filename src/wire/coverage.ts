// Referral GET /coverage: where Debitura collects, by jurisdiction (a country, or a US state), with the
// collection partners assigned there and when each applies.
import * as z from 'zod/mini';
import { optNull, uuid } from './formats.js';

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
