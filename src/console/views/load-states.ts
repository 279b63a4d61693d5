// The loading and failure blocks and the headline figures every console view draws the same way.
import { html, nothing, type TemplateResult } from 'lit';
import type { DebituraApiError } from '../../widget/api/api-error.js';
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
