// The loading, failure and paging blocks every console view draws the same way.
import { html, nothing, type TemplateResult } from 'lit';
import type { DebituraApiError } from '../../widget/api/api-error.js';
import { interpolate } from '../../widget/i18n/interpolate.js';
import { pageWindow } from '../../widget/views/cases/page-window.js';
import type { ConsoleContext } from '../console-context.js';
import { consoleErrorText } from '../console-error-text.js';

/** A status line and grey rows in the shape of the table to come (hidden from screen readers). */
export function renderSkeleton(label: string, rows: number, columns: number): TemplateResult {
  const cells = Array.from({ length: columns });
  return html`
    <p class="loading-text" role="status"><span class="spinner" aria-hidden="true"></span>${label}</p>
    <div class="skeleton" aria-hidden="true">
      ${Array.from({ length: rows }, () => html`<div class="skeleton__row">${cells.map(() => html`<span></span>`)}</div>`)}
    </div>
  `;
}

/** What failed, why, and a retry when asking again can help. */
export function renderLoadError(
  context: ConsoleContext,
  heading: string,
  error: DebituraApiError,
  retry: () => void,
): TemplateResult {
  const text = consoleErrorText(context, error);
  return html`
    <div class="alert alert--danger" role="alert">
      <h4 class="alert__title">${heading}</h4>
      <p>${text.title}. ${text.body}</p>
      ${
        error.recoverable || error.status === 403
          ? html`<button class="button button--secondary" type="button" @click=${retry}>
              ${context.messages.common.retry}
            </button>`
          : nothing
      }
    </div>
  `;
}

export interface PagerOptions {
  page: number;
  pages: number;
  pageSize: number;
  pageSizes: readonly number[];
  /** Keeps the page-size field's id unique in the view. */
  id: string;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

export function renderPager(context: ConsoleContext, options: PagerOptions): TemplateResult {
  const text = context.text.common;
  const { page, pages } = options;
  return html`
    <div class="pager">
      <nav aria-label=${text.pager.label}>
        <ul>
          <li>
            <button
              class="button button--secondary"
              type="button"
              ?disabled=${page <= 1}
              @click=${() => options.onPage(page - 1)}
            >
              ${text.pager.previous}
            </button>
          </li>
          ${pageWindow(page, pages).map((item) =>
            item === 'gap'
              ? html`<li class="gap" aria-hidden="true">…</li>`
              : html`<li>
                  <button
                    class="button button--secondary"
                    type="button"
                    aria-label=${interpolate(text.pager.page, { page: item })}
                    aria-current=${item === page ? 'page' : 'false'}
                    @click=${() => item !== page && options.onPage(item)}
                  >
                    ${item}
                  </button>
                </li>`,
          )}
          <li>
            <button
              class="button button--secondary"
              type="button"
              ?disabled=${page >= pages}
              @click=${() => options.onPage(page + 1)}
            >
              ${text.pager.next}
            </button>
          </li>
        </ul>
      </nav>
      <span class="quiet">${interpolate(text.pager.current, { page, pages })}</span>
      <div class="pager__size field--inline">
        <label for=${options.id}>${text.perPage}</label>
        <select
          id=${options.id}
          @change=${(event: Event) => options.onPageSize(Number((event.target as HTMLSelectElement).value))}
        >
          ${options.pageSizes.map(
            (size) => html`<option value=${size} ?selected=${size === options.pageSize}>${size}</option>`,
          )}
        </select>
      </div>
    </div>
  `;
}

/** Headline numbers as a description list: a label and a figure each. */
export function renderFigures(label: string, figures: ReadonlyArray<{ label: string; value: string }>) {
  return html`
    <div role="group" aria-label=${label}>
      <dl class="figures">
        ${figures.map(
          (figure) =>
            html`<div class="figure">
              <dt>${figure.label}</dt>
              <dd>${figure.value}</dd>
            </div>`,
        )}
      </dl>
    </div>
  `;
}
