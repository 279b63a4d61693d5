// "Needs your attention": the creditor's open tasks, most urgent first, each with what it is, which case, by when,
// and one action: a chat reply opens the case's messages here, anything else opens Debitura's own page for it.
// The queue resolves itself as the creditor acts, so the view asks again every minute while it is on screen.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { TaskDto } from '../../../wire/tasks.js';
import type { CustomerApi } from '../../api/customer-api-client.js';
import { LoadController } from '../../api/load-controller.js';
import { defineElement } from '../../define-element.js';
import { apiErrorEvent } from '../../events/api-error-event.js';
import { DebituraActionRequiredEvent } from '../../events/debitura-events.js';
import { formatDate } from '../../format/date.js';
import { interpolate } from '../../i18n/interpolate.js';
import { plural } from '../../i18n/plural.js';
import { LivePollController } from '../../live/live-poll-controller.js';
import type { PollSchedule } from '../../live/poll-schedule.js';
import { linkButtonStyles } from '../../styles/link-button.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import type { WidgetContext } from '../../widget-context.js';
import { navigateEvent } from '../navigate-event.js';
import { renderViewFailed, renderViewLoading } from '../view-states.js';
import { loadOpenTasks } from './open-tasks.js';
import { knownTaskType, taskAction } from './task-action.js';
import { renderTaskActionControl, type TaskHandoff } from './task-action-control.js';
import { deadlineText } from './deadline-text.js';
import { sortTasks, taskQueueFingerprint } from './task-order.js';
import { tasksStyles } from './tasks-styles.js';
import { addEnglish } from '../../i18n/en/shell.js';
import { tasks } from '../../i18n/en/tasks.js';

// This view's English arrives with its code.
addEnglish({ tasks });

/** Once a minute: tasks change when someone acts, rarely faster than a person reads the list. */
export const tasksPollSchedule: PollSchedule = { initialMs: 60_000, factor: 1, maxMs: 60_000 };

/**
 * The creditor's open tasks across every case.
 *
 * @fires {DebituraActionRequiredEvent} debitura-action-required - A task is opened on Debitura's page (`kind: 'task'`, or `signing`).
 * @fires {DebituraErrorEvent} debitura-error - The tasks could not be loaded.
 */
export class TasksView extends LitElement {
  static override styles = [sharedStyles, linkButtonStyles, tasksStyles];

  @property({ attribute: false }) context: WidgetContext | null = null;
  /** How often to ask again while the view is on screen. */
  @property({ attribute: false }) pollSchedule: PollSchedule = tasksPollSchedule;

  /** Tasks whose Debitura page the partner presents itself (it cancelled `debitura-action-required`). */
  @state() private presentedByPartner: ReadonlySet<string> = new Set();
  @state() private announcement = '';

  readonly #tasks = new LoadController<readonly [CustomerApi], TaskDto[]>(this, {
    args: () => (this.context ? [this.context.client] : null),
    load: ([client], signal) => loadOpenTasks(client, signal),
    onValue: (tasks) => this.#live.watch(tasks),
    onError: (error) => this.dispatchEvent(apiErrorEvent(error)),
  });

  readonly #live = new LivePollController<TaskDto[]>(this, {
    fetch: (signal) => loadOpenTasks(this.context!.client, signal),
    hasChanged: (previous, next) => taskQueueFingerprint(previous) !== taskQueueFingerprint(next),
    onChange: (next) => {
      this.#tasks.set(next);
      this.announcement = this.context?.messages.tasks.updated ?? '';
    },
    schedule: () => this.pollSchedule,
  });

  /** Loads the tasks again, e.g. after a failure. */
  reload(): void {
    this.#tasks.reload();
  }

  #openCase(caseId: string, section?: 'messages'): void {
    this.dispatchEvent(navigateEvent({ view: 'case', caseId, ...(section ? { section } : {}) }));
  }

  /** Tells the partner page; a partner that cancels the event presents the page its own way instead of the tab. */
  #onHandoff(event: MouseEvent, task: TaskDto, action: TaskHandoff): void {
    const required = new DebituraActionRequiredEvent({
      kind: action.actionKind,
      url: action.url,
      reasons: action.reasons,
    });
    this.dispatchEvent(required);
    if (!required.defaultPrevented) return;
    event.preventDefault();
    this.presentedByPartner = new Set([...this.presentedByPartner, task.id ?? action.url]);
  }

  protected override render(): TemplateResult {
    const context = this.context;
    if (!context) return html``;
    const words = context.messages.tasks;
    const load = this.#tasks.state;
    return html`
      <section class="tasks" aria-busy=${load.status === 'loading' || load.status === 'idle' ? 'true' : 'false'}>
        <div class="tasks__head">
          <h3 id="tasks-title">${words.title}</h3>
          <button
            class="button button--secondary"
            type="button"
            @click=${() => this.dispatchEvent(navigateEvent({ view: 'cases' }))}
          >
            ${words.allCases}
          </button>
        </div>
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
        ${this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const context = this.context!;
    const words = context.messages.tasks;
    const load = this.#tasks.state;
    switch (load.status) {
      case 'idle':
      case 'loading':
        return renderViewLoading(words.loading);
      case 'error':
        return renderViewFailed({
          messages: context.messages,
          title: words.loadFailed,
          error: load.error,
          retry: () => this.reload(),
        });
      case 'ready':
        return this.#renderTasks(load.value);
    }
  }

  #renderTasks(tasks: readonly TaskDto[]): TemplateResult {
    const words = this.context!.messages.tasks;
    if (tasks.length === 0) {
      return html`
        <div class="alert alert--success empty">
          <h4 class="alert__title">${words.empty.title}</h4>
          <p>${words.empty.body}</p>
        </div>
      `;
    }
    const now = new Date();
    return html`
      <p class="quiet">
        ${plural(this.context!.messages.language, words.count, tasks.length, { count: tasks.length })}. ${words.intro}
      </p>
      <ul class="list" aria-label=${words.listLabel}>
        ${sortTasks(tasks).map((task) => this.#renderTask(task, now))}
      </ul>
    `;
  }

  #renderTask(task: TaskDto, now: Date): TemplateResult {
    const context = this.context!;
    const words = context.messages.tasks;
    const deadline = deadlineText(task, now, words, context.locale);
    const overdue = deadline.overdue;
    const titleId = `task-${task.id}`;
    const title = task.title || words.untitled;
    return html`
      <li class="task ${overdue ? 'task--overdue' : ''}" data-task-id=${task.id ?? ''}>
        <div class="task__text">
          <span class="task__type">${words.types[knownTaskType(task.type)]}</span>
          <h4 id=${titleId}>${title}</h4>
          ${task.description ? html`<p>${task.description}</p>` : nothing}
          <p class="deadline ${overdue ? 'deadline--overdue' : 'quiet'}">
            ${deadline.text}
            ${task.dateCreated ? html` · ${interpolate(words.created, { date: formatDate(task.dateCreated, context.locale) })}` : nothing}
          </p>
        </div>
        <div class="task__actions">${this.#renderCase(task)} ${this.#renderAction(task, title)}</div>
      </li>
    `;
  }

  #renderCase(task: TaskDto): TemplateResult {
    const words = this.context!.messages.tasks;
    const caseId = task.caseId;
    if (!caseId) return html`<span class="quiet">${words.accountWide}</span>`;
    const reference = task.caseReference || caseId.slice(0, 8);
    return html`<button
      class="link-button"
      type="button"
      aria-label=${interpolate(words.openCaseLabel, { reference })}
      @click=${() => this.#openCase(caseId)}
    >
      ${interpolate(words.openCase, { reference })}
    </button>`;
  }

  #renderAction(task: TaskDto, title: string): TemplateResult {
    const context = this.context!;
    return renderTaskActionControl({
      task,
      title,
      action: taskAction(task, { returnUrl: context.returnUrl, isAllowed: context.isAllowedHandoffUrl }),
      messages: context.messages,
      presentedByPartner: this.presentedByPartner,
      onReply: (caseId) => this.#openCase(caseId, 'messages'),
      onHandoff: (event, handedOff, action) => this.#onHandoff(event, handedOff, action),
    });
  }
}

export const tasksTag = 'debitura-tasks';

defineElement(tasksTag, TasksView);

declare global {
  interface HTMLElementTagNameMap {
    'debitura-tasks': TasksView;
  }
}
