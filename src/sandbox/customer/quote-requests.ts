// Quote requests ("leads") and their quotes for a case in a quote stage (REFERENCE §3.5), derived from the
// case: "Collecting Quotes" has an open request with no quotes yet, "Pending Quote Selection" one with two
// quotes (the jurisdiction's partner and another from the network). Dates follow the case's timeline;
// ids are stable per case.
import { lifecycleLabels } from '../../wire/index.js';
import { collectionPartners, jurisdictionOf, type CollectionPartner } from '../partners.js';
import type { StoredCase } from '../state.js';
import { stableUuid } from './stable-ids.js';

/** How many quotes a request collects at most. */
export const MAX_QUOTES = 3;

export interface QuotePricing {
  hourlyRate: number | null;
  hourlyEstimated: number | null;
  flatFeeEstimate: number | null;
  successFeeFee: number | null;
  hybridEstimate: number | null;
  costProcessMisc: number;
}

export interface SandboxQuote {
  quoteId: string;
  quoteRequestId: string;
  partner: CollectionPartner;
  status: string;
  agreementType: string;
  pricing: QuotePricing;
  currency: string | null;
  proposedSolution: string;
  partnerWhyUsSection: string;
  dateCreated: string;
}

export interface SandboxQuoteRequest {
  quoteRequestId: string;
  caseId: string;
  status: string;
  leadFlowStatus: string;
  quoteType: string;
  request: string;
  dateCreated: string;
  dateQualified: string;
  quotes: SandboxQuote[];
}

function timelineDate(stored: StoredCase, type: string): Date {
  const entry = stored.timeline.find((item) => item.type === type);
  return new Date(entry?.date ?? stored.invoice.dateCreated ?? 0);
}

/** Two quotes: a success-fee quote from the routed partner, a hybrid one from another partner. */
function quotesFor(stored: StoredCase, quoteRequestId: string, requested: Date, received: Date): SandboxQuote[] {
  const invoice = stored.invoice;
  const jurisdiction = jurisdictionOf(invoice.debtor?.countryAlpha2 ?? '', invoice.debtor?.stateAlpha2 ?? null);
  const routed = collectionPartners.find((partner) => partner.id === jurisdiction?.partnerId) ?? collectionPartners[0]!;
  const other = collectionPartners.find((partner) => partner.id !== routed.id)!;
  const fee = jurisdiction?.baseSuccessFeePercentage ?? 20;
  const amount = invoice.grossAmount ?? 0;
  const first = new Date((requested.getTime() + received.getTime()) / 2);
  return [
    {
      quoteId: stableUuid('quote', quoteRequestId, routed.id),
      quoteRequestId,
      partner: routed,
      status: 'Submitted',
      agreementType: 'SuccessFee',
      pricing: {
        hourlyRate: null,
        hourlyEstimated: null,
        flatFeeEstimate: null,
        successFeeFee: fee,
        hybridEstimate: null,
        costProcessMisc: 0,
      },
      currency: invoice.currency ?? null,
      proposedSolution: 'Pre-legal collection: written reminders and phone contact, then a payment plan if needed.',
      partnerWhyUsSection: `${routed.name} collects in this jurisdiction every day.`,
      dateCreated: first.toISOString(),
    },
    {
      quoteId: stableUuid('quote', quoteRequestId, other.id),
      quoteRequestId,
      partner: other,
      status: 'Submitted',
      agreementType: 'Hybrid',
      pricing: {
        hourlyRate: 95,
        hourlyEstimated: 4,
        flatFeeEstimate: null,
        successFeeFee: Math.max(5, fee - 8),
        hybridEstimate: Math.round((4 * 95 + (amount * Math.max(5, fee - 8)) / 100) * 100) / 100,
        costProcessMisc: 25,
      },
      currency: invoice.currency ?? null,
      proposedSolution: 'A fixed number of hours of investigation and negotiation plus a reduced success fee.',
      partnerWhyUsSection: `${other.name} handles cross-border claims through its network.`,
      dateCreated: received.toISOString(),
    },
  ];
}

/** The case's quote requests; none outside the quote stages. */
export function quoteRequestsOf(stored: StoredCase): SandboxQuoteRequest[] {
  const lifecycle = stored.invoice.lifecycle;
  const quoted = lifecycle === lifecycleLabels.LeadsQuoteGiven;
  if (lifecycle !== lifecycleLabels.Leads && !quoted) return [];
  const caseId = stored.invoice.id ?? '';
  const quoteRequestId = stableUuid('quote-request', caseId);
  const requested = timelineDate(stored, 'QuotesRequested');
  const received = quoted ? timelineDate(stored, 'QuoteReceived') : requested;
  return [
    {
      quoteRequestId,
      caseId,
      status: quoted ? 'QuotesReceived' : 'Open',
      leadFlowStatus: quoted ? 'AwaitingCreditorSelection' : 'CollectingQuotes',
      quoteType: 'DebtCollection',
      request: stored.invoice.claimDescription ?? 'Collection of an unpaid invoice.',
      dateCreated: requested.toISOString(),
      dateQualified: requested.toISOString(),
      quotes: quoted ? quotesFor(stored, quoteRequestId, requested, received) : [],
    },
  ];
}
