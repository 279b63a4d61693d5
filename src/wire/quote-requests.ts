// GET /cases/{id}/quote-requests and their quotes (Customer API, the spec's `Leads` contracts): a case in a quote
// stage asks collection partners for quotes, and the creditor chooses one at Debitura.
import * as z from 'zod/mini';
import { isoDateTime, optNull, uuid } from './formats.js';

/** One quote request ("lead") of a case. */
export const LeadDto = z.object({
  quoteRequestId: z.optional(uuid),
  caseId: z.optional(uuid),
  /** e.g. `Open`, `QuotesReceived`; an open string on the wire. */
  status: z.nullable(z.string()),
  leadFlowStatus: z.nullable(z.string()),
  quoteType: z.nullable(z.string()),
  maxQuotes: z.optional(z.int()),
  currentQuotesCount: z.optional(z.int()),
  outcome: optNull(z.string()),
  /** `PhaseChange` or `AdditionalService`; null for requests older than the field. */
  purpose: optNull(z.string()),
  dateCreated: z.optional(isoDateTime),
  dateQualified: optNull(isoDateTime),
  leadsDoneOffered: optNull(isoDateTime),
  dateReminderSent: optNull(isoDateTime),
  dateReminderTwoSent: optNull(isoDateTime),
  dateOutcomeSelected: optNull(isoDateTime),
});
export type LeadDto = z.infer<typeof LeadDto>;

export const LeadListDto = z.object({
  quoteRequests: z.nullable(z.array(LeadDto)),
});
export type LeadListDto = z.infer<typeof LeadListDto>;

/** One partner's quote, as the list of a request's quotes gives it. */
export const LeadQuoteDto = z.object({
  quoteId: z.optional(uuid),
  quoteRequestId: z.optional(uuid),
  partnerId: z.optional(uuid),
  partnerName: z.nullable(z.string()),
  status: z.nullable(z.string()),
  /** e.g. `SuccessFee`, `Hybrid`, `Hourly`, `FlatFee`; an open string on the wire. */
  agreementType: z.nullable(z.string()),
  hourlyRate: optNull(z.number()),
  hourlyEstimated: optNull(z.number()),
  flatFeeEstimate: optNull(z.number()),
  /** Percent of what is recovered (20 means 20 %). */
  successFee: optNull(z.number()),
  hybridEstimate: optNull(z.number()),
  proposedSolution: optNull(z.string()),
  partnerWhyUsSection: optNull(z.string()),
  /** Pre-legal, Legal or Enforcement; null when unspecified. */
  phase: optNull(z.string()),
  offerNature: optNull(z.string()),
  currency: z.nullable(z.string()),
  dateCreated: z.optional(isoDateTime),
});
export type LeadQuoteDto = z.infer<typeof LeadQuoteDto>;

export const LeadQuoteListDto = z.object({
  quotes: z.nullable(z.array(LeadQuoteDto)),
});
export type LeadQuoteListDto = z.infer<typeof LeadQuoteListDto>;

export const LeadQuotePricingDto = z.object({
  hourlyRate: optNull(z.number()),
  hourlyEstimated: optNull(z.number()),
  flatFeeEstimate: optNull(z.number()),
  successFeeFee: optNull(z.number()),
  hybridEstimate: optNull(z.number()),
  costProcessMisc: z.optional(z.number()),
});
export type LeadQuotePricingDto = z.infer<typeof LeadQuotePricingDto>;

/** One quote in full, with the link to it in Debitura's app. */
export const LeadQuoteDetailDto = z.object({
  quoteId: z.optional(uuid),
  quoteRequestId: z.optional(uuid),
  partnerId: z.optional(uuid),
  partnerName: z.nullable(z.string()),
  status: z.nullable(z.string()),
  agreementType: z.nullable(z.string()),
  pricing: z.nullable(LeadQuotePricingDto),
  currency: z.nullable(z.string()),
  proposedSolution: optNull(z.string()),
  feeComments: optNull(z.string()),
  partnerWhyUsSection: optNull(z.string()),
  fullQuoteLink: optNull(z.string()),
  dateCreated: z.optional(isoDateTime),
  dateUpdated: optNull(isoDateTime),
});
export type LeadQuoteDetailDto = z.infer<typeof LeadQuoteDetailDto>;
