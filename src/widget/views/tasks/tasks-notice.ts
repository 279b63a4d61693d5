// What the case list shows of the creditor's tasks: one line above the list that leads to the tasks view, and a
// small count on each case with open tasks. Silent while the tasks load or when they cannot be loaded: the list
// itself is what the reader came for.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/en/index.js';
import { plural } from '../../i18n/plural.js';
import { linkButtonStyles } from '../../styles/link-button.js';
import { addEnglish } from '../../i18n/en/shell.js';
import { tasks } from '../../i18n/en/tasks.js';

// This view's English arrives with its code.
addEnglish({ tasks });

export function renderTasksNotice(
  count: number,
  messages: Messages,
  open: () => void,
): TemplateResult | typeof nothing {
  if (count <= 0) return nothing;
  return html`<p class="tasks-notice">
    <button class="link-button tasks-notice__link" type="button" @click=${open}>
      ${plural(messages.language, messages.tasks.count, count, { count })}
    </button>
  </p>`;
}

export function renderCaseTaskBadge(count: number | undefined, messages: Messages): TemplateResult | typeof nothing {
  if (!count) return nothing;
  return html`<span class="task-badge">${plural(messages.language, messages.tasks.caseBadge, count, { count })}</span>`;
}

export const tasksNoticeStyles = [
  linkButtonStyles,
  css`
    .tasks-notice {
      margin: 0;
      padding: var(--_space) calc(var(--_space) * 2);
      border: 1px solid var(--_warning);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      background: var(--_warning-surface);
    }
    .tasks-notice__link {
      color: var(--_text);
      font-weight: 700;
    }
    /* On its own line under the status badge: the status cell never wraps, and must fit a phone. */
    .task-badge {
      display: block;
      width: max-content;
      margin-block-start: calc(var(--_space) * 0.5);
      padding: 0.125em 0.5em;
      border: 1px solid var(--_warning);
      border-radius: 999px;
      font-size: 0.75em;
      font-weight: 600;
      white-space: nowrap;
    }
  `,
];
