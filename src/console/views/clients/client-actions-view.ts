// What staff may do to one client, each only if the partner enabled it in its proxy: withdraw an attributed
// client whose cases have not started (Debitura's 409 explained), submit the director's KYC details, and in a
// test environment reset the client (after showing what blocks deletion). Results go up as one event: the client
// changed (show it again) or is gone (back to the list, with what happened).
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClientCreatedResponse } from '../../../wire/referral.js';
import { toApiError } from '../../../widget/api/api-error.js';
import { LoadController } from '../../../widget/api/load-controller.js';
import { defineElement } from '../../../widget/define-element.js';
import { apiErrorEvent } from '../../../widget/events/api-error-event.js';
import { interpolate } from '../../../widget/i18n/interpolate.js';
import { sharedStyles } from '../../../widget/styles/shared-styles.js';
import type { ConsoleContext } from '../../console-context.js';
import { consoleErrorText } from '../../console-error-text.js';
import { consoleViewStyles } from '../../styles/console-view-styles.js';
import { KycSubmissionKeys, kycProblems, kycRequestOf, type KycDraft, type KycProblem } from './kyc-form.js';

export const clientChangedEventName = 'console-client-changed';

export interface ClientChangedDetail {
  /** The client no longer exists for the partner (withdrawn or reset). */
  gone: boolean;
  /** What happened, in the reader's language. */
  notice: string;
}

type Action = 'withdraw' | 'kyc' | 'reset';

/**
 * Actions on one client.
 *
 * @fires {DebituraErrorEvent} debitura-error - An action failed.
 */
export class ConsoleClientActionsView extends LitElement {
  static override styles = [sharedStyles, ...consoleViewStyles];

  @property({ attribute: false }) context: ConsoleContext | null = null;
  @property({ attribute: false }) client: ClientCreatedResponse | null = null;

  @state() private confirming: Action | null = null;
  @state() private busy: Action | null = null;
  @state() private failure: { action: Action; title: string; body?: string } | null = null;
  @state() private kycDone = false;
  @state() private draft: KycDraft = { directorFullName: '', directorHomeAddress: '', directorDateOfBirth: '' };
  @state() private problems: Partial<Record<keyof KycDraft, KycProblem>> = {};
  readonly #kycKeys = new KycSubmissionKeys();

  /** Whether a reset could delete the client now; asked only in a test environment. */
  readonly #deletable = new LoadController(this, {
    args: () =>
      this.context && this.#testEnvironment() && this.client?.externalTenantId
        ? ([this.context.client, this.client.externalTenantId] as const)
        : null,
    load: ([client, id], signal) => client.isDeletable(id, signal),
  });

  #testEnvironment(): boolean {
    return this.context?.environment === 'test' || this.context?.environment === 'sandbox';
  }

  #company(): string {
    return this.client?.client?.companyName || this.client?.externalTenantId || '';
  }

  #changed(detail: ClientChangedDetail): void {
    this.dispatchEvent(new CustomEvent<ClientChangedDetail>(clientChangedEventName, { detail }));
  }

  async #run(action: Action, work: () => Promise<void>, refusal409?: string): Promise<boolean> {
    const context = this.context!;
    this.busy = action;
    this.failure = null;
    try {
      await work();
      return true;
    } catch (thrown) {
      const error = toApiError(thrown);
      const text = consoleErrorText(context, error);
      this.failure =
        error.status === 409 && refusal409
          ? { action, title: refusal409 }
          : { action, title: text.title, body: text.body };
      this.dispatchEvent(apiErrorEvent(error));
      return false;
    } finally {
      this.busy = null;
      this.confirming = null;
    }
  }

  async #withdraw(): Promise<void> {
    const context = this.context!;
    const text = context.text.clientActions.withdraw;
    const id = this.client!.externalTenantId!;
    const done = await this.#run('withdraw', () => context.client.withdrawClient(id), text.refused);
    if (done) this.#changed({ gone: true, notice: interpolate(text.done, { company: this.#company() }) });
  }

  async #reset(): Promise<void> {
    const context = this.context!;
    const text = context.text.clientActions.reset;
    const id = this.client!.externalTenantId!;
    const done = await this.#run('reset', () => context.client.resetClient(id));
    if (done) this.#changed({ gone: true, notice: interpolate(text.done, { company: this.#company() }) });
    else this.#deletable.reload();
  }

  async #submitKyc(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const context = this.context!;
    this.kycDone = false;
    this.problems = kycProblems(this.draft, new Date().toISOString().slice(0, 10));
    if (Object.keys(this.problems).length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('form.kyc [aria-invalid="true"]')?.focus();
      return;
    }
    const request = kycRequestOf(this.draft);
    const key = this.#kycKeys.keyFor(request);
    const id = this.client!.externalTenantId!;
    const done = await this.#run('kyc', async () => {
      await context.client.submitKyc(id, request, key);
    });
    if (done) {
      this.kycDone = true;
      this.#changed({ gone: false, notice: context.text.clientActions.kyc.done });
    }
  }

  protected override render(): TemplateResult {
    const context = this.context;
    const client = this.client;
    if (!context || !client) return html``;
    const text = context.text.clientActions;
    return html`
      <section class="panel" aria-labelledby="actions-title">
        <h4 id="actions-title">${text.title}</h4>
        ${client.isAttributedClient ? this.#renderWithdraw() : nothing} ${this.#renderKyc()}
        ${this.#testEnvironment() ? this.#renderReset() : nothing}
      </section>
    `;
  }

  #renderFailure(action: Action): TemplateResult | typeof nothing {
    const failure = this.failure;
    if (!failure || failure.action !== action) return nothing;
    return html`<div class="alert alert--danger" role="alert">
      <h5 class="alert__title">${this.context!.text.clientActions.failed} ${failure.title}</h5>
      ${failure.body ? html`<p>${failure.body}</p>` : nothing}
    </div>`;
  }

  #renderConfirm(action: Action, title: string, body: string, confirm: string, go: () => void): TemplateResult {
    const text = this.context!.text.clientActions;
    return html`
      <div class="alert alert--danger" role="alertdialog" aria-labelledby=${`${action}-confirm-title`}>
        <h5 class="alert__title" id=${`${action}-confirm-title`}>${title}</h5>
        <p>${body}</p>
        <div class="actions">
          <button class="button confirm" type="button" ?disabled=${this.busy === action} @click=${go}>
            ${this.busy === action ? text.working : confirm}
          </button>
          <button class="button button--secondary" type="button" @click=${() => (this.confirming = null)}>
            ${text.cancel}
          </button>
        </div>
      </div>
    `;
  }

  #ask(action: Action): void {
    this.failure = null;
    this.confirming = action;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[role="alertdialog"] .confirm')?.focus(),
    );
  }

  #renderWithdraw(): TemplateResult {
    const text = this.context!.text.clientActions.withdraw;
    const company = this.#company();
    return html`
      <div class="action">
        <h5>${text.title}</h5>
        <p class="quiet">${text.body}</p>
        ${
          this.confirming === 'withdraw'
            ? this.#renderConfirm(
                'withdraw',
                interpolate(text.confirmTitle, { company }),
                text.confirmBody,
                text.confirm,
                () => void this.#withdraw(),
              )
            : html`<div class="actions">
                <button class="button button--secondary" type="button" @click=${() => this.#ask('withdraw')}>
                  ${text.action}
                </button>
              </div>`
        }
        ${this.#renderFailure('withdraw')}
      </div>
    `;
  }

  #kycField(name: keyof KycDraft, label: string, type: 'text' | 'date'): TemplateResult {
    const text = this.context!.text.clientActions.kyc;
    const problem = this.problems[name];
    const id = `kyc-${name}`;
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          type=${type}
          autocomplete="off"
          .value=${this.draft[name]}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? `${id}-error` : nothing}
          @input=${(event: Event) => {
            this.draft = { ...this.draft, [name]: (event.target as HTMLInputElement).value };
            if (problem) this.problems = { ...this.problems, [name]: undefined };
          }}
        />
        ${problem ? html`<span class="field__error" id=${`${id}-error`}>${text[problem]}</span>` : nothing}
      </div>
    `;
  }

  #renderKyc(): TemplateResult {
    const text = this.context!.text.clientActions.kyc;
    const busy = this.busy === 'kyc';
    return html`
      <form class="action kyc" novalidate @submit=${(event: SubmitEvent) => void this.#submitKyc(event)}>
        <h5>${text.title}</h5>
        <p class="quiet">${text.body}</p>
        ${this.#kycField('directorFullName', text.name, 'text')}
        ${this.#kycField('directorHomeAddress', text.address, 'text')}
        ${this.#kycField('directorDateOfBirth', text.birthDate, 'date')}
        <div class="actions">
          <button class="button button--secondary" type="submit" ?disabled=${busy}>
            ${busy ? this.context!.text.clientActions.working : text.submit}
          </button>
        </div>
        ${this.kycDone ? html`<p class="alert alert--success" role="status">${text.done}</p>` : nothing}
        ${this.#renderFailure('kyc')}
      </form>
    `;
  }

  #renderReset(): TemplateResult {
    const text = this.context!.text.clientActions.reset;
    const company = this.#company();
    const deletable = this.#deletable.value;
    const blockers = deletable?.blockers ?? [];
    return html`
      <div class="action">
        <h5>${text.title}</h5>
        <p class="quiet">${text.body}</p>
        ${
          !deletable
            ? html`<p class="quiet" role="status">${text.checking}</p>`
            : blockers.length > 0
              ? html`<div class="alert alert--warning" id="reset-blockers">
                  <p>${text.blockers}</p>
                  <ul>
                    ${blockers.map((blocker) => html`<li>${blocker}</li>`)}
                  </ul>
                </div>`
              : nothing
        }
        ${
          this.confirming === 'reset'
            ? this.#renderConfirm(
                'reset',
                interpolate(text.confirmTitle, { company }),
                text.confirmBody,
                text.confirm,
                () => void this.#reset(),
              )
            : html`<div class="actions">
                <button
                  class="button button--secondary"
                  type="button"
                  ?disabled=${!deletable?.isDeletable}
                  aria-describedby=${blockers.length ? 'reset-blockers' : nothing}
                  @click=${() => this.#ask('reset')}
                >
                  ${text.action}
                </button>
              </div>`
        }
        ${this.#renderFailure('reset')}
      </div>
    `;
  }
}

defineElement('debitura-console-client-actions', ConsoleClientActionsView);

declare global {
  interface HTMLElementTagNameMap {
    'debitura-console-client-actions': ConsoleClientActionsView;
  }
}
