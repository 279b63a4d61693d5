// GET /cases/{id}/quote-requests and their quotes (Customer API, the spec's `Leads` contracts): a case in a quote
// stage asks collection partners for quotes, and the creditor chooses one at Debitura.
import { array, int, nullable, number, object, optional, string } from 'zod/mini';
import type * as z from 'zod/mini';
import { isoDateTime, optNull, uuid } from './formats.js';

/** One quote request ("lead") of a case. */
export const LeadDto = object({
  quoteRequestId: optional(uuid),
  caseId: optional(uuid),
  /** e.g. `Open`, `QuotesReceived`; an open string on the wire. */
  status: nullable(string()),
  leadFlowStatus: nullable(string()),
  quoteType: nullable(string()),
  maxQuotes: optional(int()),
  currentQuotesCount: optional(int()),
  outcome: optNull(string()),
  /** `PhaseChange` or `AdditionalService`; null for requests older than the field. */
  purpose: optNull(string()),
  dateCreated: optional(isoDateTime),
  dateQualified: optNull(isoDateTime),
  leadsDoneOffered: optNull(isoDateTime),
  dateReminderSent: optNull(isoDateTime),
  dateReminderTwoSent: optNull(isoDateTime),
  dateOutcomeSelected: optNull(isoDateTime),
});
export type LeadDto = z.infer<typeof LeadDto>;

export const LeadListDto = object({
  quoteRequests: nullable(array(LeadDto)),
});
export type LeadListDto = z.infer<typeof LeadListDto>;

/** One partner's quote, as the list of a request's quotes gives it. */
export const LeadQuoteDto = object({
  quoteId: optional(uuid),
  quoteRequestId: optional(uuid),
  partnerId: optional(uuid),
  partnerName: nullable(string()),
  status: nullable(string()),
  /** e.g. `SuccessFee`, `Hybrid`, `Hourly`, `FlatFee`; an open string on the wire. */
  agreementType: nullable(string()),
  hourlyRate: optNull(number()),
  hourlyEstimated: optNull(number()),
  flatFeeEstimate: optNull(number()),
  /** Percent of what is recovered (20 means 20 %). */
  successFee: optNull(number()),
  hybridEstimate: optNull(number()),
  proposedSolution: optNull(string()),
  partnerWhyUsSection: optNull(string()),
  /** Pre-legal, Legal or Enforcement; null when unspecified. */
  phase: optNull(string()),
  offerNature: optNull(string()),
  currency: nullable(string()),
  dateCreated: optional(isoDateTime),
});
export type LeadQuoteDto = z.infer<typeof LeadQuoteDto>;

export const LeadQuoteListDto = object({
  quotes: nullable(array(LeadQuoteDto)),
});
export type LeadQuoteListDto = z.infer<typeof LeadQuoteListDto>;

export const LeadQuotePricingDto = object({
  hourlyRate: optNull(number()),
  hourlyEstimated: optNull(number()),
  flatFeeEstimate: optNull(number()),
  successFeeFee: optNull(number()),
  hybridEstimate: optNull(number()),
  costProcessMisc: optional(number()),
});
export type LeadQuotePricingDto = z.infer<typeof LeadQuotePricingDto>;

/** One quote in full, with the link to it in Debitura's app. */
export const LeadQuoteDetailDto = object({
  quoteId: optional(uuid),
  quoteRequestId: optional(uuid),
  partnerId: optional(uuid),
  partnerName: nullable(string()),
  status: nullable(string()),
  agreementType: nullable(string()),
  pricing: nullable(LeadQuotePricingDto),
  currency: nullable(string()),
  proposedSolution: optNull(string()),
  feeComments: optNull(string()),
  partnerWhyUsSection: optNull(string()),
  fullQuoteLink: optNull(string()),
  dateCreated: optional(isoDateTime),
  dateUpdated: optNull(isoDateTime),
});
export type LeadQuoteDetailDto = z.infer<typeof LeadQuoteDetailDto>;
