// One case as the partner sees it (Referral GET /cases/{id}): where it stands, for which client and debtor, and
// the revenue it could bring, split between the collection partner, Debitura and the partner, in USD.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { CasePotentialRevenue, GetCaseDetailResponse } from '../../../wire/referral-reporting.js';
import { LoadController } from '../../../widget/api/load-controller.js';
import { defineElement } from '../../../widget/define-element.js';
import { apiErrorEvent } from '../../../widget/events/api-error-event.js';
import { formatDate } from '../../../widget/format/date.js';
import { formatMoney, formatPercent } from '../../../widget/format/money.js';
import { interpolate } from '../../../widget/i18n/interpolate.js';
import { sharedStyles } from '../../../widget/styles/shared-styles.js';
import { renderStatusBadge } from '../../../widget/views/cases/status-badge.js';
import type { ConsoleContext } from '../../console-context.js';
import { consoleViewStyles } from '../../styles/console-view-styles.js';
import { consoleBackEventName } from '../clients/client-detail-view.js';
import { renderLoadError, renderSkeleton } from '../load-states.js';

/**
 * One case, with its potential revenue.
 *
 * @fires {DebituraErrorEvent} debitura-error - The case could not be loaded.
 */
export class ConsoleCaseDetailView extends LitElement {
  static override styles = [sharedStyles, ...consoleViewStyles];

  @property({ attribute: false }) context: ConsoleContext | null = null;
  @property({ attribute: false }) caseId: string | null = null;

  readonly #case = new LoadController(this, {
    args: () => (this.context && this.caseId ? ([this.context.client, this.caseId] as const) : null),
    load: ([client, id], signal) => client.getCase(id, signal),
    onError: (error) => this.dispatchEvent(apiErrorEvent(error)),
  });

  protected override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('.back')?.focus();
  }

  protected override render(): TemplateResult {
    const context = this.context;
    if (!context) return html``;
    const text = context.text.case;
    const load = this.#case.state;
    return html`
      <section class="view" aria-labelledby="case-title" aria-busy=${load.status === 'loading' ? 'true' : 'false'}>
        <div>
          <button
            class="button button--quiet back"
            type="button"
            @click=${() => this.dispatchEvent(new CustomEvent(consoleBackEventName))}
          >
            ${text.back}
          </button>
        </div>
        ${
          load.status === 'ready'
            ? this.#renderCase(load.value)
            : load.status === 'error'
              ? html`<h3 id="case-title">${this.caseId}</h3>
                  ${renderLoadError(context, context.text.errors.loadFailed, load.error, () => this.#case.reload())}`
              : html`<h3 id="case-title" class="visually-hidden">${text.loading}</h3>
                  ${renderSkeleton(text.loading, 4, 2)}`
        }
      </section>
    `;
  }

  #renderCase(item: GetCaseDetailResponse): TemplateResult {
    const context = this.context!;
    const text = context.text.case;
    const date = (value: string | null | undefined) => formatDate(value, context.locale);
    const money = (value: number | undefined) =>
      typeof value === 'number' ? formatMoney(value, item.currency, context.locale) : '';
    const debtor = [item.debtor?.name, item.debtor?.country].filter(Boolean).join(', ');
    return html`
      <h3 id="case-title">${interpolate(text.title, { reference: item.reference ?? '' })}</h3>
      <div class="panel">
        <h4>${text.summary}</h4>
        <dl class="details">
          <dt>${text.status}</dt>
          <dd>${renderStatusBadge(item, context.messages)}</dd>
          ${this.#detail(text.client, item.client?.companyName ?? item.client?.externalTenantId)}
          ${this.#detail(text.debtor, debtor)} ${this.#detail(text.reference, item.reference)}
          ${this.#detail(text.clientReference, item.creditorReference)}
          ${this.#detail(text.amount, money(item.grossAmount))} ${this.#detail(text.remainder, money(item.remainder))}
          ${this.#detail(text.phase, item.currentEngagementPhase)}
          ${this.#detail(text.partner, item.collectionPartner ?? context.text.cases.noPartner)}
          ${this.#detail(text.created, date(item.dateCreated))} ${this.#detail(text.due, date(item.dueDate))}
          ${this.#detail(text.collectionStarted, date(item.dateCollectionStarted))}
          ${this.#detail(text.finished, date(item.dateFinished))}
        </dl>
      </div>
      ${this.#renderRevenue(item.potentialRevenue)}
    `;
  }

  #detail(label: string, value: string | null | undefined): TemplateResult | typeof nothing {
    return value
      ? html`<dt>${label}</dt>
          <dd>${value}</dd>`
      : nothing;
  }

  #renderRevenue(revenue: CasePotentialRevenue | null | undefined): TemplateResult {
    const context = this.context!;
    const text = context.text.case.revenue;
    const usd = (value: number | undefined) =>
      typeof value === 'number' ? formatMoney(value, 'USD', context.locale) : context.text.common.notAvailable;
    const rate = (value: number | undefined) =>
      typeof value === 'number' ? formatPercent(value, context.locale) : context.text.common.notAvailable;
    const lines = revenue
      ? [
          { label: text.gross, rate: '', amount: usd(revenue.grossAmountUsd) },
          {
            label: text.successFee,
            rate: rate(revenue.successFeePercentage),
            amount: usd(revenue.collectionPartnerRevenueUsd),
          },
          {
            label: text.platform,
            rate: rate(revenue.platformRevenueSharePercentage),
            amount: usd(revenue.platformRevenueUsd),
          },
          { label: text.referral, rate: rate(revenue.referralFeePercentage), amount: usd(revenue.referralRevenueUsd) },
        ]
      : [];
    return html`
      <div class="panel">
        <h4 id="revenue-title">${text.title}</h4>
        <p class="quiet">${text.body}</p>
        ${
          lines.length
            ? html`<table id="potential-revenue" aria-labelledby="revenue-title">
                <caption class="visually-hidden">
                  ${text.caption}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${text.line}</th>
                    <th scope="col" class="number">${text.rate}</th>
                    <th scope="col" class="number">${text.amount}</th>
                  </tr>
                </thead>
                <tbody>
                  ${lines.map(
                    (line) =>
                      html`<tr>
                        <th scope="row">${line.label}</th>
                        <td class="number">${line.rate}</td>
                        <td class="number">${line.amount}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
            : html`<p>${text.notYet}</p>`
        }
      </div>
    `;
  }
}

defineElement('debitura-console-case-detail', ConsoleCaseDetailView);

declare global {
  interface HTMLElementTagNameMap {
    'debitura-console-case-detail': ConsoleCaseDetailView;
  }
}
