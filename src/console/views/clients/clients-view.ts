// The partnership's linked clients: headline counts, search, filters, sort and paging over Referral GET /clients,
// and one client's detail in place of the list. The list's state stays while a client is open, so "Back" lands
// where the reader was.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClientCreatedResponse, GetClientsResponse } from '../../../wire/referral.js';
import { LoadController } from '../../../widget/api/load-controller.js';
import { defineElement } from '../../../widget/define-element.js';
import { apiErrorEvent } from '../../../widget/events/api-error-event.js';
import { formatDate } from '../../../widget/format/date.js';
import { formatMoney, formatNumber } from '../../../widget/format/money.js';
import { interpolate } from '../../../widget/i18n/interpolate.js';
import { plural } from '../../../widget/i18n/plural.js';
import { sharedStyles } from '../../../widget/styles/shared-styles.js';
import { pageRange } from '../../../widget/views/cases/page-window.js';
import { renderPager } from '../../../widget/views/cases/pager.js';
import type { ConsoleContext } from '../../console-context.js';
import { consoleViewStyles } from '../../styles/console-view-styles.js';
import { renderSearchField, renderSelectField } from '../filter-fields.js';
import { renderFigures, renderLoadError, renderSkeleton } from '../load-states.js';
import {
  clientListKey,
  clientListQueryOf,
  clientPageSizes,
  clientSorts,
  defaultClientListState,
  isFilteredClientList,
  kycLabelOf,
  updateClientListState,
  type AttributionFilter,
  type ClientListState,
  type OnboardingFilter,
} from './client-list-state.js';
import './client-detail-view.js';

/**
 * The linked clients of the partnership.
 *
 * @fires {DebituraErrorEvent} debitura-error - The list could not be loaded.
 */
export class ConsoleClientsView extends LitElement {
  static override styles = [sharedStyles, ...consoleViewStyles];

  @property({ attribute: false }) context: ConsoleContext | null = null;

  @state() private listState: ClientListState = defaultClientListState;
  @state() private searchDraft = '';
  /** The client shown instead of the list; null shows the list. */
  @state() private openClient: string | null = null;
  /** What happened to the client last shown (withdrawn, reset), told above the list. */
  @state() private notice: string | null = null;

  readonly #list = new LoadController(this, {
    args: () => (this.context ? ([this.context.client, clientListKey(this.listState)] as const) : null),
    load: ([client], signal) => client.listClients(clientListQueryOf(this.listState), signal),
    onValue: (list) => this.#clampPage(list),
    onError: (error) => this.dispatchEvent(apiErrorEvent(error)),
  });

  /** The list shrank under the page shown (a client was withdrawn): show its last page instead of an empty one. */
  #clampPage(list: GetClientsResponse): void {
    const totalPages = list.page?.totalPages ?? 0;
    if (totalPages > 0 && this.listState.page > totalPages) this.#change({ page: totalPages });
  }

  #change(change: Partial<ClientListState>): void {
    this.listState = updateClientListState(this.listState, change);
  }

  #open(client: ClientCreatedResponse): void {
    if (client.externalTenantId) this.openClient = client.externalTenantId;
  }

  async #closeDetail(notice: string | null): Promise<void> {
    const id = this.openClient;
    this.openClient = null;
    this.notice = notice;
    // What the detail changed (a withdrawal, a reset) shows in the list, and focus returns to the client's row.
    this.#list.refresh();
    await this.updateComplete;
    const row = id && !notice ? this.renderRoot.querySelector<HTMLElement>(`[data-tenant="${CSS.escape(id)}"]`) : null;
    (row ?? this.renderRoot.querySelector<HTMLElement>('h3'))?.focus();
  }

  protected override render(): TemplateResult {
    const context = this.context;
    if (!context) return html``;
    if (this.openClient) {
      return html`<debitura-console-client-detail
        .context=${context}
        .externalTenantId=${this.openClient}
        @console-back=${(event: CustomEvent<{ notice?: string }>) => void this.#closeDetail(event.detail?.notice ?? null)}
      ></debitura-console-client-detail>`;
    }
    const text = context.text.clients;
    return html`
      <section
        class="view"
        aria-labelledby="clients-title"
        aria-busy=${this.#list.state.status === 'loading' ? 'true' : 'false'}
      >
        <div class="view__head"><h3 id="clients-title" tabindex="-1">${text.title}</h3></div>
        ${this.notice ? html`<p class="alert alert--success" role="status">${this.notice}</p>` : nothing}
        ${this.#renderSummary()} ${this.#renderFilters()} ${this.#renderBody()}
      </section>
    `;
  }

  #renderSummary(): TemplateResult | typeof nothing {
    const context = this.context!;
    const summary = this.#list.value?.summary;
    if (!summary) return nothing;
    const text = context.text.clients.summary;
    const count = (value: number | undefined) => formatNumber(value ?? 0, context.locale);
    return renderFigures(context.text.clients.summaryLabel, [
      { label: text.total, value: count(summary.totalClients) },
      { label: text.attributed, value: count(summary.attributedClients) },
      { label: text.onboardingComplete, value: count(summary.onboardingComplete) },
      { label: text.onboardingPending, value: count(summary.onboardingPending) },
      { label: text.cases, value: count(summary.totalCases) },
    ]);
  }

  #renderFilters(): TemplateResult {
    const context = this.context!;
    const text = context.text.clients;
    const all = context.text.common.all;
    const { attribution, onboarding, sort, query } = this.listState;
    return html`
      <div class="filters" role="group" aria-label=${text.filters}>
        ${renderSearchField(context, {
          id: 'client-search',
          hint: text.searchHint,
          draft: this.searchDraft,
          onDraft: (draft) => (this.searchDraft = draft),
          onSearch: () => this.#change({ query: this.searchDraft }),
          onClear: query
            ? () => {
                this.searchDraft = '';
                this.#change({ query: '' });
              }
            : undefined,
        })}
        ${renderSelectField<AttributionFilter>({
          id: 'client-attribution',
          label: text.attribution.label,
          choices: [
            { value: 'all', label: all },
            { value: 'attributed', label: text.attribution.attributed },
            { value: 'linkedOnly', label: text.attribution.linkedOnly },
          ],
          value: attribution,
          onChange: (attribution) => this.#change({ attribution }),
        })}
        ${renderSelectField<OnboardingFilter>({
          id: 'client-onboarding',
          label: text.onboarding.label,
          choices: [
            { value: 'all', label: all },
            { value: 'done', label: text.onboarding.done },
            { value: 'pending', label: text.onboarding.pending },
          ],
          value: onboarding,
          onChange: (onboarding) => this.#change({ onboarding }),
        })}
        ${renderSelectField({
          id: 'client-sort',
          label: text.sort.label,
          choices: clientSorts.map((choice) => ({ value: choice, label: text.sort[choice] })),
          value: sort,
          onChange: (sort) => this.#change({ sort }),
        })}
      </div>
    `;
  }

  #renderBody(): TemplateResult {
    const context = this.context!;
    const text = context.text.clients;
    const load = this.#list.state;
    switch (load.status) {
      case 'idle':
      case 'loading':
        return renderSkeleton(text.loading, 5, 6);
      case 'error':
        return renderLoadError(context, context.text.errors.loadFailed, load.error, () => this.#list.reload());
      case 'ready':
        return this.#renderList(load.value);
    }
  }

  #renderList(list: GetClientsResponse): TemplateResult {
    const context = this.context!;
    const text = context.text.clients;
    const clients = list.clients ?? [];
    if (clients.length === 0) {
      const filtered = isFilteredClientList(this.listState);
      const words = filtered ? text.noMatch : text.empty;
      return html`
        <div class="alert alert--info empty" role="status">
          <h4 class="alert__title">${words.title}</h4>
          <p>${words.body}</p>
          ${
            filtered
              ? html`<button
                  class="button button--secondary"
                  type="button"
                  @click=${() => {
                    this.searchDraft = '';
                    this.#change({ query: '', attribution: 'all', onboarding: 'all' });
                  }}
                >
                  ${context.text.common.showAll}
                </button>`
              : nothing
          }
        </div>
      `;
    }
    const total = list.page?.totalResults ?? clients.length;
    const range = { ...pageRange(this.listState.page, this.listState.pageSize, total), total };
    const columns = text.columns;
    return html`
      <p class="quiet" role="status">${plural(context.text.language, text.range, total, range)}</p>
      <div class="table-wrap">
        <table class="cards" role="table">
          <caption class="visually-hidden">
            ${interpolate(text.caption, range)}
          </caption>
          <thead>
            <tr role="row">
              <th scope="col" role="columnheader">${columns.company}</th>
              <th scope="col" role="columnheader">${columns.onboarding}</th>
              <th scope="col" role="columnheader">${columns.attribution}</th>
              <th scope="col" role="columnheader">${columns.kyc}</th>
              <th scope="col" role="columnheader">${columns.linked}</th>
              <th scope="col" role="columnheader" class="number">${columns.cases}</th>
              <th scope="col" role="columnheader" class="number">${columns.earnings}</th>
            </tr>
          </thead>
          <tbody>
            ${clients.map((client) => this.#renderRow(client))}
          </tbody>
        </table>
      </div>
      ${renderPager({
        page: Math.min(this.listState.page, Math.max(1, list.page?.totalPages ?? 1)),
        pages: Math.max(1, list.page?.totalPages ?? 1),
        words: context.text.common.pager,
        onPage: (page) => this.#change({ page }),
        size: {
          id: 'clients-page-size',
          label: context.text.common.perPage,
          value: this.listState.pageSize,
          choices: clientPageSizes,
          onChange: (pageSize) => this.#change({ pageSize }),
        },
      })}
    `;
  }

  #renderRow(client: ClientCreatedResponse): TemplateResult {
    const context = this.context!;
    const text = context.text.clients;
    const columns = text.columns;
    const tenant = client.externalTenantId ?? '';
    const stats = client.caseStats;
    return html`
      <tr role="row">
        <th scope="row" role="rowheader">
          <button
            class="link-button"
            type="button"
            data-tenant=${tenant}
            aria-describedby=${`tenant-${tenant}`}
            @click=${() => this.#open(client)}
          >
            ${client.client?.companyName || text.unnamed}
          </button>
          <span class="sub" id=${`tenant-${tenant}`}>${interpolate(text.tenant, { tenant })}</span>
        </th>
        <td role="cell" data-label=${columns.onboarding}>
          <span class="badge" data-family=${client.onboardingDone ? 'recovered' : 'action'}
            >${client.onboardingDone ? text.onboarding.done : text.onboarding.pending}</span
          >
        </td>
        <td role="cell" data-label=${columns.attribution}>
          ${client.isAttributedClient ? text.attribution.attributed : text.attribution.linkedOnly}
        </td>
        <td role="cell" data-label=${columns.kyc}>${text.kyc[kycLabelOf(client.kycStatus)]}</td>
        <td role="cell" class="date" data-label=${columns.linked}>${formatDate(client.dateLinked, context.locale)}</td>
        <td role="cell" class="number" data-label=${columns.cases}>
          ${interpolate(text.casesCount, {
            total: formatNumber(stats?.casesTotal ?? 0, context.locale),
            closed: formatNumber(stats?.casesClosed ?? 0, context.locale),
          })}
        </td>
        <td role="cell" class="number" data-label=${columns.earnings}>
          ${formatMoney(stats?.earningsUsd ?? 0, 'USD', context.locale)}
        </td>
      </tr>
    `;
  }
}

defineElement('debitura-console-clients', ConsoleClientsView);

declare global {
  interface HTMLElementTagNameMap {
    'debitura-console-clients': ConsoleClientsView;
  }
}
