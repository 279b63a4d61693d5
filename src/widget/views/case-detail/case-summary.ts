// The case at a glance: who owes, how much came back, where it stands in plain words, who is collecting, when.
import { html, nothing, type TemplateResult } from 'lit';
import type { InvoiceDto } from '../../../wire/case.js';
import { lifecycleStatusOf } from '../../../wire/case-vocabulary.js';
import { mailtoHref } from '../../api/link-safety.js';
import { formatDate } from '../../format/date.js';
import { formatMoney } from '../../format/money.js';
import type { CasesMessages } from '../../i18n/en/cases.js';
import type { Messages } from '../../i18n/en/index.js';
import { interpolate } from '../../i18n/interpolate.js';
import { closeCodeText } from './close-code.js';
import { caseAmounts } from '../cases/case-amounts.js';
import { renderStatusBadge } from '../cases/status-badge.js';

export function statusExplanation(text: CasesMessages, lifecycle: string | null | undefined): string {
  const status = lifecycle ? lifecycleStatusOf(lifecycle) : undefined;
  return text.detail.statusExplanation[status ?? 'unknown'];
}

function fact(label: string, value: unknown): TemplateResult | typeof nothing {
  if (value === null || value === undefined || value === '') return nothing;
  return html`<div>
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

export function renderCaseSummary(
  item: InvoiceDto,
  messages: Messages,
  text: CasesMessages,
  locale: string,
): TemplateResult {
  const words = text.detail.summary;
  const amounts = caseAmounts(item);
  const money = (value: number | null) => (value === null ? null : formatMoney(value, amounts.currency, locale));
  const date = (value: string | null | undefined) => formatDate(value, locale) || null;
  const partner = item.collectionPartner;
  // Only a plain address becomes a link: `?subject=` or `&cc=` smuggled into it would shape the user's e-mail.
  const contactHref = mailtoHref(partner?.officeEmail);
  const phase = item.currentEngagementPhase
    ? ((text.detail.phases as Record<string, string>)[item.currentEngagementPhase] ?? item.currentEngagementPhase)
    : null;
  return html`
    <section>
      <h4 id="summary-title">${words.heading}</h4>
      <p class="detail__status">
        ${renderStatusBadge(item, messages)} <span>${statusExplanation(text, item.lifecycle)}</span>
      </p>
      <dl class="facts">
        ${fact(words.original, html`<span class="amount">${money(amounts.original)}</span>`)}
        ${fact(words.collected, html`<span class="amount" data-amount="collected">${money(amounts.collected) ?? '–'}</span>`)}
        ${fact(words.outstanding, html`<span class="amount" data-amount="outstanding">${money(amounts.outstanding) ?? '–'}</span>`)}
        ${item.totalAddedFees ? fact(words.fees, money(item.totalAddedFees)) : nothing}
      </dl>
      <dl class="facts">
        ${fact(words.debtor, item.debtor?.name)} ${fact(words.reference, item.reference)}
        ${fact(words.yourReference, item.creditorReference)}
        ${item.closeCode ? fact(words.outcome, closeCodeText(text, item.closeCode)) : nothing}
        ${fact(words.phase, phase)}
        ${fact(
          words.partner,
          partner?.name
            ? html`${partner.name}${
                contactHref
                  ? html`<br /><a href=${contactHref}
                        >${interpolate(words.contactPartner, { partner: partner.name })}</a
                      >`
                  : nothing
              }`
            : html`<span class="quiet">${words.noPartner}</span>`,
        )}
      </dl>
      <dl class="facts">
        ${fact(words.created, date(item.dateCreated))} ${fact(words.invoiceDate, date(item.date))}
        ${fact(words.due, date(item.dueDate))} ${fact(words.collectionStarted, date(item.dateCollectionStarted))}
        ${fact(words.finished, date(item.dateFinished))}
      </dl>
    </section>
  `;
}
