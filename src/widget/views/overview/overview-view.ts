// The account at a glance: open cases per status as bars (with the same figures as a table for anyone who would
// rather read, or cannot see them), what is still owed and what came back per currency, the tasks waiting, and
// the latest events on any case. It asks again every two minutes while on screen and whenever it is put back.
import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CustomerApi } from '../../api/customer-api-client.js';
import { LoadController } from '../../api/load-controller.js';
import { defineElement } from '../../define-element.js';
import { apiErrorEvent } from '../../events/api-error-event.js';
import { formatDate } from '../../format/date.js';
import { formatMoney, formatNumber, formatPercent } from '../../format/money.js';
import { interpolate } from '../../i18n/interpolate.js';
import { plural } from '../../i18n/plural.js';
import { LivePollController } from '../../live/live-poll-controller.js';
import type { PollSchedule } from '../../live/poll-schedule.js';
import { linkButtonStyles } from '../../styles/link-button.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import type { WidgetContext } from '../../widget-context.js';
import { timelineEntryText } from '../case-detail/timeline-entry.js';
import { navigateEvent } from '../navigate-event.js';
import { renderViewFailed, renderViewHead, renderViewLoading, viewStateStyles } from '../view-states.js';
import { loadOverview, type Overview } from './load-overview.js';
import { barPercent, recoveredShare, type CaseEvent, type OverviewFigures } from './overview-figures.js';
import { overviewStyles } from './overview-styles.js';
import { addEnglish } from '../../i18n/en/shell.js';
import { cases } from '../../i18n/en/cases.js';
import { overview } from '../../i18n/en/overview.js';
import { tasks } from '../../i18n/en/tasks.js';

// This view's English arrives with its code.
addEnglish({ cases, overview, tasks });

/** Every two minutes: the overview reads every case, and its figures move slower than a task queue. */
export const overviewPollSchedule: PollSchedule = { initialMs: 120_000, factor: 1, maxMs: 120_000 };

function overviewFingerprint(overview: Overview): string {
  return JSON.stringify([
    overview.figures,
    overview.totalResults,
    overview.openTasks,
    overview.events.map((event) => [event.caseId, event.item.date, event.item.type]),
  ]);
}

/**
 * The creditor's account at a glance.
 *
 * @fires {DebituraErrorEvent} debitura-error - The overview could not be loaded.
 */
export class OverviewView extends LitElement {
  static override styles = [sharedStyles, linkButtonStyles, viewStateStyles, overviewStyles];

  @property({ attribute: false }) context: WidgetContext | null = null;
  /** How often to ask again while the view is on screen. */
  @property({ attribute: false }) pollSchedule: PollSchedule = overviewPollSchedule;

  @state() private announcement = '';
  /** The open-cases chart is also shown as a table. */
  @state() private tableShown = false;

  readonly #overview = new LoadController<readonly [CustomerApi], Overview>(this, {
    args: () => (this.context ? [this.context.client] : null),
    load: ([client], signal) => loadOverview(client, signal),
    onValue: (overview) => this.#live.watch(overview),
    onError: (error) => this.dispatchEvent(apiErrorEvent(error)),
  });

  readonly #live = new LivePollController<Overview>(this, {
    fetch: (signal) => loadOverview(this.context!.client, signal),
    hasChanged: (previous, next) => overviewFingerprint(previous) !== overviewFingerprint(next),
    onChange: (next) => {
      this.#overview.set(next);
      this.announcement = this.context?.messages.overview.updated ?? '';
    },
    schedule: () => this.pollSchedule,
  });

  /** Loads the overview again, e.g. after a failure. */
  reload(): void {
    this.#overview.reload();
  }

  protected override render(): TemplateResult {
    const context = this.context;
    if (!context) return html``;
    const words = context.messages.overview;
    const load = this.#overview.state;
    let body: TemplateResult;
    switch (load.status) {
      case 'idle':
      case 'loading':
        body = renderViewLoading(words.loading, 4);
        break;
      case 'error':
        body = renderViewFailed({
          messages: context.messages,
          title: words.loadFailed,
          error: load.error,
          retry: () => this.reload(),
        });
        break;
      case 'ready':
        body = this.#renderOverview(load.value);
    }
    return html`
      <section class="overview" aria-busy=${load.status === 'loading' || load.status === 'idle' ? 'true' : 'false'}>
        ${renderViewHead({
          id: 'overview-title',
          title: words.title,
          allCases: words.allCases,
          openCases: () => this.dispatchEvent(navigateEvent({ view: 'cases' })),
        })}
        <p class="quiet">${words.intro}</p>
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
        ${body}
      </section>
    `;
  }

  #renderOverview(overview: Overview): TemplateResult {
    const context = this.context!;
    const words = context.messages.overview;
    if (overview.figures.totalCases === 0) {
      return html`
        <div class="alert alert--info empty">
          <h4 class="alert__title">${words.empty.title}</h4>
          <p>${words.empty.body}</p>
          <p>
            <button
              class="button"
              type="button"
              @click=${() => this.dispatchEvent(navigateEvent({ view: 'new-case' }))}
            >
              ${words.empty.newCase}
            </button>
          </p>
        </div>
        ${this.#renderTasks(overview.openTasks)}
      `;
    }
    return html`
      ${
        overview.totalResults > overview.figures.totalCases
          ? html`<p class="alert alert--warning">
              ${interpolate(words.truncated, {
                shown: formatNumber(overview.figures.totalCases, context.locale, 0),
                total: formatNumber(overview.totalResults, context.locale, 0),
              })}
            </p>`
          : nothing
      }
      <div class="overview__grid">
        ${this.#renderTasks(overview.openTasks)} ${this.#renderLifecycle(overview.figures)}
        ${this.#renderMoney(overview.figures)} ${this.#renderEvents(overview.events)}
      </div>
    `;
  }

  #renderTasks(count: number): TemplateResult {
    const messages = this.context!.messages;
    const words = messages.overview.tasks;
    return html`<section class="card card--tasks ${count > 0 ? 'card--attention' : ''}">
      <h4 id="tasks-title">${words.heading}</h4>
      <p class="figure" data-figure="tasks">
        ${count > 0 ? plural(messages.language, messages.tasks.count, count, { count }) : words.none}
      </p>
      ${
        count > 0
          ? html`<p>
              <button
                class="button button--secondary"
                type="button"
                @click=${() => this.dispatchEvent(navigateEvent({ view: 'tasks' }))}
              >
                ${words.open}
              </button>
            </p>`
          : nothing
      }
    </section>`;
  }

  #renderLifecycle(figures: OverviewFigures): TemplateResult {
    const context = this.context!;
    const words = context.messages.overview.lifecycle;
    const largest = Math.max(0, ...figures.byLifecycle.map((entry) => entry.count));
    return html`<section class="card">
      <h4 id="lifecycle-title">${words.heading}</h4>
      <p class="figure" data-figure="open-cases">
        ${plural(context.messages.language, words.total, figures.openCases, { count: figures.openCases })}
      </p>
      ${
        figures.byLifecycle.length === 0
          ? html`<p class="quiet">${words.none}</p>`
          : html`
              <div class="bars" aria-hidden="true">
                ${figures.byLifecycle.map(
                  (entry) =>
                    html`<div class="bars__row" data-status=${entry.status}>
                      <span class="bars__label">${context.messages.status[entry.status]}</span>
                      <svg class="bars__track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                        ${svg`<rect class="bar bar--${entry.family}" x="0" y="0" height="10" width=${barPercent(entry.count, largest)}></rect>`}
                      </svg>
                      <span class="bars__value">${formatNumber(entry.count, context.locale, 0)}</span>
                    </div>`,
                )}
              </div>
              <p>
                <button
                  class="button button--quiet"
                  type="button"
                  aria-pressed=${this.tableShown ? 'true' : 'false'}
                  aria-controls="lifecycle-table"
                  @click=${() => (this.tableShown = !this.tableShown)}
                >
                  ${this.tableShown ? words.hideTable : words.showTable}
                </button>
              </p>
              <table id="lifecycle-table" class=${this.tableShown ? 'figures' : 'figures visually-hidden'}>
                <caption>
                  ${words.tableCaption}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${words.status}</th>
                    <th scope="col" class="number">${words.cases}</th>
                  </tr>
                </thead>
                <tbody>
                  ${figures.byLifecycle.map(
                    (entry) =>
                      html`<tr data-status=${entry.status}>
                        <th scope="row">${context.messages.status[entry.status]}</th>
                        <td class="number">${formatNumber(entry.count, context.locale, 0)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            `
      }
    </section>`;
  }

  #renderMoney(figures: OverviewFigures): TemplateResult {
    const context = this.context!;
    const words = context.messages.overview.money;
    const money = (amount: number, currency: string) => formatMoney(amount, currency || null, context.locale);
    return html`<section class="card card--full">
      <h4 id="money-title">${words.heading}</h4>
      <!-- Focusable, so a keyboard can scroll it when the amounts do not fit a phone. -->
      <div class="table-wrap" tabindex="0" role="group" aria-label=${words.caption}>
        <table class="figures money">
          <caption class="visually-hidden">
            ${words.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${words.currency}</th>
              <th scope="col" class="number">${words.outstanding}</th>
              <th scope="col" class="number">${words.recovered}</th>
              <th scope="col">${words.share}</th>
            </tr>
          </thead>
          <tbody>
            ${figures.amounts.map((entry) => {
              const share = recoveredShare(entry);
              return html`<tr data-currency=${entry.currency}>
                <th scope="row">${entry.currency || words.noCurrency}</th>
                <td class="number" data-amount="outstanding">${money(entry.outstanding, entry.currency)}</td>
                <td class="number" data-amount="recovered">${money(entry.recovered, entry.currency)}</td>
                <td class="share">
                  <svg
                    class="share__bar"
                    viewBox="0 0 100 10"
                    preserveAspectRatio="none"
                    aria-hidden="true"
                    focusable="false"
                  >
                    ${svg`<rect class="share__outstanding" x="0" y="0" width="100" height="10"></rect>
                      <rect class="share__recovered" x="0" y="0" width=${share} height="10"></rect>`}
                  </svg>
                  <span data-share>${formatPercent(share, context.locale)}</span>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  #renderEvents(events: readonly CaseEvent[]): TemplateResult {
    const context = this.context!;
    const words = context.messages.overview.events;
    return html`<section class="card card--full">
      <h4 id="events-title">${words.heading}</h4>
      ${
        events.length === 0
          ? html`<p class="quiet">${words.none}</p>`
          : html`<ol class="events">
              ${events.map((event) => {
                const entry = timelineEntryText(event.item, context.messages, context.messages.cases, context.locale);
                return html`<li data-case-id=${event.caseId}>
                  <time datetime=${event.item.date ?? ''}>${formatDate(event.item.date, context.locale)}</time>
                  <span class="events__text"
                    ><strong>${entry.kind}</strong>${entry.detail ? html` · ${entry.detail}` : nothing}</span
                  >
                  <button
                    class="link-button"
                    type="button"
                    aria-label=${interpolate(words.openCaseLabel, { reference: event.reference })}
                    @click=${() => this.dispatchEvent(navigateEvent({ view: 'case', caseId: event.caseId }))}
                  >
                    ${interpolate(words.openCase, { reference: event.reference })}
                  </button>
                </li>`;
              })}
            </ol>`
      }
    </section>`;
  }
}

export const overviewTag = 'debitura-overview';

defineElement(overviewTag, OverviewView);

declare global {
  interface HTMLElementTagNameMap {
    'debitura-overview': OverviewView;
  }
}
