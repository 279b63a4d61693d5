// The quote requests of a case in a quote stage and the partners' quotes on each, with what the case detail needs
// to show them: the price in plain words and the link to the full quote at Debitura, handed off only when trusted.
import type { LeadDto, LeadQuoteDetailDto, LeadQuoteDto } from '../../../wire/quote-requests.js';
import type { CustomerApi } from '../../api/customer-api-client.js';
import { formatMoney, formatNumber, formatPercent } from '../../format/money.js';
import { parseDebituraInstant } from '../../format/date.js';
import { withReturnUrl } from '../../handoff/handoff-link.js';
import type { EngagementMessages } from '../../i18n/en/engagement.js';
import { interpolate } from '../../i18n/interpolate.js';

export interface CaseQuote {
  quote: LeadQuoteDto;
  /** The quote in full (other costs, the link to it); null when it could not be read. */
  detail: LeadQuoteDetailDto | null;
}

export interface CaseQuoteRequest {
  request: LeadDto;
  quotes: CaseQuote[];
}

function time(value: string | null | undefined): number {
  return (value ? parseDebituraInstant(value)?.getTime() : undefined) ?? 0;
}

/**
 * Every quote request of the case, newest first, each with its quotes in the order they came in. A quote's own
 * detail only adds to what the list already says, so one that cannot be read leaves the quote without its link.
 */
export async function loadCaseQuotes(
  client: CustomerApi,
  caseId: string,
  signal: AbortSignal,
): Promise<CaseQuoteRequest[]> {
  const requests = (await client.listQuoteRequests(caseId, signal)).quoteRequests ?? [];
  const loaded = await Promise.all(
    requests
      .filter((request): request is LeadDto & { quoteRequestId: string } => !!request.quoteRequestId)
      .map(async (request) => {
        const quotes = (await client.listQuotes(caseId, request.quoteRequestId, signal)).quotes ?? [];
        const withDetail = await Promise.all(
          quotes.map(async (quote): Promise<CaseQuote> => {
            if (!quote.quoteId) return { quote, detail: null };
            try {
              return { quote, detail: await client.getQuote(caseId, request.quoteRequestId, quote.quoteId, signal) };
            } catch (error) {
              if (signal.aborted) throw error;
              return { quote, detail: null };
            }
          }),
        );
        withDetail.sort((a, b) => time(a.quote.dateCreated) - time(b.quote.dateCreated));
        return { request, quotes: withDetail };
      }),
  );
  return loaded.sort((a, b) => time(b.request.dateCreated) - time(a.request.dateCreated));
}

/** The quote's price as lines a reader understands: fee share, hours, flat fee, estimate, other costs. */
export function quotePriceLines(
  { quote, detail }: CaseQuote,
  words: EngagementMessages['quotes']['price'],
  locale: string,
): string[] {
  const currency = quote.currency ?? detail?.currency ?? null;
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const pricing = detail?.pricing;
  const successFee = quote.successFee ?? pricing?.successFeeFee ?? null;
  const hourlyRate = quote.hourlyRate ?? pricing?.hourlyRate ?? null;
  const hours = quote.hourlyEstimated ?? pricing?.hourlyEstimated ?? null;
  const flatFee = quote.flatFeeEstimate ?? pricing?.flatFeeEstimate ?? null;
  const estimate = quote.hybridEstimate ?? pricing?.hybridEstimate ?? null;
  const otherCosts = pricing?.costProcessMisc ?? 0;
  const lines: string[] = [];
  if (successFee !== null) lines.push(interpolate(words.successFee, { percent: formatPercent(successFee, locale) }));
  if (hourlyRate !== null) {
    lines.push(
      hours !== null
        ? interpolate(words.hourly, { rate: money(hourlyRate), hours: formatNumber(hours, locale) })
        : interpolate(words.hourlyRate, { rate: money(hourlyRate) }),
    );
  }
  if (flatFee !== null) lines.push(interpolate(words.flatFee, { amount: money(flatFee) }));
  if (estimate !== null) lines.push(interpolate(words.estimate, { amount: money(estimate) }));
  if (otherCosts > 0) lines.push(interpolate(words.otherCosts, { amount: money(otherCosts) }));
  return lines.length > 0 ? lines : [words.none];
}

/** A request that waits for the creditor to choose: the link to a quote then resolves a SelectQuoteWinner task. */
export function awaitsSelection(request: LeadDto): boolean {
  return request.status === 'QuotesReceived' || request.leadFlowStatus === 'AwaitingCreditorSelection';
}

/** The full quote at Debitura, with the partner's return URL, or null when Debitura sent no trusted link. */
export function quoteHandoff(
  { request, quote }: { request: LeadDto; quote: CaseQuote },
  options: { returnUrl: string | null; isAllowed: (url: string) => boolean },
): { url: string; reasons: string[] } | null {
  const url = quote.detail?.fullQuoteLink;
  if (!url || !options.isAllowed(url)) return null;
  const linked = withReturnUrl(url, options.returnUrl);
  if (!options.isAllowed(linked)) return null;
  return { url: linked, reasons: awaitsSelection(request) ? ['SelectQuoteWinner'] : [] };
}
