// Revenue attribution (Referral GET /reporting/transactions): what the partnership earned and where it stands,
// as figures and a pipeline chart from pending to paid, the filtered transactions by month and by client, the
// rows themselves and a CSV export of exactly those rows. Every page of the filtered set is read (up to a
// bound), so the sums and the export cover all of it.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  revenueStageOf,
  transactionRevenueStages,
  type TransactionItem,
  type TransactionRevenueStage,
  type TransactionsSummary,
} from '../../../wire/referral-reporting.js';
import { LoadController } from '../../../widget/api/load-controller.js';
import { defineElement } from '../../../widget/define-element.js';
import { apiErrorEvent } from '../../../widget/events/api-error-event.js';
import { formatDate } from '../../../widget/format/date.js';
import { dateTimeFormat } from '../../../widget/format/formatter-cache.js';
import { formatMoney, formatNumber } from '../../../widget/format/money.js';
import { interpolate } from '../../../widget/i18n/interpolate.js';
import { plural } from '../../../widget/i18n/plural.js';
import { sharedStyles } from '../../../widget/styles/shared-styles.js';
import { pageRange } from '../../../widget/views/cases/page-window.js';
import { renderPager } from '../../../widget/views/cases/pager.js';
import { readAllPages } from '../../api/all-pages.js';
import type { ConsoleContext } from '../../console-context.js';
import { consoleViewStyles } from '../../styles/console-view-styles.js';
import { clientChoices, loadClientChoices } from '../client-choices.js';
import { renderDateField, renderSearchField, renderSelectField } from '../filter-fields.js';
import { renderFigures, renderLoadError, renderSkeleton } from '../load-states.js';
import { barShares } from './bar-scale.js';
import {
  exportFileName,
  isBackwardRange,
  isFilteredRevenue,
  noRevenueFilters,
  transactionQueryOf,
  type RevenueFilters,
} from './revenue-filters.js';
import { revenueByClient, revenueByMonth, type RevenueGroup } from './revenue-grouping.js';
import { pipelineOf, pipelineTotal } from './revenue-pipeline.js';
import { revenueStyles } from './revenue-styles.js';
import { toCsv, transactionCsvColumns } from './transactions-csv.js';

/** At most this many pages of 100 are read for one filter: sums and exports beyond are flagged as cut short. */
const maxTransactionPages = 20;
const transactionPageSizes = [10, 25, 50, 100] as const;

interface RevenueData {
  rows: TransactionItem[];
  summary: TransactionsSummary | null;
  truncated: boolean;
}

/**
 * Revenue attribution.
 *
 * @fires {DebituraErrorEvent} debitura-error - The transactions could not be loaded.
 */
export class ConsoleRevenueView extends LitElement {
  static override styles = [sharedStyles, ...consoleViewStyles, revenueStyles];

  @property({ attribute: false }) context: ConsoleContext | null = null;

  @state() private filters: RevenueFilters = noRevenueFilters;
  @state() private searchDraft = '';
  @state() private page = 1;
  @state() private pageSize = 25;
  @state() private exported: number | null = null;

  readonly #data = new LoadController(this, {
    args: () =>
      this.context && !isBackwardRange(this.filters)
        ? ([this.context.client, JSON.stringify(transactionQueryOf(this.filters))] as const)
        : null,
    load: async ([client], signal): Promise<RevenueData> => {
      const query = transactionQueryOf(this.filters);
      let summary: TransactionsSummary | null = null;
      const all = await readAllPages(async (page) => {
        const answer = await client.listTransactions({ ...query, Page: page, PageSize: 100 }, signal);
        if (page === 1) summary = answer.summary ?? null;
        return { rows: answer.data ?? [], totalPages: answer.page?.totalPages ?? 1 };
      }, maxTransactionPages);
      return { rows: all.rows, summary, truncated: all.truncated };
    },
    onValue: () => {
      this.page = 1;
      this.exported = null;
    },
    onError: (error) => this.dispatchEvent(apiErrorEvent(error)),
  });

  /** The clients for the client filter; without them the filter offers "All clients" alone. */
  readonly #clients = new LoadController(this, {
    args: () => (this.context ? ([this.context.client] as const) : null),
    load: ([client], signal) => loadClientChoices(client, signal),
  });

  #filter(change: Partial<RevenueFilters>): void {
    this.filters = { ...this.filters, ...change };
  }

  #toggleStage(stage: TransactionRevenueStage, on: boolean): void {
    const chosen = new Set(this.filters.stages);
    if (on) chosen.add(stage);
    else chosen.delete(stage);
    this.#filter({ stages: transactionRevenueStages.filter((candidate) => chosen.has(candidate)) });
  }

  protected override render(): TemplateResult {
    const context = this.context;
    if (!context) return html``;
    const text = context.text.revenue;
    return html`
      <section
        class="view"
        aria-labelledby="revenue-title"
        aria-busy=${this.#data.state.status === 'loading' ? 'true' : 'false'}
      >
        <div class="view__head"><h3 id="revenue-title">${text.title}</h3></div>
        <p class="quiet">${text.intro}</p>
        ${this.#renderFilters()} ${this.#renderBody()}
      </section>
    `;
  }

  #renderFilters(): TemplateResult {
    const context = this.context!;
    const text = context.text.revenue;
    const filters = this.filters;
    const backward = isBackwardRange(filters);
    return html`
      <div class="filters" role="group" aria-label=${text.filters}>
        ${renderDateField({
          id: 'revenue-from',
          label: text.from,
          value: filters.from,
          onChange: (from) => this.#filter({ from }),
          problem: backward ? { id: 'revenue-range-error' } : null,
        })}
        ${renderDateField({
          id: 'revenue-to',
          label: text.to,
          value: filters.to,
          onChange: (to) => this.#filter({ to }),
          problem: backward ? { id: 'revenue-range-error', text: text.backwardRange } : null,
        })}
        ${renderSelectField({
          id: 'revenue-client',
          label: text.client,
          choices: [{ value: '', label: text.allClients }, ...clientChoices(this.#clients.value)],
          value: filters.client,
          onChange: (client) => this.#filter({ client }),
        })}
        ${renderSearchField(context, {
          id: 'revenue-search',
          hint: text.searchHint,
          draft: this.searchDraft,
          onDraft: (draft) => (this.searchDraft = draft),
          onSearch: () => this.#filter({ search: this.searchDraft }),
        })}
        <fieldset class="stages">
          <legend>${text.stagesLegend}</legend>
          ${transactionRevenueStages.map(
            (stage) =>
              html`<label
                ><input
                  type="checkbox"
                  .checked=${filters.stages.includes(stage)}
                  @change=${(event: Event) => this.#toggleStage(stage, (event.target as HTMLInputElement).checked)}
                />${text.stages[stage]}</label
              >`,
          )}
        </fieldset>
        ${
          isFilteredRevenue(filters)
            ? html`<button
                class="button button--quiet"
                type="button"
                @click=${() => {
                  this.searchDraft = '';
                  this.filters = noRevenueFilters;
                }}
              >
                ${text.clearFilters}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  #renderBody(): TemplateResult | typeof nothing {
    const context = this.context!;
    const load = this.#data.state;
    switch (load.status) {
      case 'idle':
        return nothing;
      case 'loading':
        return renderSkeleton(context.text.revenue.loading, 6, 4);
      case 'error':
        return renderLoadError(context, context.text.errors.loadFailed, load.error, () => this.#data.reload());
      case 'ready':
        return this.#renderRevenue(load.value);
    }
  }

  #renderRevenue(data: RevenueData): TemplateResult {
    const context = this.context!;
    const text = context.text.revenue;
    const stages = pipelineOf(data.summary?.revenue);
    const total = pipelineTotal(stages);
    const usd = (amount: number) => formatMoney(amount, 'USD', context.locale);
    const paid = stages.find((stage) => stage.stage === 'Paid');
    const figures = renderFigures(text.figuresLabel, [
      { label: text.figures.referralFees, value: usd(total.referralFeeUsd) },
      { label: text.figures.transactions, value: formatNumber(total.count, context.locale) },
      { label: text.figures.paid, value: usd(paid?.referralFeeUsd ?? 0) },
      { label: text.figures.debituraRevenue, value: usd(data.summary?.totalDebituraRevenueUsd ?? 0) },
    ]);
    if (data.rows.length === 0 && total.count === 0) {
      const words = isFilteredRevenue(this.filters) ? text.noMatch : text.empty;
      return html`${figures}
        <div class="alert alert--info empty" role="status">
          <h4 class="alert__title">${words.title}</h4>
          <p>${words.body}</p>
        </div>`;
    }
    const shares = barShares(stages.map((stage) => stage.referralFeeUsd));
    return html`
      ${figures}
      <div class="panel">
        <h4 id="pipeline-title">${text.pipeline.title}</h4>
        <table class="chart" aria-labelledby="pipeline-title">
          <caption class="visually-hidden">
            ${text.pipeline.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${text.pipeline.stage}</th>
              <th scope="col" class="number">${text.pipeline.count}</th>
              <th scope="col" class="number">${text.pipeline.fees}</th>
            </tr>
          </thead>
          <tbody>
            ${stages.map(
              (stage, index) =>
                html`<tr data-stage=${stage.stage}>
                  <th scope="row">${text.stages[stage.stage]}</th>
                  <td class="number">${formatNumber(stage.count, context.locale)}</td>
                  <td class="number">
                    <span class="bar-cell" data-stage=${stage.stage}
                      >${this.#bar(shares[index] ?? 0)}${usd(stage.referralFeeUsd)}</span
                    >
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        data.truncated
          ? html`<p class="alert alert--warning" role="status">
              ${interpolate(text.truncated, { count: data.rows.length })}
            </p>`
          : nothing
      }
      <div class="groups">
        ${this.#renderGroups('by-month', text.byMonth.title, text.byMonth.caption, text.byMonth.month, this.#months(data.rows))}
        ${this.#renderGroups('by-client', text.byClient.title, text.byClient.caption, text.byClient.client, revenueByClient(data.rows))}
      </div>
      ${this.#renderTransactions(data.rows)}
    `;
  }

  #bar(share: number): TemplateResult {
    return html`<span class="bar-track" aria-hidden="true"
      ><span class="bar" style=${styleMap({ '--share': String(share) })}></span
    ></span>`;
  }

  /** Months labelled as the reader says them ("October 2026"), in UTC as they were counted. */
  #months(rows: readonly TransactionItem[]): RevenueGroup[] {
    const format = dateTimeFormat(this.context!.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return revenueByMonth(rows).map((group) => ({
      ...group,
      label: format.format(new Date(`${group.key}-01T00:00:00Z`)),
    }));
  }

  #renderGroups(
    id: string,
    title: string,
    caption: string,
    heading: string,
    groups: readonly RevenueGroup[],
  ): TemplateResult {
    const context = this.context!;
    const text = context.text.revenue;
    const shares = barShares(groups.map((group) => group.referralFeeUsd));
    return html`
      <div class="panel">
        <h4 id=${`${id}-title`}>${title}</h4>
        <table class="chart" id=${id} aria-labelledby=${`${id}-title`}>
          <caption class="visually-hidden">
            ${caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${heading}</th>
              <th scope="col" class="number">${text.pipeline.count}</th>
              <th scope="col" class="number">${text.pipeline.fees}</th>
            </tr>
          </thead>
          <tbody>
            ${groups.map(
              (group, index) =>
                html`<tr data-key=${group.key}>
                  <th scope="row">${group.label}</th>
                  <td class="number">${formatNumber(group.count, context.locale)}</td>
                  <td class="number">
                    <span class="bar-cell"
                      >${this.#bar(shares[index] ?? 0)}${formatMoney(group.referralFeeUsd, 'USD', context.locale)}</span
                    >
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  #renderTransactions(rows: readonly TransactionItem[]): TemplateResult {
    const context = this.context!;
    const text = context.text.revenue;
    const columns = text.transactions;
    const total = rows.length;
    const pages = Math.max(1, Math.ceil(total / this.pageSize));
    const page = Math.min(this.page, pages);
    const range = { ...pageRange(page, this.pageSize, total), total };
    const shown = rows.slice((page - 1) * this.pageSize, page * this.pageSize);
    return html`
      <div class="view">
        <div class="view__head">
          <h4>${columns.title}</h4>
          <div class="export">
            <button
              class="button"
              type="button"
              aria-describedby="export-hint"
              ?disabled=${total === 0}
              @click=${() => this.#export(rows)}
            >
              ${text.export}
            </button>
            <span class="field__hint" id="export-hint">${interpolate(text.exportHint, { count: total })}</span>
          </div>
        </div>
        <p class="quiet" role="status">
          ${
            this.exported !== null
              ? interpolate(text.exported, { count: this.exported })
              : plural(context.text.language, columns.range, total, range)
          }
        </p>
        ${
          total > 0
            ? html`<div class="table-wrap">
                  <table class="cards" role="table" id="transactions">
                    <caption class="visually-hidden">
                      ${interpolate(columns.caption, range)}
                    </caption>
                    <thead>
                      <tr role="row">
                        <th scope="col" role="columnheader">${columns.case}</th>
                        <th scope="col" role="columnheader">${columns.date}</th>
                        <th scope="col" role="columnheader">${columns.client}</th>
                        <th scope="col" role="columnheader" class="number">${columns.payment}</th>
                        <th scope="col" role="columnheader" class="number">${columns.fee}</th>
                        <th scope="col" role="columnheader">${columns.stage}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${shown.map((row) => this.#renderTransaction(row))}
                    </tbody>
                  </table>
                </div>
                ${renderPager({
                  page,
                  pages,
                  words: context.text.common.pager,
                  onPage: (next) => (this.page = next),
                  size: {
                    id: 'transactions-page-size',
                    label: context.text.common.perPage,
                    value: this.pageSize,
                    choices: transactionPageSizes,
                    onChange: (size) => {
                      this.pageSize = size;
                      this.page = 1;
                    },
                  },
                })}`
            : nothing
        }
      </div>
    `;
  }

  #renderTransaction(row: TransactionItem): TemplateResult {
    const context = this.context!;
    const text = context.text.revenue;
    const columns = text.transactions;
    const stage = revenueStageOf(row.status);
    const fee = row.earnings?.referralFeeAmountUsd;
    return html`
      <tr role="row">
        <th scope="row" role="rowheader">
          ${interpolate(columns.caseReference, { reference: row.case?.caseReference ?? '' })}
          <span class="sub">${row.case?.debtorName ?? ''}</span>
        </th>
        <td role="cell" class="date" data-label=${columns.date}>${formatDate(row.date, context.locale)}</td>
        <td role="cell" data-label=${columns.client}>${row.client?.companyName ?? row.client?.externalTenantId}</td>
        <td role="cell" class="number" data-label=${columns.payment}>
          ${typeof row.payment?.amount === 'number' ? formatMoney(row.payment.amount, row.payment.currency, context.locale) : ''}
        </td>
        <td role="cell" class="number" data-label=${columns.fee}>
          ${typeof fee === 'number' ? formatMoney(fee, 'USD', context.locale) : ''}
          ${row.earnings?.isEstimate ? html`<span class="sub">${columns.estimate}</span>` : nothing}
        </td>
        <td role="cell" data-label=${columns.stage}>
          <span class="badge" data-family=${stageFamily(stage)}>${text.stages[stage ?? 'unknown']}</span>
        </td>
      </tr>
    `;
  }

  /** Downloads exactly the filtered rows as CSV, with headers in the reader's language. */
  #export(rows: readonly TransactionItem[]): void {
    const csv = toCsv(rows, transactionCsvColumns(this.context!.text.revenue.csv));
    // A byte-order mark, so spreadsheet programs read the file as UTF-8 (company names with æ, ø, ü).
    const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(this.filters, new Date().toISOString().slice(0, 10));
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    this.exported = rows.length;
  }
}

/** The badge colour of a stage, from the widget's status families. */
function stageFamily(stage: TransactionRevenueStage | null): string {
  switch (stage) {
    case 'Paid':
      return 'recovered';
    case 'Disputed':
      return 'action';
    case 'Pending':
    case null:
      return 'pending';
    default:
      return 'active';
  }
}

defineElement('debitura-console-revenue', ConsoleRevenueView);

declare global {
  interface HTMLElementTagNameMap {
    'debitura-console-revenue': ConsoleRevenueView;
  }
}
