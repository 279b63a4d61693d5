// The pager of every paged list (the case list, the payments, the partner console's tables): previous, the page
// numbers `pageWindow` picks with gaps marked, next, where the reader is, and the page size where there is one.
// The buttons are a named group, not a <nav>: a page may hold several widgets, and each adds one landmark only.
import { html, nothing, type TemplateResult } from 'lit';
import { interpolate } from '../../i18n/interpolate.js';
import { pageWindow } from './page-window.js';

export interface PagerWords {
  /** The group's name ("Pages"). */
  label: string;
  previous: string;
  next: string;
  /** A page number's name, with `{page}`. */
  page: string;
  /** Where the reader is, with `{page}` and `{pages}`. */
  current: string;
}

export interface PageSizeChoice {
  /** The select's id, unique in the view. */
  id: string;
  label: string;
  value: number;
  choices: readonly number[];
  onChange: (size: number) => void;
}

export interface PagerOptions {
  page: number;
  pages: number;
  words: PagerWords;
  onPage: (page: number) => void;
  /** A page-size select beside the pages; none without it. */
  size?: PageSizeChoice;
}

export function renderPager({ page, pages, words, onPage, size }: PagerOptions): TemplateResult {
  return html`
    <div class="pager">
      <div role="group" aria-label=${words.label}>
        <ul>
          <li>
            <button
              class="button button--secondary"
              type="button"
              ?disabled=${page <= 1}
              @click=${() => onPage(page - 1)}
            >
              ${words.previous}
            </button>
          </li>
          ${pageWindow(page, pages).map((item) =>
            item === 'gap'
              ? html`<li class="gap" aria-hidden="true">…</li>`
              : html`<li>
                  <button
                    class="button button--secondary"
                    type="button"
                    aria-label=${interpolate(words.page, { page: item })}
                    aria-current=${item === page ? 'page' : 'false'}
                    @click=${() => item !== page && onPage(item)}
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
              @click=${() => onPage(page + 1)}
            >
              ${words.next}
            </button>
          </li>
        </ul>
      </div>
      <span class="quiet">${interpolate(words.current, { page, pages })}</span>
      ${size ? renderPageSize(size) : nothing}
    </div>
  `;
}

function renderPageSize(size: PageSizeChoice): TemplateResult {
  return html`<div class="pager__size">
    <label for=${size.id}>${size.label}</label>
    <select id=${size.id} @change=${(event: Event) => size.onChange(Number((event.target as HTMLSelectElement).value))}>
      ${size.choices.map((choice) => html`<option value=${choice} ?selected=${choice === size.value}>${choice}</option>`)}
    </select>
  </div>`;
}
