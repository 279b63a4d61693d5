// The states every workspace view (tasks, payments, overview) draws the same way: its heading with the way back
// to the cases, the loading skeleton, and the failure with its retry. One look, one set of words.
import { css, html, type TemplateResult } from 'lit';
import type { DebituraApiError } from '../api/api-error.js';
import { apiErrorText } from '../errors/error-text.js';
import type { Messages } from '../i18n/en/index.js';

export function renderViewHead(options: {
  id: string;
  title: string;
  allCases: string;
  openCases: () => void;
}): TemplateResult {
  return html`<div class="view__head">
    <h3 id=${options.id}>${options.title}</h3>
    <button class="button button--secondary" type="button" @click=${options.openCases}>${options.allCases}</button>
  </div>`;
}

/** A spinner with what is loading, and grey bars where the content will be. */
export function renderViewLoading(label: string, bars = 3): TemplateResult {
  return html`
    <p class="quiet" role="status"><span class="spinner" aria-hidden="true"></span>${label}</p>
    <div class="skeleton" aria-hidden="true">${Array.from({ length: bars }, () => html`<span></span>`)}</div>
  `;
}

export function renderViewFailed(options: {
  messages: Messages;
  title: string;
  error: DebituraApiError;
  retry: () => void;
}): TemplateResult {
  const error = apiErrorText(options.messages, options.error);
  return html`
    <div class="alert alert--danger" role="alert">
      <h4 class="alert__title">${options.title}</h4>
      <p>${error.title}. ${error.body}</p>
      <p>
        <button class="button button--secondary" type="button" @click=${options.retry}>
          ${options.messages.common.retry}
        </button>
      </p>
    </div>
  `;
}

export const viewStateStyles = css`
  .view__head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  h3,
  h4,
  p {
    margin: 0;
  }
  h3 {
    font-size: 1.125em;
  }
  h4 {
    font-size: 1em;
  }
  .quiet {
    color: var(--_muted);
  }
  .skeleton {
    display: grid;
    gap: var(--_space);
  }
  .skeleton span {
    display: block;
    height: 3em;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
`;
