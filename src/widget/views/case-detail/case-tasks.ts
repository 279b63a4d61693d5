// The case's own open tasks, most urgent first, in the tasks view's words: a chat reply moves the cursor to the
// reply box below, anything else opens Debitura's page for it (announced first, so the partner may present it).
import { html, nothing, type TemplateResult } from 'lit';
import type { TaskDto } from '../../../wire/tasks.js';
import type { Messages } from '../../i18n/en/index.js';
import { deadlineText } from '../tasks/deadline-text.js';
import { knownTaskType, type TaskAction } from '../tasks/task-action.js';
import { renderTaskActionControl, type TaskHandoff } from '../tasks/task-action-control.js';
import { sortTasks } from '../tasks/task-order.js';
import { addEnglish } from '../../i18n/en/shell.js';
import { engagement } from '../../i18n/en/engagement.js';
import { tasks } from '../../i18n/en/tasks.js';

// This view's English arrives with its code.
addEnglish({ engagement, tasks });

export interface CaseTasksOptions {
  tasks: readonly TaskDto[];
  messages: Messages;
  locale: string;
  now: Date;
  actionOf: (task: TaskDto) => TaskAction;
  /** Tasks whose Debitura page the partner presents itself. */
  presentedByPartner: ReadonlySet<string>;
  reply: () => void;
  handoff: (event: MouseEvent, task: TaskDto, action: TaskHandoff) => void;
}

export function renderCaseTasks(options: CaseTasksOptions): TemplateResult | typeof nothing {
  const { tasks, messages } = options;
  if (tasks.length === 0) return nothing;
  const words = messages.engagement.tasks;
  return html`
    <section class="case-tasks">
      <h4 id="case-tasks-title">${words.heading}</h4>
      <p class="quiet">${words.intro}</p>
      <ul class="plain case-tasks__list" aria-label=${messages.tasks.listLabel}>
        ${sortTasks(tasks).map((task) => renderTask(task, options))}
      </ul>
    </section>
  `;
}

function renderTask(task: TaskDto, options: CaseTasksOptions): TemplateResult {
  const words = options.messages.tasks;
  const deadline = deadlineText(task, options.now, words, options.locale);
  const title = task.title || words.untitled;
  return html`
    <li class="case-task ${deadline.overdue ? 'case-task--overdue' : ''}" data-task-id=${task.id ?? ''}>
      <div class="case-task__text">
        <span class="case-task__type">${words.types[knownTaskType(task.type)]}</span>
        <h5>${title}</h5>
        ${task.description ? html`<p>${task.description}</p>` : nothing}
        <p class=${deadline.overdue ? 'deadline--overdue' : 'quiet'}>${deadline.text}</p>
      </div>
      <div class="case-task__action">
        ${renderTaskActionControl({
          task,
          title,
          action: options.actionOf(task),
          messages: options.messages,
          presentedByPartner: options.presentedByPartner,
          onReply: options.reply,
          onHandoff: options.handoff,
        })}
      </div>
    </li>
  `;
}
