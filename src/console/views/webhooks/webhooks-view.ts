// Webhook subscriptions (Referral `/v1/Webhooks`): the list with each subscription's delivery health, and what
// staff do with them: subscribe an address to events, change its events, pause and resume deliveries, rotate the
// signing secret (shown once, to copy), delete after a confirmation, and in a test environment send a test
// event. Each action passes only if the partner enabled it in its proxy; the proxy's refusal is said plainly.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { referralWebhookEvents, type ReferralWebhookEvent, type WebhookDto } from '../../../wire/webhooks.js';
import { toApiError } from '../../../widget/api/api-error.js';
import { LoadController } from '../../../widget/api/load-controller.js';
import { defineElement } from '../../../widget/define-element.js';
import { apiErrorEvent } from '../../../widget/events/api-error-event.js';
import { formatDateTime } from '../../../widget/format/date.js';
import { interpolate } from '../../../widget/i18n/interpolate.js';
import { plural } from '../../../widget/i18n/plural.js';
import { sharedStyles } from '../../../widget/styles/shared-styles.js';
import type { ConsoleContext } from '../../console-context.js';
import { consoleErrorText } from '../../console-error-text.js';
import { consoleViewStyles } from '../../styles/console-view-styles.js';
import { loadClientChoices, renderClientOptions } from '../client-choices.js';
import { copyText, type CopyOutcome } from '../copy-text.js';
import { renderLoadError, renderSkeleton } from '../load-states.js';
import { webhooksStyles } from './webhooks-styles.js';
import {
  orderedEvents,
  testEventSubject,
  testableWebhookEvents,
  webhookHealth,
  webhookUrlProblem,
  type WebhookUrlProblem,
} from './webhook-rules.js';

/**
 * Where an action's result is told: `create` (the new-subscription form), `test` (the test form), `list` (above
 * the list), or one subscription's id.
 */
type Scope = string;

interface Outcome {
  scope: Scope;
  kind: 'done' | 'failed';
  title: string;
  body?: string;
}

/**
 * Webhook subscriptions.
 *
 * @fires {DebituraErrorEvent} debitura-error - The list could not be loaded, or an action failed.
 */
export class ConsoleWebhooksView extends LitElement {
  static override styles = [sharedStyles, ...consoleViewStyles, webhooksStyles];

  @property({ attribute: false }) context: ConsoleContext | null = null;

  @state() private creating = false;
  @state() private draftUrl = '';
  @state() private draftEvents: ReadonlySet<string> = new Set();
  @state() private draftTestMode = false;
  @state() private urlProblem: WebhookUrlProblem | null = null;
  @state() private eventsMissing = false;
  /** The subscription whose events are being edited, and the events picked so far. */
  @state() private editing: { id: string; events: ReadonlySet<string> } | null = null;
  @state() private confirmingDelete: string | null = null;
  /** A signing secret Debitura just returned: shown until staff say they stored it, never again. */
  @state() private secret: { url: string; value: string } | null = null;
  @state() private copyOutcome: CopyOutcome | null = null;
  @state() private busy: Scope | null = null;
  @state() private outcome: Outcome | null = null;
  @state() private testEvent: ReferralWebhookEvent = 'client.linked';
  @state() private testClient = '';
  /** The confirmation that already took focus, so a re-render does not take it again. */
  #focusedConfirm: string | null = null;

  readonly #list = new LoadController(this, {
    args: () => (this.context ? ([this.context.client] as const) : null),
    load: ([client], signal) => client.listWebhooks(signal),
    onError: (error) => this.dispatchEvent(apiErrorEvent(error)),
  });

  readonly #clients = new LoadController(this, {
    args: () => (this.context && this.#testable() ? ([this.context.client] as const) : null),
    load: ([client], signal) => loadClientChoices(client, signal),
  });

  /** Test events exist in Debitura's test environment (and the sandbox) only. */
  #testable(): boolean {
    return this.context?.environment === 'test' || this.context?.environment === 'sandbox';
  }

  /** Runs one action: busy while it runs, its result told where it was asked for, a failure also as an event. */
  async #run(scope: Scope, action: () => Promise<string | void>): Promise<boolean> {
    const context = this.context!;
    this.busy = scope;
    this.outcome = null;
    try {
      const done = await action();
      if (done) this.outcome = { scope, kind: 'done', title: done };
      return true;
    } catch (thrown) {
      const error = toApiError(thrown);
      const text = consoleErrorText(context, error);
      this.outcome = { scope, kind: 'failed', title: text.title, body: text.body };
      this.dispatchEvent(apiErrorEvent(error));
      return false;
    } finally {
      this.busy = null;
    }
  }

  #showSecret(webhook: WebhookDto): void {
    if (!webhook.secret) return;
    this.secret = { url: webhook.url ?? '', value: webhook.secret };
    this.copyOutcome = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#secret-title')?.focus());
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const context = this.context!;
    this.urlProblem = webhookUrlProblem(this.draftUrl, context.environment === 'sandbox');
    this.eventsMissing = this.draftEvents.size === 0;
    if (this.urlProblem || this.eventsMissing) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], fieldset.invalid input')?.focus();
      return;
    }
    const created = await this.#run('create', async () => {
      const webhook = await context.client.createWebhook({
        url: this.draftUrl.trim(),
        events: orderedEvents(this.draftEvents),
        isTestMode: this.draftTestMode,
      });
      this.#showSecret(webhook);
      return context.text.webhooks.done.created;
    });
    if (created) {
      this.creating = false;
      this.draftUrl = '';
      this.draftEvents = new Set();
      this.draftTestMode = false;
      this.#list.refresh();
    }
  }

  async #update(webhook: WebhookDto, change: 'events' | 'activate' | 'deactivate' | 'regenerate'): Promise<void> {
    const context = this.context!;
    const text = context.text.webhooks.done;
    const id = webhook.id!;
    const updated = await this.#run(id, async () => {
      switch (change) {
        case 'events':
          await context.client.updateWebhook(id, { events: orderedEvents(this.editing?.events ?? []) });
          return text.updated;
        case 'activate':
        case 'deactivate':
          await context.client.updateWebhook(id, { isActive: change === 'activate' });
          return change === 'activate' ? text.activated : text.deactivated;
        case 'regenerate':
          this.#showSecret(await context.client.updateWebhook(id, { regenerateSecret: true }));
          return text.regenerated;
      }
    });
    if (updated) {
      if (change === 'events') this.editing = null;
      this.#list.refresh();
    }
  }

  async #delete(webhook: WebhookDto): Promise<void> {
    const context = this.context!;
    const deleted = await this.#run(webhook.id!, async () => {
      await context.client.deleteWebhook(webhook.id!);
    });
    this.confirmingDelete = null;
    if (deleted) {
      this.outcome = { scope: 'list', kind: 'done', title: context.text.webhooks.done.deleted };
      this.#list.refresh();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#webhooks-title')?.focus();
    }
  }

  async #sendTest(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const context = this.context!;
    const text = context.text.webhooks.test;
    const eventType = this.testEvent;
    const tenant = this.testClient || this.#clients.value?.[0]?.externalTenantId || '';
    await this.#run('test', async () => {
      let subject: { caseId: string } | { externalTenantId: string };
      if (testEventSubject(eventType) === 'case') {
        // The client's newest case: staff pick a client, not a case id.
        const cases = await context.client.listCases({ ExternalTenantId: tenant, PageSize: 1 });
        const caseId = cases.cases?.[0]?.id;
        if (!caseId) return text.noCase;
        subject = { caseId };
      } else {
        subject = { externalTenantId: tenant };
      }
      const answer = await context.client.testWebhook({ eventType, ...subject });
      const count = answer.enqueuedCount ?? 0;
      return plural(context.text.language, text.sent, count, { count, event: eventType });
    });
  }

  protected override render(): TemplateResult {
    const context = this.context;
    if (!context) return html``;
    const text = context.text.webhooks;
    const load = this.#list.state;
    return html`
      <section class="view" aria-labelledby="webhooks-title" aria-busy=${load.status === 'loading' ? 'true' : 'false'}>
        <div class="view__head">
          <h3 id="webhooks-title" tabindex="-1">${text.title}</h3>
          ${
            this.creating
              ? nothing
              : html`<button class="button" type="button" @click=${() => this.#openCreate()}>${text.create}</button>`
          }
        </div>
        <p class="quiet">${text.intro}</p>
        ${this.#renderSecret()} ${this.#renderOutcome('list')} ${this.creating ? this.#renderCreate() : nothing}
        ${
          load.status === 'ready'
            ? this.#renderList(load.value)
            : load.status === 'error'
              ? renderLoadError(context, context.text.errors.loadFailed, load.error, () => this.#list.reload())
              : renderSkeleton(text.loading, 3, 3)
        }
        ${this.#testable() ? this.#renderTest() : nothing}
      </section>
    `;
  }

  #openCreate(): void {
    this.creating = true;
    this.outcome = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#webhook-url')?.focus());
  }

  #renderOutcome(scope: Scope): TemplateResult | typeof nothing {
    const outcome = this.outcome;
    if (!outcome || outcome.scope !== scope) return nothing;
    return outcome.kind === 'done'
      ? html`<p class="alert alert--success outcome" role="status">${outcome.title}</p>`
      : html`<div class="alert alert--danger outcome" role="alert">
          <h4 class="alert__title">${this.context!.text.webhooks.actionFailed} ${outcome.title}</h4>
          ${outcome.body ? html`<p>${outcome.body}</p>` : nothing}
        </div>`;
  }

  #renderSecret(): TemplateResult | typeof nothing {
    const secret = this.secret;
    if (!secret) return nothing;
    const context = this.context!;
    const text = context.text.webhooks.secret;
    const common = context.text.common;
    return html`
      <div class="alert alert--warning secret" role="region" aria-labelledby="secret-title">
        <h4 class="alert__title" id="secret-title" tabindex="-1">${text.title}</h4>
        <p>${text.body}</p>
        <div class="copy-row">
          <label class="visually-hidden" for="webhook-secret">${interpolate(text.label, { url: secret.url })}</label>
          <input id="webhook-secret" type="text" readonly .value=${secret.value} />
          <button
            class="button button--secondary"
            type="button"
            @click=${async () => (this.copyOutcome = await copyText(secret.value))}
          >
            ${common.copy}
          </button>
          <button class="button" type="button" @click=${() => (this.secret = null)}>${text.done}</button>
        </div>
        <span class="field__hint" role="status"
          >${this.copyOutcome === 'copied' ? common.copied : this.copyOutcome === 'failed' ? common.copyFailed : ''}</span
        >
      </div>
    `;
  }

  /** `current` is read on each change, so quick changes between two renders all count. */
  #renderEventPicker(
    id: string,
    current: () => ReadonlySet<string>,
    onChange: (events: ReadonlySet<string>) => void,
    invalid: boolean,
  ): TemplateResult {
    const text = this.context!.text.webhooks;
    const picked = current();
    const toggle = (event: string, on: boolean) => {
      const next = new Set(current());
      if (on) next.add(event);
      else next.delete(event);
      onChange(next);
    };
    return html`
      <fieldset class="events ${invalid ? 'invalid' : ''}" aria-describedby=${`${id}-hint`}>
        <legend>${text.events}</legend>
        <span class="field__hint" id=${`${id}-hint`}>${text.eventsHint}</span>
        <div class="event-choices">
          ${referralWebhookEvents.map(
            (event) =>
              html`<label
                ><input
                  type="checkbox"
                  name=${id}
                  value=${event}
                  .checked=${picked.has(event)}
                  @change=${(change: Event) => toggle(event, (change.target as HTMLInputElement).checked)}
                /><code>${event}</code></label
              >`,
          )}
        </div>
        ${invalid ? html`<span class="field__error" role="alert">${text.eventsRequired}</span>` : nothing}
      </fieldset>
    `;
  }

  #renderCreate(): TemplateResult {
    const context = this.context!;
    const text = context.text.webhooks;
    const busy = this.busy === 'create';
    return html`
      <form
        class="panel"
        aria-labelledby="create-title"
        novalidate
        @submit=${(event: SubmitEvent) => void this.#create(event)}
      >
        <h4 id="create-title">${text.createTitle}</h4>
        <div class="field">
          <label for="webhook-url">${text.url}</label>
          <input
            id="webhook-url"
            type="url"
            inputmode="url"
            autocomplete="off"
            .value=${this.draftUrl}
            aria-invalid=${this.urlProblem ? 'true' : 'false'}
            aria-describedby=${this.urlProblem ? 'webhook-url-hint webhook-url-error' : 'webhook-url-hint'}
            @input=${(event: Event) => {
              this.draftUrl = (event.target as HTMLInputElement).value;
              this.urlProblem = null;
            }}
          />
          <span class="field__hint" id="webhook-url-hint">${text.urlHint}</span>
          ${
            this.urlProblem
              ? html`<span class="field__error" id="webhook-url-error">${text.urlProblems[this.urlProblem]}</span>`
              : nothing
          }
        </div>
        ${this.#renderEventPicker(
          'create-events',
          () => this.draftEvents,
          (events) => {
            this.draftEvents = events;
            this.eventsMissing = false;
          },
          this.eventsMissing,
        )}
        <label class="check"
          ><input
            type="checkbox"
            .checked=${this.draftTestMode}
            @change=${(event: Event) => (this.draftTestMode = (event.target as HTMLInputElement).checked)}
          />${text.testMode}</label
        >
        ${this.#renderOutcome('create')}
        <div class="actions">
          <button class="button" type="submit" aria-disabled=${busy ? 'true' : 'false'} ?disabled=${busy}>
            ${busy ? text.saving : text.save}
          </button>
          <button
            class="button button--secondary"
            type="button"
            @click=${() => {
              this.creating = false;
              this.outcome = null;
            }}
          >
            ${text.cancel}
          </button>
        </div>
      </form>
    `;
  }

  #renderList(webhooks: readonly WebhookDto[]): TemplateResult {
    const text = this.context!.text.webhooks;
    if (webhooks.length === 0) {
      return html`<div class="alert alert--info empty" role="status">
        <h4 class="alert__title">${text.empty.title}</h4>
        <p>${text.empty.body}</p>
      </div>`;
    }
    return html`<ul class="plain subscriptions" aria-label=${text.caption}>
      ${webhooks.map((webhook) => this.#renderWebhook(webhook))}
    </ul>`;
  }

  #renderWebhook(webhook: WebhookDto): TemplateResult {
    const context = this.context!;
    const text = context.text.webhooks;
    const id = webhook.id ?? '';
    const url = webhook.url ?? '';
    const health = webhookHealth(webhook);
    const busy = this.busy === id;
    const editing = this.editing?.id === id ? this.editing : null;
    return html`
      <li class="panel subscription" data-webhook=${id}>
        <div class="subscription__head">
          <h4 class="url">${url}</h4>
          <span
            class="badge"
            data-family=${health === 'active' ? 'recovered' : health === 'disabled' ? 'action' : 'paused'}
            >${text.health[health]}</span
          >
          ${webhook.isTestMode ? html`<span class="badge">${text.testData}</span>` : nothing}
        </div>
        ${
          health === 'disabled'
            ? html`<p class="alert alert--warning">
                ${interpolate(text.disabledReason, { reason: webhook.disabledReason ?? '' })}
              </p>`
            : nothing
        }
        <dl class="details">
          <dt>${text.columns.events}</dt>
          <dd>
            <ul class="plain event-list">
              ${(webhook.events ?? []).map((event) => html`<li><code>${event}</code></li>`)}
            </ul>
          </dd>
          <dt>${text.columns.updated}</dt>
          <dd>${formatDateTime(webhook.updatedUtc ?? webhook.createdUtc, context.locale)}</dd>
        </dl>
        ${
          editing
            ? html`<form
                class="edit"
                @submit=${(event: SubmitEvent) => {
                  event.preventDefault();
                  if (editing.events.size > 0) void this.#update(webhook, 'events');
                }}
              >
                ${this.#renderEventPicker(
                  `edit-${id}`,
                  () => this.editing?.events ?? editing.events,
                  (events) => (this.editing = { id, events }),
                  editing.events.size === 0,
                )}
                <div class="actions">
                  <button class="button" type="submit" ?disabled=${busy}>${busy ? text.saving : text.save}</button>
                  <button class="button button--secondary" type="button" @click=${() => (this.editing = null)}>
                    ${text.cancel}
                  </button>
                </div>
              </form>`
            : nothing
        }
        ${this.confirmingDelete === id ? this.#renderConfirmDelete(webhook) : nothing} ${this.#renderOutcome(id)}
        ${editing || this.confirmingDelete === id ? nothing : this.#renderActions(webhook, busy)}
      </li>
    `;
  }

  #renderActions(webhook: WebhookDto, busy: boolean): TemplateResult {
    const text = this.context!.text.webhooks;
    const id = webhook.id ?? '';
    return html`
      <div class="actions" role="group" aria-label=${interpolate(text.actions, { url: webhook.url ?? '' })}>
        <button
          class="button button--secondary"
          type="button"
          ?disabled=${busy}
          @click=${() => {
            this.outcome = null;
            this.editing = { id, events: new Set(webhook.events ?? []) };
          }}
        >
          ${text.editEvents}
        </button>
        <button
          class="button button--secondary"
          type="button"
          ?disabled=${busy}
          @click=${() => void this.#update(webhook, webhook.isActive ? 'deactivate' : 'activate')}
        >
          ${webhook.isActive ? text.deactivate : text.activate}
        </button>
        <button
          class="button button--secondary"
          type="button"
          ?disabled=${busy}
          @click=${() => void this.#update(webhook, 'regenerate')}
        >
          ${text.regenerate}
        </button>
        <button
          class="button button--secondary danger"
          type="button"
          ?disabled=${busy}
          @click=${() => {
            this.outcome = null;
            this.confirmingDelete = id;
          }}
        >
          ${text.delete}
        </button>
      </div>
    `;
  }

  #renderConfirmDelete(webhook: WebhookDto): TemplateResult {
    const text = this.context!.text.webhooks;
    const busy = this.busy === webhook.id;
    return html`
      <div class="alert alert--danger" role="alertdialog" aria-labelledby="delete-title" aria-describedby="delete-body">
        <h5 class="alert__title" id="delete-title">${text.confirmDelete.title}</h5>
        <p id="delete-body">${interpolate(text.confirmDelete.body, { url: webhook.url ?? '' })}</p>
        <div class="actions">
          <button class="button danger-fill" type="button" ?disabled=${busy} @click=${() => void this.#delete(webhook)}>
            ${text.confirmDelete.confirm}
          </button>
          <button class="button button--secondary" type="button" @click=${() => (this.confirmingDelete = null)}>
            ${text.cancel}
          </button>
        </div>
      </div>
    `;
  }

  protected override updated(): void {
    // A confirmation that just opened takes focus, so keyboard users land on the choice it asks for.
    const confirm = this.renderRoot.querySelector<HTMLElement>('[role="alertdialog"] .danger-fill');
    if (confirm && this.#focusedConfirm !== this.confirmingDelete) {
      this.#focusedConfirm = this.confirmingDelete;
      confirm.focus();
    }
    if (!this.confirmingDelete) this.#focusedConfirm = null;
  }

  #renderTest(): TemplateResult {
    const context = this.context!;
    const text = context.text.webhooks.test;
    const busy = this.busy === 'test';
    return html`
      <form class="panel" aria-labelledby="test-title" @submit=${(event: SubmitEvent) => void this.#sendTest(event)}>
        <h4 id="test-title">${text.title}</h4>
        <p class="quiet">${text.body}</p>
        <div class="filters">
          <div class="field">
            <label for="test-event">${text.event}</label>
            <select
              id="test-event"
              @change=${(event: Event) =>
                (this.testEvent = (event.target as HTMLSelectElement).value as ReferralWebhookEvent)}
            >
              ${testableWebhookEvents.map(
                (event) => html`<option value=${event} ?selected=${event === this.testEvent}>${event}</option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="test-client">${text.client}</label>
            <select
              id="test-client"
              @change=${(event: Event) => (this.testClient = (event.target as HTMLSelectElement).value)}
            >
              ${renderClientOptions(this.#clients.value, this.testClient)}
            </select>
          </div>
        </div>
        ${this.#renderOutcome('test')}
        <div class="actions">
          <button class="button" type="submit" ?disabled=${busy || !this.#clients.value?.length}>${text.send}</button>
        </div>
      </form>
    `;
  }
}

defineElement('debitura-console-webhooks', ConsoleWebhooksView);

declare global {
  interface HTMLElementTagNameMap {
    'debitura-console-webhooks': ConsoleWebhooksView;
  }
}
