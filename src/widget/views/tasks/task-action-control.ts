// The one control a task offers, the same wherever a task is listed (the tasks view, a case): a Reply button, a
// link to Debitura's page for it (or a note once the partner page presents that page itself), or a hint.
import { html, type TemplateResult } from 'lit';
import type { TaskDto } from '../../../wire/tasks.js';
import type { Messages } from '../../i18n/en/index.js';
import { interpolate } from '../../i18n/interpolate.js';
import type { TaskAction } from './task-action.js';
import { addEnglish } from '../../i18n/en/shell.js';
import { tasks } from '../../i18n/en/tasks.js';

// This view's English arrives with its code.
addEnglish({ tasks });

export type TaskHandoff = Extract<TaskAction, { kind: 'handoff' }>;

export interface TaskActionControlOptions {
  task: TaskDto;
  /** The title shown for the task, named in the control's accessible label. */
  title: string;
  action: TaskAction;
  messages: Messages;
  /** Tasks whose Debitura page the partner presents itself. */
  presentedByPartner: ReadonlySet<string>;
  onReply: (caseId: string) => void;
  onHandoff: (event: MouseEvent, task: TaskDto, action: TaskHandoff) => void;
}

export function renderTaskActionControl(options: TaskActionControlOptions): TemplateResult {
  const { task, title, action, messages } = options;
  const words = messages.tasks;
  switch (action.kind) {
    case 'reply':
      return html`<button
        class="button"
        type="button"
        aria-label=${interpolate(words.actionLabel, { action: words.reply, title })}
        @click=${() => options.onReply(action.caseId)}
      >
        ${words.reply}
      </button>`;
    case 'handoff':
      if (options.presentedByPartner.has(task.id ?? action.url)) {
        return html`<p class="quiet" role="status">${words.presentedByPartner}</p>`;
      }
      return html`<a
        class="button button--secondary"
        href=${action.url}
        target="_blank"
        rel="noopener noreferrer"
        aria-label=${`${interpolate(words.actionLabel, { action: words.openAtDebitura, title })} ${messages.common.opensInNewTab}`}
        @click=${(event: MouseEvent) => options.onHandoff(event, task, action)}
        >${words.openAtDebitura}</a
      >`;
    case 'none':
      return html`<p class="quiet">${words.noLink}</p>`;
  }
}
