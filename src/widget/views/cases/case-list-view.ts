// The case list: every case the creditor sent to collection, a page at a time, with status filter, search and
// sort. Its state lives in a plain value the host keeps (and a partner may set), so coming back from a case
// restores filters and scroll; every change the user makes goes to the host as an internal navigate event.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InvoiceDto } from '../../../wire/case.js';
import { lifecycleStatuses, type LifecycleStatus } from '../../../wire/case-vocabulary.js';
import type { InvoiceListDto } from '../../../wire/case-list.js';
import { LoadController } from '../../api/load-controller.js';
import { apiErrorText } from '../../errors/error-text.js';
import { apiErrorEvent } from '../../events/api-error-event.js';
import { formatDate } from '../../format/date.js';
import { formatMoney } from '../../format/money.js';
import { interpolate } from '../../i18n/interpolate.js';
import { plural } from '../../i18n/plural.js';
import { filterStyles } from '../../styles/filter-styles.js';
import { pagerStyles } from '../../styles/pager-styles.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { tableStyles } from '../../styles/table-styles.js';
import type { WidgetContext } from '../../widget-context.js';
import { navigateEvent } from '../navigate-event.js';
import { collectedSoFar } from './case-amounts.js';
import { caseHref, opensElsewhere } from './case-link.js';
import {
  caseListPageSizes,
  caseListQueryKey,
  caseListQueryOf,
  caseListSortChoices,
  caseListStatesEqual,
  defaultCaseListState,
  openLifecycleStatuses,
  updateCaseListState,
  type CaseListState,
} from './case-list-state.js';
import { caseListStyles } from './case-list-styles.js';
import { casesMessages } from './cases-messages.js';
import type { CasesMessages } from '../../i18n/en/cases.js';
import { pageRange } from './page-window.js';
import { renderPager } from './pager.js';
import { statusLabel } from '../../i18n/status-label.js';
import { statusFamily } from '../../status/lifecycle-family.js';
import { defineElement } from '../../define-element.js';
import { loadOpenTasks } from '../tasks/open-tasks.js';
import { openTasksByCase } from '../tasks/task-order.js';
import { renderCaseTaskBadge, renderTasksNotice, tasksNoticeStyles } from '../tasks/tasks-notice.js';

type CaseListColumns = CasesMessages['list']['columns'];

interface RowContext {
  text: CasesMessages['list'];
  messages: WidgetContext['messages'];
  locale: string;
  tasksByCase: ReadonlyMap<string, number> | undefined;
  pattern: string | null;
  /** The page the partner's case links resolve against; only read when there is a pattern. */
  pageUrl: string;
}

/** Text as a CSS string value: quotes and backslashes escaped, line breaks as `\a`. */
function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

/** Status filter values beside the single statuses. */
const allStatuses = '';
const openStatuses = 'open';
const severalStatuses = 'several';

/**
 * The creditor's collection cases.
 *
 * @fires {DebituraErrorEvent} debitura-error - The list could not be loaded.
 * @csspart status-badge - The lifecycle badge of each row.
 */
export class CaseListView extends LitElement {
  static override styles = [sharedStyles, filterStyles, tableStyles, caseListStyles, pagerStyles, ...tasksNoticeStyles];

  @property({ attribute: false }) context: WidgetContext | null = null;
  /** The list state to show; the host keeps it and hands it back after every change. */
  @property({ attribute: false }) listState: CaseListState = defaultCaseListState;
  /** The partner's URL pattern for one case (`{caseId}` in it); rows are links when it gives an http(s) URL. */
  @property({ attribute: false }) caseUrlPattern: string | null = null;

  @state() private searchDraft = '';

  /** The page the state asks for; a change of anything but scroll position asks Debitura again. */
  readonly #list = new LoadController(this, {
    args: () => (this.context ? ([this.context.client, caseListQueryKey(this.listState)] as const) : null),
    load: ([client], signal) => client.listCases(caseListQueryOf(this.listState), signal),
    onValue: (list) => this.#clampPage(list),
    onError: (error) => this.dispatchEvent(apiErrorEvent(error)),
  });
  /** The creditor's open tasks, for the pointer to the tasks view and the rows' counts; silent when it fails. */
  readonly #tasks = new LoadController(this, {
    args: () => (this.context ? ([this.context.client] as const) : null),
    load: async ([client], signal) => {
      const tasks = await loadOpenTasks(client, signal);
      return { total: tasks.length, byCase: openTasksByCase(tasks) };
    },
  });
  #restorePending = true;
  /** The column names last handed to the card layout's labels. */
  #labelledWith: CaseListColumns | null = null;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('click', this.#onRowClick as EventListener);
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('listState')) this.searchDraft = this.listState.query;
    if (this.context) this.#labelDetails(casesMessages(this.context.messages).list.columns);
  }

  /** The column names the card layout shows above each detail, as CSS strings its `content` reads. */
  #labelDetails(columns: CaseListColumns): void {
    if (columns === this.#labelledWith) return;
    this.#labelledWith = columns;
    const labels = {
      'your-reference': columns.yourReference,
      created: columns.created,
      due: columns.due,
      collected: columns.collected,
    };
    for (const [column, label] of Object.entries(labels))
      this.style.setProperty(`--_label-${column}`, cssString(label));
  }

  protected override updated(): void {
    if (this.#list.state.status === 'ready' && this.#restorePending) {
      this.#restorePending = false;
      this.#restorePosition();
    }
  }

  /** Loads the current page again, e.g. after a failure. */
  reload(): void {
    this.#list.reload();
  }

  /** The list shrank under a remembered page number: show its last page instead of an empty one. */
  #clampPage(list: InvoiceListDto): void {
    const totalPages = list.page.totalPages ?? 0;
    if (totalPages > 0 && this.listState.page > totalPages) this.#change({ page: totalPages }, true);
  }

  /** Applies a change of filters, search, sort or page, and hands the new state to the host. */
  #change(change: Partial<CaseListState>, quiet = false): void {
    const next = updateCaseListState(this.listState, change);
    if (caseListStatesEqual(next, this.listState)) return;
    this.listState = next;
    this.dispatchEvent(navigateEvent({ view: 'cases', listState: next, ...(quiet ? { quiet } : {}) }));
  }

  #open(caseId: string): void {
    // Remember where the reader was, so the way back lands on the same row.
    const listState = updateCaseListState(this.listState, { scrollY: globalThis.scrollY ?? 0, openedCaseId: caseId });
    this.dispatchEvent(navigateEvent({ view: 'case', caseId, listState }));
  }

  /**
   * One listener for every row (a hundred rows need no hundred listeners): a row's button opens its case here; so
   * does a plain click on a row's link, while any other click (new tab, new window) is the browser's.
   */
  #onRowClick = (event: MouseEvent): void => {
    const row = (event.target as Element).closest<HTMLElement>('.row-link[data-case-id]');
    const caseId = row?.dataset.caseId;
    if (!row || !caseId) return;
    if (row instanceof HTMLAnchorElement) {
      if (opensElsewhere(event)) return;
      event.preventDefault();
    }
    this.#open(caseId);
  };

  #restorePosition(): void {
    const { scrollY, openedCaseId } = this.listState;
    if (scrollY > 0) globalThis.scrollTo?.(0, scrollY);
    // Focus goes back to the opened row only when it was lost, i.e. the case this list replaced held it.
    const active = document.activeElement;
    if (openedCaseId && (!active || active === document.body)) {
      const row = this.renderRoot.querySelector<HTMLElement>(`[data-case-id="${CSS.escape(openedCaseId)}"]`);
      row?.focus({ preventScroll: scrollY > 0 });
    }
  }

  #onSearch(event: SubmitEvent): void {
    event.preventDefault();
    this.#change({ query: this.searchDraft });
  }

  #onStatusFilter(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (value === severalStatuses) return;
    const statuses: readonly LifecycleStatus[] =
      value === allStatuses
        ? []
        : value === openStatuses
          ? openLifecycleStatuses
          : lifecycleStatuses.filter((status) => status === value);
    this.#change({ statuses });
  }

  #onSort(event: Event): void {
    const [field, direction] = (event.target as HTMLSelectElement).value.split(':');
    const sortField = caseListSortChoices.find((choice) => choice === field);
    if (sortField) this.#change({ sortField, sortDirection: direction === 'asc' ? 'asc' : 'desc' });
  }

  #goToPage(page: number): void {
    this.#change({ page });
    // Keyboard and screen-reader users continue from the top of the new page.
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>('table caption, .list__head h3')
        ?.scrollIntoView?.({ block: 'nearest' }),
    );
  }

  protected override render(): TemplateResult {
    if (!this.context) return html``;
    const text = casesMessages(this.context.messages).list;
    return html`
      <section class="list" aria-busy=${this.#list.state.status === 'loading' ? 'true' : 'false'}>
        <div class="list__head">
          <h3 id="cases-title">${text.title}</h3>
          <button
            class="button button--secondary"
            type="button"
            @click=${() => this.dispatchEvent(navigateEvent({ view: 'new-case' }))}
          >
            ${text.newCase}
          </button>
        </div>
        ${renderTasksNotice(this.#tasks.value?.total ?? 0, this.context.messages, () =>
          this.dispatchEvent(navigateEvent({ view: 'tasks' })),
        )}
        ${this.#renderFilters()} ${this.#renderBody()}
      </section>
    `;
  }

  #renderFilters(): TemplateResult {
    const text = casesMessages(this.context!.messages).list;
    const messages = this.context!.messages;
    const { statuses, sortField, sortDirection } = this.listState;
    const statusValue = this.#statusFilterValue(statuses);
    return html`
      <div class="filters" role="group" aria-label=${text.filters}>
        <form class="field field--search" @submit=${this.#onSearch}>
          <label for="search">${text.search.label}</label>
          <div class="search">
            <input
              id="search"
              type="search"
              name="query"
              autocomplete="off"
              aria-describedby="search-hint"
              .value=${this.searchDraft}
              @input=${(event: Event) => (this.searchDraft = (event.target as HTMLInputElement).value)}
            />
            <button class="button" type="submit">${text.search.submit}</button>
            ${
              this.listState.query
                ? html`<button
                    class="button button--quiet"
                    type="button"
                    @click=${() => {
                      this.searchDraft = '';
                      this.#change({ query: '' });
                    }}
                  >
                    ${text.search.clear}
                  </button>`
                : nothing
            }
          </div>
          <span class="field__hint" id="search-hint">${text.search.hint}</span>
        </form>
        <div class="field">
          <label for="status">${text.status.label}</label>
          <select id="status" @change=${this.#onStatusFilter}>
            <option value=${allStatuses} ?selected=${statusValue === allStatuses}>${text.status.all}</option>
            <option value=${openStatuses} ?selected=${statusValue === openStatuses}>${text.status.open}</option>
            ${lifecycleStatuses.map(
              (status) =>
                html`<option value=${status} ?selected=${statusValue === status}>${messages.status[status]}</option>`,
            )}
            ${
              statusValue === severalStatuses
                ? html`<option value=${severalStatuses} selected>
                    ${interpolate(text.status.several, { count: statuses.length })}
                  </option>`
                : nothing
            }
          </select>
        </div>
        <div class="field">
          <label for="sort">${text.sort.label}</label>
          <select id="sort" @change=${this.#onSort}>
            ${caseListSortChoices.flatMap((field) =>
              (field === 'DueDate' ? (['asc', 'desc'] as const) : (['desc', 'asc'] as const)).map(
                (direction) =>
                  html`<option
                    value="${field}:${direction}"
                    ?selected=${field === sortField && direction === sortDirection}
                  >
                    ${text.sort[field][direction]}
                  </option>`,
              ),
            )}
          </select>
        </div>
      </div>
    `;
  }

  #statusFilterValue(statuses: readonly LifecycleStatus[]): string {
    if (statuses.length === 0) return allStatuses;
    if (statuses.length === 1) return statuses[0]!;
    const isOpenSet =
      statuses.length === openLifecycleStatuses.length &&
      openLifecycleStatuses.every((status) => statuses.includes(status));
    return isOpenSet ? openStatuses : severalStatuses;
  }

  #renderBody(): TemplateResult {
    const context = this.context!;
    const text = casesMessages(context.messages).list;
    const load = this.#list.state;
    switch (load.status) {
      case 'idle':
      case 'loading':
        return this.#renderSkeleton();
      case 'error': {
        const error = apiErrorText(context.messages, load.error);
        return html`
          <div class="alert alert--danger" role="alert">
            <h4 class="alert__title">${text.loadFailed}</h4>
            <p>${error.title}. ${error.body}</p>
            <button class="button button--secondary" type="button" @click=${() => this.reload()}>
              ${context.messages.common.retry}
            </button>
          </div>
        `;
      }
      case 'ready':
        return this.#renderList(load.value);
    }
  }

  #renderSkeleton(): TemplateResult {
    const text = casesMessages(this.context!.messages).list;
    const rows = Array.from({ length: Math.min(this.listState.pageSize, 10) });
    return html`
      <p class="loading-text" role="status"><span class="spinner" aria-hidden="true"></span>${text.loading}</p>
      <div class="table-wrap" aria-hidden="true">
        <table class="skeleton">
          <tbody>
            ${rows.map(
              () =>
                html`<tr>
                  <td><span></span></td>
                  <td><span></span></td>
                  <td><span></span></td>
                  <td><span></span></td>
                  <td><span></span></td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  #renderList(list: InvoiceListDto): TemplateResult {
    const context = this.context!;
    const text = casesMessages(context.messages).list;
    const items = list.cases ?? [];
    const total = list.page.totalResults ?? items.length;
    if (items.length === 0) {
      const filtered = this.listState.statuses.length > 0 || this.listState.query !== '';
      return filtered
        ? html`
            <div class="alert alert--info empty" role="status">
              <h4 class="alert__title">${text.noMatch.title}</h4>
              <p>${text.noMatch.body}</p>
              <button
                class="button button--secondary"
                type="button"
                @click=${() => this.#change({ statuses: [], query: '' })}
              >
                ${text.noMatch.action}
              </button>
            </div>
          `
        : html`
            <div class="alert alert--info empty" role="status">
              <h4 class="alert__title">${text.empty.title}</h4>
              <p>${text.empty.body}</p>
              <button
                class="button"
                type="button"
                @click=${() => this.dispatchEvent(navigateEvent({ view: 'new-case' }))}
              >
                ${text.empty.action}
              </button>
            </div>
          `;
    }
    const { first, last } = pageRange(this.listState.page, this.listState.pageSize, total);
    const range = { first, last, total };
    const row = this.#rowContext();
    // Explicit roles keep the table a table for screen readers where the narrow layout turns its rows into cards.
    return html`
      <p class="quiet" role="status">${plural(this.context!.messages.language, text.summary, total, range)}</p>
      <div class="table-wrap">
        <table role="table">
          <caption class="visually-hidden">
            ${interpolate(text.caption, range)}
          </caption>
          <thead>
            <tr role="row">
              <th scope="col" role="columnheader">${text.columns.debtor}</th>
              <th scope="col" role="columnheader">${text.columns.yourReference}</th>
              <th scope="col" role="columnheader" class="number">${text.columns.amount}</th>
              <th scope="col" role="columnheader">${text.columns.status}</th>
              <th scope="col" role="columnheader">${text.columns.created}</th>
              <th scope="col" role="columnheader">${text.columns.due}</th>
              <th scope="col" role="columnheader" class="number">${text.columns.collected}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map((item) => this.#renderRow(item, row))}
          </tbody>
        </table>
      </div>
      ${this.#renderPager(list)}
    `;
  }

  /** What every row of one render shares, worked out once for the page instead of once per row. */
  #rowContext(): RowContext {
    const context = this.context!;
    return {
      text: casesMessages(context.messages).list,
      messages: context.messages,
      locale: context.locale,
      tasksByCase: this.#tasks.value?.byCase,
      pattern: this.caseUrlPattern,
      pageUrl: this.caseUrlPattern ? (globalThis.location?.href ?? '') : '',
    };
  }

  /**
   * One template per row, with the status badge and the "nothing collected" dash inline: a hundred rows are a
   * hundred template instances, not four hundred. The card layout's detail labels come from CSS properties set
   * once on the list (see #labelDetails), not from an attribute on every cell. The cells are written without
   * whitespace between them (a hundred rows would clone 1,900 empty text nodes), and plain text goes in as
   * `.textContent`, which needs no comment marker and no child part per cell.
   */
  #renderRow(item: InvoiceDto, row: RowContext): TemplateResult {
    const { text, messages, locale } = row;
    const id = item.id ?? '';
    const collected = collectedSoFar(item);
    const name = item.debtor?.name || text.unnamedDebtor;
    const href = caseHref(row.pattern, id, row.pageUrl);
    const referenceId = `ref-${item.id}`;
    const amount = typeof item.grossAmount === 'number' ? formatMoney(item.grossAmount, item.currency, locale) : '';
    // prettier-ignore
    return html`<tr role="row"><th scope="row" role="rowheader">${
          href
            ? html`<a class="row-link" href=${href} data-case-id=${id} aria-describedby=${referenceId}>${name}</a>`
            : html`<button class="row-link" type="button" data-case-id=${id} aria-describedby=${referenceId}>${name}</button>`
        } <span class="reference" id=${referenceId} .textContent=${interpolate(text.reference, { reference: item.reference ?? '' })}></span></th
      ><td role="cell" class="detail your-reference" .textContent=${item.creditorReference ?? ''}></td
      ><td role="cell" class="number amount" .textContent=${amount}></td
      ><td role="cell" class="status"><span class="badge" part="status-badge" data-family=${statusFamily(item.lifecycle, item.closeCode)} .textContent=${statusLabel(messages, item.lifecycle)}></span>${renderCaseTaskBadge(row.tasksByCase?.get(id), messages)}</td
      ><td role="cell" class="date detail created" .textContent=${formatDate(item.dateCreated, locale)}></td
      ><td role="cell" class="date detail due" .textContent=${formatDate(item.dueDate, locale)}></td
      ><td role="cell" class="number detail collected ${collected === null ? 'quiet' : ''}" .textContent=${collected !== null ? formatMoney(collected, item.currency, locale) : '–'}></td
    ></tr>`;
  }

  #renderPager(list: InvoiceListDto): TemplateResult {
    const text = casesMessages(this.context!.messages).list;
    const pages = Math.max(1, list.page.totalPages ?? 1);
    return renderPager({
      page: Math.min(this.listState.page, pages),
      pages,
      words: text.pager,
      onPage: (page) => this.#goToPage(page),
      size: {
        id: 'page-size',
        label: text.pageSize,
        value: this.listState.pageSize,
        choices: caseListPageSizes,
        onChange: (pageSize) => this.#change({ pageSize }),
      },
    });
  }
}

export const caseListTag = 'debitura-case-list';

defineElement(caseListTag, CaseListView);

declare global {
  interface HTMLElementTagNameMap {
    'debitura-case-list': CaseListView;
  }
}
