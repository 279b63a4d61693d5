// What the new-case form says about the invoice the partner handed over: a choice when a new invoice arrives
// while the user has typed, and the parts of an invoice the form had no place for.
import { html, nothing, type TemplateResult } from 'lit';
import type { NewCaseMessages } from '../../i18n/en/new-case.js';
import { interpolate } from '../../i18n/interpolate.js';
import { busyButton } from './busy-button.js';

export const draftPromptTitleId = 'draft-prompt-title';

export interface DraftNoticesProps {
  messages: NewCaseMessages;
  /** A new invoice waits for the user's answer. */
  pending: boolean;
  /** Parts of the current invoice the form has no field for. */
  unused: readonly string[];
  busy: boolean;
  onReplace: () => void;
  onKeep: () => void;
}

export function renderDraftNotices(props: DraftNoticesProps): TemplateResult {
  const m = props.messages.draft;
  return html`
    ${
      props.pending
        ? html`<div class="alert alert--info" part="alert" role="group" aria-labelledby=${draftPromptTitleId}>
            <h4 class="problem-title" id=${draftPromptTitleId} tabindex="-1">${m.replaceTitle}</h4>
            <p>${m.replaceBody}</p>
            <div class="actions">
              ${busyButton({ type: 'button', busy: props.busy, label: m.replace, busyLabel: m.replace, onClick: props.onReplace })}
              <button class="button button--secondary" type="button" @click=${props.onKeep}>${m.keep}</button>
            </div>
          </div>`
        : nothing
    }
    ${
      props.unused.length > 0
        ? html`<div class="alert alert--warning" part="alert">
            <h4 class="problem-title">${m.unusedTitle}</h4>
            <p>${interpolate(m.unused, { fields: props.unused.join(', ') })}</p>
          </div>`
        : nothing
    }
  `;
}
