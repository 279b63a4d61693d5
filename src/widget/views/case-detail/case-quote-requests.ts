// The case's quote requests and the partners' quotes: who offers what agreement at what price, what they propose,
// where each quote stands, and a link to the full quote at Debitura, where the creditor chooses.
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/en/index.js';
import { formatDate } from '../../format/date.js';
import { interpolate } from '../../i18n/interpolate.js';
import { plural } from '../../i18n/plural.js';
import { codeLabel } from './code-label.js';
import { quotePriceLines, type CaseQuote, type CaseQuoteRequest } from './case-quotes.js';
import { addEnglish } from '../../i18n/en/shell.js';
import { engagement } from '../../i18n/en/engagement.js';
// What the case detail needs to load and link the quotes, once this part has loaded.
export { loadCaseQuotes, quoteHandoff } from './case-quotes.js';

// This view's English arrives with its code.
addEnglish({ engagement });

export interface QuoteRequestsOptions {
  requests: readonly CaseQuoteRequest[];
  messages: Messages;
  locale: string;
  /** The trusted link to the full quote, or null. */
  linkOf: (request: CaseQuoteRequest, quote: CaseQuote) => { url: string; reasons: string[] } | null;
  presentedByPartner: ReadonlySet<string>;
  handoff: (event: MouseEvent, url: string, reasons: string[]) => void;
}

export function renderQuoteRequests(options: QuoteRequestsOptions): TemplateResult | typeof nothing {
  const { requests, messages } = options;
  if (requests.length === 0) return nothing;
  const words = messages.engagement.quotes;
  return html`
    <section class="quotes">
      <h4 id="quotes-title">${words.heading}</h4>
      ${requests.map((request) => renderRequest(request, options))}
    </section>
  `;
}

function renderRequest(entry: CaseQuoteRequest, options: QuoteRequestsOptions): TemplateResult {
  const { messages, locale } = options;
  const words = messages.engagement.quotes;
  const { request, quotes } = entry;
  const count = request.currentQuotesCount ?? quotes.length;
  return html`
    <div class="quote-request" data-quote-request-id=${request.quoteRequestId ?? ''}>
      <h5>${interpolate(words.request, { date: formatDate(request.dateCreated, locale) })}</h5>
      <p>
        <strong>${codeLabel(request.status, words.requestStatuses)}</strong>${
          request.maxQuotes
            ? html` · ${plural(messages.language, words.count, count, { count, max: request.maxQuotes })}`
            : nothing
        }
      </p>
      ${
        quotes.length === 0
          ? html`<p class="quiet">${words.none}</p>`
          : html`<ul class="plain quote-list" aria-label=${words.listLabel}>
              ${quotes.map((quote) => renderQuote(entry, quote, options))}
            </ul>`
      }
    </div>
  `;
}

function renderQuote(entry: CaseQuoteRequest, item: CaseQuote, options: QuoteRequestsOptions): TemplateResult {
  const { messages, locale } = options;
  const words = messages.engagement.quotes;
  const { quote } = item;
  const partner = quote.partnerName || item.detail?.partnerName || words.unnamedPartner;
  const solution = quote.proposedSolution ?? item.detail?.proposedSolution;
  return html`
    <li class="quote" data-quote-id=${quote.quoteId ?? ''}>
      <dl class="facts">
        <div>
          <dt>${words.partner}</dt>
          <dd data-field="partner">${partner}</dd>
        </div>
        <div>
          <dt>${words.agreement}</dt>
          <dd data-field="agreement">${codeLabel(quote.agreementType, words.agreementTypes)}</dd>
        </div>
        <div>
          <dt>${words.pricing}</dt>
          <dd data-field="pricing">
            ${quotePriceLines(item, words.price, locale).map((line, index) => html`${index ? html`<br />` : nothing}${line}`)}
          </dd>
        </div>
        <div>
          <dt>${words.status}</dt>
          <dd data-field="status">${codeLabel(quote.status, words.quoteStatuses)}</dd>
        </div>
      </dl>
      ${
        solution
          ? html`<div class="quote__solution">
              <h6>${words.solution}</h6>
              <p>${solution}</p>
            </div>`
          : nothing
      }
      <p class="quote__foot">
        <span class="quiet">${interpolate(words.received, { date: formatDate(quote.dateCreated, locale) })}</span>
        ${renderLink(entry, item, partner, options)}
      </p>
    </li>
  `;
}

function renderLink(
  entry: CaseQuoteRequest,
  item: CaseQuote,
  partner: string,
  options: QuoteRequestsOptions,
): TemplateResult | typeof nothing {
  const link = options.linkOf(entry, item);
  if (!link) return nothing;
  const words = options.messages.engagement.quotes;
  if (options.presentedByPartner.has(link.url)) {
    return html`<span class="quiet" role="status">${words.presentedByPartner}</span>`;
  }
  return html`<a
    class="button button--secondary quote__link"
    href=${link.url}
    target="_blank"
    rel="noopener noreferrer"
    aria-label=${`${interpolate(words.openQuoteLabel, { partner })} ${options.messages.common.opensInNewTab}`}
    @click=${(event: MouseEvent) => options.handoff(event, link.url, link.reasons)}
    >${words.openQuote}</a
  >`;
}
