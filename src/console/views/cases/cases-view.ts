// Cases across every linked client (Referral GET /cases): headline counts, search, client, status, debtor
// country, collection partner and date filters, sort and paging, and one case's detail (with the revenue it could
// bring) in place of the list.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { lifecycleStatuses, type LifecycleStatus } from '../../../wire/case.js';
import type { CaseItem, GetCasesResponse } from '../../../wire/referral-reporting.js';
import { LoadController } from '../../../widget/api/load-controller.js';
import { defineElement } from '../../../widget/define-element.js';
import { apiErrorEvent } from '../../../widget/events/api-error-event.js';
import { formatDate } from '../../../widget/format/date.js';
import { formatMoney, formatNumber, formatPercent } from '../../../widget/format/money.js';
import { interpolate } from '../../../widget/i18n/interpolate.js';
import { plural } from '../../../widget/i18n/plural.js';
import { sharedStyles } from '../../../widget/styles/shared-styles.js';
import { pageRange } from '../../../widget/views/cases/page-window.js';
import { renderPager } from '../../../widget/views/cases/pager.js';
import { renderStatusBadge } from '../../../widget/views/cases/status-badge.js';
import type { ConsoleContext } from '../../console-context.js';
import { consoleViewStyles } from '../../styles/console-view-styles.js';
import { clientChoices, loadClientChoices } from '../client-choices.js';
import { renderDateField, renderSearchField, renderSelectField } from '../filter-fields.js';
import { renderFigures, renderLoadError, renderSkeleton } from '../load-states.js';
import './case-detail-view.js';
import { loadCaseFilterChoices } from './case-filter-choices.js';
import {
  defaultPartnerCaseListState,
  isFilteredPartnerCaseList,
  partnerCasePageSizes,
  partnerCaseQueryOf,
  partnerCaseSorts,
  updatePartnerCaseListState,
  type PartnerCaseListState,
} from './partner-case-list-state.js';

/**
 * Cases across every linked client.
 *
 * @fires {DebituraErrorEvent} debitura-error - The list could not be loaded.
 */
export class ConsoleCasesView extends LitElement {
  static override styles = [sharedStyles, ...consoleViewStyles];

  @property({ attribute: false }) context: ConsoleContext | null = null;

  @state() private listState: PartnerCaseListState = defaultPartnerCaseListState;
  @state() private searchDraft = '';
  @state() private openCase: string | null = null;

  readonly #list = new LoadController(this, {
    args: () =>
      this.context ? ([this.context.client, JSON.stringify(partnerCaseQueryOf(this.listState))] as const) : null,
    load: ([client], signal) => client.listCases(partnerCaseQueryOf(this.listState), signal),
    onError: (error) => this.dispatchEvent(apiErrorEvent(error)),
  });

  readonly #clients = new LoadController(this, {
    args: () => (this.context ? ([this.context.client] as const) : null),
    load: ([client], signal) => loadClientChoices(client, signal),
  });

  readonly #filterChoices = new LoadController(this, {
    args: () => (this.context ? ([this.context.client] as const) : null),
    load: ([client], signal) => loadCaseFilterChoices(client, signal),
  });

  #change(change: Partial<PartnerCaseListState>): void {
    this.listState = updatePartnerCaseListState(this.listState, change);
  }

  async #closeDetail(): Promise<void> {
    const id = this.openCase;
    this.openCase = null;
    await this.updateComplete;
    (id ? this.renderRoot.querySelector<HTMLElement>(`[data-case="${CSS.escape(id)}"]`) : null)?.focus();
  }

  protected override render(): TemplateResult {
    const context = this.context;
    if (!context) return html``;
    if (this.openCase) {
      return html`<debitura-console-case-detail
        .context=${context}
        .caseId=${this.openCase}
        @console-back=${() => void this.#closeDetail()}
      ></debitura-console-case-detail>`;
    }
    return html`
      <section
        class="view"
        aria-labelledby="cases-title"
        aria-busy=${this.#list.state.status === 'loading' ? 'true' : 'false'}
      >
        <div class="view__head"><h3 id="cases-title">${context.text.cases.title}</h3></div>
        ${this.#renderSummary()} ${this.#renderFilters()} ${this.#renderBody()}
      </section>
    `;
  }

  #renderSummary(): TemplateResult | typeof nothing {
    const context = this.context!;
    const summary = this.#list.value?.summary;
    if (!summary) return nothing;
    const text = context.text.cases.summary;
    const count = (value: number | undefined) => formatNumber(value ?? 0, context.locale);
    return renderFigures(context.text.cases.summaryLabel, [
      { label: text.total, value: count(summary.totalCases) },
      { label: text.thisMonth, value: count(summary.casesThisMonth) },
      { label: text.active, value: count(summary.byLifecycle?.active) },
      { label: text.pending, value: count(summary.byLifecycle?.pending) },
      { label: text.paused, value: count(summary.byLifecycle?.paused) },
      { label: text.closed, value: count(summary.byLifecycle?.closed) },
    ]);
  }

  #renderFilters(): TemplateResult {
    const context = this.context!;
    const text = context.text.cases;
    const state = this.listState;
    return html`
      <div class="filters" role="group" aria-label=${text.filters}>
        ${renderSearchField(context, {
          id: 'case-search',
          hint: text.searchHint,
          draft: this.searchDraft,
          onDraft: (draft) => (this.searchDraft = draft),
          onSearch: () => this.#change({ query: this.searchDraft }),
        })}
        ${renderSelectField({
          id: 'case-client',
          label: text.client,
          choices: [{ value: '', label: text.allClients }, ...clientChoices(this.#clients.value)],
          value: state.client,
          onChange: (client) => this.#change({ client }),
        })}
        ${renderSelectField<LifecycleStatus | ''>({
          id: 'case-status',
          label: text.status,
          choices: [
            { value: '', label: text.allStatuses },
            ...lifecycleStatuses.map((status) => ({ value: status, label: context.messages.status[status] })),
          ],
          value: state.status,
          onChange: (status) => this.#change({ status }),
        })}
        ${renderSelectField({
          id: 'case-country',
          label: text.country,
          choices: [{ value: '', label: text.allCountries }, ...(this.#filterChoices.value?.countries ?? [])],
          value: state.country,
          onChange: (country) => this.#change({ country }),
        })}
        ${renderSelectField({
          id: 'case-partner',
          label: text.partner,
          choices: [{ value: '', label: text.allPartners }, ...(this.#filterChoices.value?.partners ?? [])],
          value: state.partner,
          onChange: (partner) => this.#change({ partner }),
        })}
        ${renderDateField({
          id: 'case-from',
          label: text.from,
          value: state.from,
          onChange: (from) => this.#change({ from }),
        })}
        ${renderDateField({ id: 'case-to', label: text.to, value: state.to, onChange: (to) => this.#change({ to }) })}
        ${renderSelectField({
          id: 'case-sort',
          label: text.sort.label,
          choices: partnerCaseSorts.map((sort) => ({ value: sort, label: text.sort[sort] })),
          value: state.sort,
          onChange: (sort) => this.#change({ sort }),
        })}
      </div>
    `;
  }

  #renderBody(): TemplateResult {
    const context = this.context!;
    const load = this.#list.state;
    switch (load.status) {
      case 'idle':
      case 'loading':
        return renderSkeleton(context.text.cases.loading, 6, 6);
      case 'error':
        return renderLoadError(context, context.text.errors.loadFailed, load.error, () => this.#list.reload());
      case 'ready':
        return this.#renderList(load.value);
    }
  }

  #renderList(list: GetCasesResponse): TemplateResult {
    const context = this.context!;
    const text = context.text.cases;
    const items = list.cases ?? [];
    if (items.length === 0) {
      const filtered = isFilteredPartnerCaseList(this.listState);
      const words = filtered ? text.noMatch : text.empty;
      return html`<div class="alert alert--info empty" role="status">
        <h4 class="alert__title">${words.title}</h4>
        <p>${words.body}</p>
        ${
          filtered
            ? html`<button
                class="button button--secondary"
                type="button"
                @click=${() => {
                  this.searchDraft = '';
                  this.#change({ query: '', client: '', status: '', country: '', partner: '', from: '', to: '' });
                }}
              >
                ${context.text.common.showAll}
              </button>`
            : nothing
        }
      </div>`;
    }
    const total = list.page?.totalResults ?? items.length;
    const pages = Math.max(1, list.page?.totalPages ?? 1);
    const page = Math.min(this.listState.page, pages);
    const range = { ...pageRange(page, this.listState.pageSize, total), total };
    const columns = text.columns;
    return html`
      <p class="quiet" role="status">${plural(context.text.language, text.range, total, range)}</p>
      <div class="table-wrap">
        <table class="cards" role="table" id="partner-cases">
          <caption class="visually-hidden">
            ${interpolate(text.caption, range)}
          </caption>
          <thead>
            <tr role="row">
              <th scope="col" role="columnheader">${columns.case}</th>
              <th scope="col" role="columnheader">${columns.client}</th>
              <th scope="col" role="columnheader" class="number">${columns.amount}</th>
              <th scope="col" role="columnheader">${columns.status}</th>
              <th scope="col" role="columnheader">${columns.created}</th>
              <th scope="col" role="columnheader">${columns.partner}</th>
              <th scope="col" role="columnheader" class="number">${columns.referralRate}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map((item) => this.#renderRow(item))}
          </tbody>
        </table>
      </div>
      ${renderPager({
        page,
        pages,
        words: context.text.common.pager,
        onPage: (next) => this.#change({ page: next }),
        size: {
          id: 'cases-page-size',
          label: context.text.common.perPage,
          value: this.listState.pageSize,
          choices: partnerCasePageSizes,
          onChange: (pageSize) => this.#change({ pageSize }),
        },
      })}
    `;
  }

  #renderRow(item: CaseItem): TemplateResult {
    const context = this.context!;
    const text = context.text.cases;
    const columns = text.columns;
    const id = item.id ?? '';
    return html`
      <tr role="row">
        <th scope="row" role="rowheader">
          <button
            class="link-button"
            type="button"
            data-case=${id}
            aria-describedby=${`debtor-${id}`}
            @click=${() => (this.openCase = id || null)}
          >
            ${interpolate(text.reference, { reference: item.reference ?? '' })}
          </button>
          <span class="sub" id=${`debtor-${id}`}>${item.debtor?.name || text.unnamedDebtor}</span>
        </th>
        <td role="cell" data-label=${columns.client}>${item.client?.companyName ?? item.client?.externalTenantId}</td>
        <td role="cell" class="number" data-label=${columns.amount}>
          ${typeof item.grossAmount === 'number' ? formatMoney(item.grossAmount, item.currency, context.locale) : ''}
        </td>
        <td role="cell" data-label=${columns.status}>${renderStatusBadge(item, context.messages)}</td>
        <td role="cell" class="date" data-label=${columns.created}>${formatDate(item.dateCreated, context.locale)}</td>
        <td role="cell" data-label=${columns.partner}>${item.collectionPartner ?? text.noPartner}</td>
        <td role="cell" class="number" data-label=${columns.referralRate}>
          ${
            typeof item.expectedReferralRatePercentage === 'number'
              ? formatPercent(item.expectedReferralRatePercentage, context.locale)
              : context.text.common.notAvailable
          }
        </td>
      </tr>
    `;
  }
}

defineElement('debitura-console-cases', ConsoleCasesView);

declare global {
  interface HTMLElementTagNameMap {
    'debitura-console-cases': ConsoleCasesView;
  }
}
