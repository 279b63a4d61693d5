// "Recovered money": every payment on the account (GET /Payments), newest first, with the total per currency for
// the chosen dates, each payment linked to its case and its own detail (GET /Payments/{id}) a click away. The
// list asks again every minute while on screen, since payments arrive as debtors pay.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PaymentDto } from '../../../wire/case-resources.js';
import type { CustomerApi } from '../../api/customer-api-client.js';
import { LoadController } from '../../api/load-controller.js';
import { defineElement } from '../../define-element.js';
import { apiErrorText } from '../../errors/error-text.js';
import { apiErrorEvent } from '../../events/api-error-event.js';
import { formatDate, formatDateTime } from '../../format/date.js';
import { formatMoney, formatNumber } from '../../format/money.js';
import { interpolate } from '../../i18n/interpolate.js';
import { plural } from '../../i18n/plural.js';
import { statusLabel } from '../../i18n/status-label.js';
import { LivePollController } from '../../live/live-poll-controller.js';
import type { PollSchedule } from '../../live/poll-schedule.js';
import { factsStyles } from '../../styles/facts-styles.js';
import { linkButtonStyles } from '../../styles/link-button.js';
import { pagerStyles } from '../../styles/pager-styles.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { tableStyles } from '../../styles/table-styles.js';
import type { WidgetContext } from '../../widget-context.js';
import { codeLabel } from '../case-detail/code-label.js';
import { renderPager } from '../cases/pager.js';
import { navigateEvent } from '../navigate-event.js';
import { renderViewFailed, renderViewHead, renderViewLoading, viewStateStyles } from '../view-states.js';
import {
  dateRangeProblem,
  inDateRange,
  ledgerFingerprint,
  loadPaymentLedger,
  screenPage,
  totalsByCurrency,
  type DateRange,
  type PaymentLedger,
} from './payment-ledger.js';
import { PaymentsViewMemory } from './payments-memory.js';
import { paymentsStyles } from './payments-styles.js';
import { addEnglish } from '../../i18n/en/shell.js';
import { cases } from '../../i18n/en/cases.js';
import { payments } from '../../i18n/en/payments.js';

// This view's English arrives with its code.
addEnglish({ cases, payments });

/** Once a minute, as the tasks view: a payment arrives when a debtor pays, rarely faster than a person reads. */
export const paymentsPollSchedule: PollSchedule = { initialMs: 60_000, factor: 1, maxMs: 60_000 };

/** Payments per screen page. */
export const paymentsPerPage = 20;

/**
 * The money recovered across every case of the account.
 *
 * @fires {DebituraErrorEvent} debitura-error - The payments, or one payment's detail, could not be loaded.
 */
export class PaymentsView extends LitElement {
  static override styles = [
    sharedStyles,
    linkButtonStyles,
    viewStateStyles,
    tableStyles,
    factsStyles,
    pagerStyles,
    paymentsStyles,
  ];

  @property({ attribute: false }) context: WidgetContext | null = null;
  /** The date range and page, kept by the host so they outlive the view. */
  @property({ attribute: false }) memory: PaymentsViewMemory = new PaymentsViewMemory();
  /** How often to ask again while the view is on screen. */
  @property({ attribute: false }) pollSchedule: PollSchedule = paymentsPollSchedule;

  /** The payment whose detail is open. */
  @state() private selected: string | null = null;
  @state() private announcement = '';
  /** A range the reader typed that cannot apply (end before start): shown at the fields, not used. */
  @state() private draftRange: DateRange | null = null;

  #focusDetail = false;

  readonly #ledger = new LoadController<readonly [CustomerApi], PaymentLedger>(this, {
    args: () => (this.context ? [this.context.client] : null),
    load: ([client], signal) => loadPaymentLedger(client, signal),
    onValue: (ledger) => this.#live.watch(ledger),
    onError: (error) => this.dispatchEvent(apiErrorEvent(error)),
  });

  readonly #detail = new LoadController<readonly [CustomerApi, string], PaymentDto>(this, {
    args: () => (this.context && this.selected ? [this.context.client, this.selected] : null),
    load: ([client, id], signal) => client.getAccountPayment(id, signal),
    onError: (error) => this.dispatchEvent(apiErrorEvent(error)),
  });

  readonly #live = new LivePollController<PaymentLedger>(this, {
    fetch: (signal) => loadPaymentLedger(this.context!.client, signal),
    hasChanged: (previous, next) => ledgerFingerprint(previous) !== ledgerFingerprint(next),
    onChange: (next) => {
      this.#ledger.set(next);
      this.announcement = this.context?.messages.payments.updated ?? '';
    },
    schedule: () => this.pollSchedule,
  });

  /** Loads the payments again, e.g. after a failure. */
  reload(): void {
    this.#ledger.reload();
  }

  protected override updated(): void {
    if (this.#focusDetail && this.#detail.state.status !== 'loading') {
      this.#focusDetail = false;
      this.renderRoot.querySelector<HTMLElement>('#payment-detail-title')?.focus();
    }
  }

  #openCase(caseId: string): void {
    this.dispatchEvent(navigateEvent({ view: 'case', caseId }));
  }

  #openDetail(id: string): void {
    this.selected = id;
    this.#focusDetail = true;
  }

  #closeDetail(): void {
    const id = this.selected;
    this.selected = null;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-payment-id="${id}"] .payment__details`)?.focus(),
    );
  }

  #onRangeInput(end: keyof DateRange, value: string): void {
    const range = { ...(this.draftRange ?? this.memory.range), [end]: value };
    if (dateRangeProblem(range)) {
      this.draftRange = range;
      return;
    }
    this.draftRange = null;
    this.memory.range = range;
    this.memory.page = 1;
    this.requestUpdate();
  }

  #clearRange(): void {
    this.draftRange = null;
    this.memory.range = { from: '', to: '' };
    this.memory.page = 1;
    this.requestUpdate();
  }

  #goToPage(page: number): void {
    this.memory.page = page;
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#payments-table-caption')?.focus());
  }

  protected override render(): TemplateResult {
    const context = this.context;
    if (!context) return html``;
    const words = context.messages.payments;
    const load = this.#ledger.state;
    return html`
      <section class="payments" aria-busy=${load.status === 'loading' || load.status === 'idle' ? 'true' : 'false'}>
        ${renderViewHead({
          id: 'payments-title',
          title: words.title,
          allCases: words.allCases,
          openCases: () => this.dispatchEvent(navigateEvent({ view: 'cases' })),
        })}
        <p class="quiet">${words.intro}</p>
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
        ${this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const context = this.context!;
    const words = context.messages.payments;
    const load = this.#ledger.state;
    switch (load.status) {
      case 'idle':
      case 'loading':
        return renderViewLoading(words.loading, 4);
      case 'error':
        return renderViewFailed({
          messages: context.messages,
          title: words.loadFailed,
          error: load.error,
          retry: () => this.reload(),
        });
      case 'ready':
        return this.#renderLedger(load.value);
    }
  }

  #renderLedger(ledger: PaymentLedger): TemplateResult {
    const context = this.context!;
    const words = context.messages.payments;
    if (ledger.payments.length === 0) {
      return html`
        <div class="alert alert--info empty">
          <h4 class="alert__title">${words.empty.title}</h4>
          <p>${words.empty.body}</p>
        </div>
      `;
    }
    const range = this.memory.range;
    const shown = inDateRange(ledger.payments, range);
    const page = screenPage(shown, this.memory.page, paymentsPerPage);
    return html`
      ${this.#renderRange()} ${this.#renderTotals(shown, range)}
      ${
        ledger.totalResults > ledger.payments.length
          ? html`<p class="alert alert--warning">
              ${interpolate(words.truncated, {
                shown: formatNumber(ledger.payments.length, context.locale, 0),
                total: formatNumber(ledger.totalResults, context.locale, 0),
              })}
            </p>`
          : nothing
      }
      ${
        shown.length === 0
          ? html`<p class="alert alert--info empty" role="status">${words.noneInRange}</p>`
          : html`${this.#renderTable(page.items)} ${this.#renderPager(page.page, page.pageCount)}`
      }
      ${this.#renderDetail()}
    `;
  }

  #renderRange(): TemplateResult {
    const words = this.context!.messages.payments.range;
    const range = this.draftRange ?? this.memory.range;
    const problem = this.draftRange ? dateRangeProblem(this.draftRange) : null;
    return html`
      <fieldset class="range">
        <legend>${words.legend}</legend>
        <div class="field">
          <label for="range-from">${words.from}</label>
          <input
            id="range-from"
            type="date"
            .value=${range.from}
            max=${ifDefined(range.to || undefined)}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${problem ? 'range-problem' : nothing}
            @change=${(event: Event) => this.#onRangeInput('from', (event.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="range-to">${words.to}</label>
          <input
            id="range-to"
            type="date"
            .value=${range.to}
            min=${ifDefined(range.from || undefined)}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${problem ? 'range-problem' : nothing}
            @change=${(event: Event) => this.#onRangeInput('to', (event.target as HTMLInputElement).value)}
          />
        </div>
        ${
          range.from || range.to
            ? html`<button class="button button--quiet" type="button" @click=${() => this.#clearRange()}>
                ${words.clear}
              </button>`
            : nothing
        }
        ${problem ? html`<p class="field__error range__problem" id="range-problem">${words.reversed}</p>` : nothing}
      </fieldset>
    `;
  }

  #renderTotals(payments: readonly PaymentDto[], range: DateRange): TemplateResult | typeof nothing {
    const context = this.context!;
    const words = context.messages.payments;
    if (payments.length === 0) return nothing;
    const from = formatDate(range.from, context.locale);
    const to = formatDate(range.to, context.locale);
    const heading =
      from && to
        ? interpolate(words.totals.inRange, { from, to })
        : from
          ? interpolate(words.totals.since, { from })
          : to
            ? interpolate(words.totals.until, { to })
            : words.totals.heading;
    return html`
      <section class="totals">
        <h4 id="totals-title">${heading}</h4>
        <ul class="totals__list">
          ${totalsByCurrency(payments).map(
            (total) =>
              html`<li data-currency=${total.currency}>
                <span class="totals__amount">${formatMoney(total.amount, total.currency || null, context.locale)}</span>
                <span class="quiet"
                  >${plural(context.messages.language, words.count, total.count, { count: total.count })}</span
                >
              </li>`,
          )}
        </ul>
      </section>
    `;
  }

  #renderTable(payments: readonly PaymentDto[]): TemplateResult {
    const context = this.context!;
    const words = context.messages.payments;
    const caseWords = context.messages.cases.detail.payments;
    return html`
      <div class="table-wrap">
        <table>
          <caption id="payments-table-caption" class="visually-hidden" tabindex="-1">
            ${words.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${words.columns.date}</th>
              <th scope="col">${words.columns.case}</th>
              <th scope="col" class="number">${words.columns.amount}</th>
              <th scope="col">${words.columns.method}</th>
              <th scope="col">${words.columns.recipient}</th>
              <th scope="col"><span class="visually-hidden">${words.columns.details}</span></th>
            </tr>
          </thead>
          <tbody>
            ${payments.map((payment) => {
              const amount = formatMoney(payment.grossAmount ?? 0, payment.currency, context.locale);
              const date = formatDate(payment.date, context.locale);
              return html`<tr class="payment" data-payment-id=${payment.id ?? ''}>
                <td class="payment__date">${date}</td>
                <td class="payment__case">${this.#renderCaseLink(payment)}</td>
                <td class="number payment__amount">${amount}</td>
                <td class="payment__extra" data-label=${words.columns.method}>
                  ${codeLabel(payment.method, caseWords.methods)}
                </td>
                <td class="payment__extra" data-label=${words.columns.recipient}>
                  ${codeLabel(payment.recipient, caseWords.recipients)}
                </td>
                <td class="payment__action">
                  ${
                    payment.id
                      ? html`<button
                          class="button button--quiet payment__details"
                          type="button"
                          aria-label=${interpolate(words.detailsLabel, { amount, date })}
                          aria-expanded=${this.selected === payment.id ? 'true' : 'false'}
                          aria-controls="payment-detail"
                          @click=${() => this.#openDetail(payment.id!)}
                        >
                          ${words.details}
                        </button>`
                      : nothing
                  }
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    `;
  }

  #renderCaseLink(payment: PaymentDto): TemplateResult {
    const words = this.context!.messages.payments;
    const caseId = payment.invoice?.invoiceId;
    if (!caseId) return html`<span class="quiet">${words.unknownCase}</span>`;
    const reference = payment.invoice.reference || caseId.slice(0, 8);
    return html`<button
      class="link-button"
      type="button"
      aria-label=${interpolate(words.openCaseLabel, { reference })}
      @click=${() => this.#openCase(caseId)}
    >
      ${interpolate(words.openCase, { reference })}
    </button>`;
  }

  #renderPager(page: number, pageCount: number): TemplateResult | typeof nothing {
    if (pageCount <= 1) return nothing;
    return renderPager({
      page,
      pages: pageCount,
      words: this.context!.messages.payments.pager,
      onPage: (next) => this.#goToPage(next),
    });
  }

  #renderDetail(): TemplateResult | typeof nothing {
    if (!this.selected) return nothing;
    const context = this.context!;
    const words = context.messages.payments.detail;
    const load = this.#detail.state;
    const close = html`<button class="button button--secondary" type="button" @click=${() => this.#closeDetail()}>
      ${words.close}
    </button>`;
    if (load.status !== 'ready') {
      return html`<section
        id="payment-detail"
        class="payment-detail"
        aria-busy=${load.status === 'error' ? 'false' : 'true'}
      >
        ${
          load.status === 'error'
            ? html`<div class="alert alert--danger" role="alert">
                <h4 class="alert__title" id="payment-detail-title" tabindex="-1">${words.failed}</h4>
                <p>${apiErrorText(context.messages, load.error).body}</p>
                <p class="actions">
                  <button class="button button--secondary" type="button" @click=${() => this.#detail.reload()}>
                    ${context.messages.common.retry}
                  </button>
                  ${close}
                </p>
              </div>`
            : html`<p class="quiet" role="status"><span class="spinner" aria-hidden="true"></span>${words.loading}</p>`
        }
      </section>`;
    }
    const payment = load.value;
    const caseWords = context.messages.cases.detail.payments;
    const fact = (label: string, value: unknown, field: string) =>
      value === '' || value === null || value === undefined
        ? nothing
        : html`<div>
            <dt>${label}</dt>
            <dd data-field=${field}>${value}</dd>
          </div>`;
    return html`<section id="payment-detail" class="payment-detail">
      <h4 id="payment-detail-title" tabindex="-1">
        ${interpolate(words.heading, { date: formatDate(payment.date, context.locale) })}
      </h4>
      <dl class="facts">
        ${fact(words.amount, formatMoney(payment.grossAmount ?? 0, payment.currency, context.locale), 'amount')}
        ${fact(words.date, formatDateTime(payment.date, context.locale), 'date')}
        ${fact(words.method, codeLabel(payment.method, caseWords.methods), 'method')}
        ${fact(words.recipient, codeLabel(payment.recipient, caseWords.recipients), 'recipient')}
        ${fact(words.case, payment.invoice?.invoiceId ? this.#renderCaseLink(payment) : null, 'case')}
        ${fact(words.caseStatus, payment.invoice?.status ? statusLabel(context.messages, payment.invoice.status) : null, 'case-status')}
        ${fact(words.recorded, formatDateTime(payment.dateCreated, context.locale), 'recorded')}
        ${fact(words.changed, formatDateTime(payment.dateUpdated, context.locale), 'changed')}
        ${fact(words.id, payment.id, 'id')}
      </dl>
      <p>${close}</p>
    </section>`;
  }
}

export const paymentsTag = 'debitura-payments';

defineElement(paymentsTag, PaymentsView);

declare global {
  interface HTMLElementTagNameMap {
    'debitura-payments': PaymentsView;
  }
}
