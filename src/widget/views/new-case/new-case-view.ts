// <debitura-new-case>: the flow a finance user follows to send an unpaid invoice to collection. Form → price
// check and explicit confirmation → submission → outcome. Everything typed survives every failure; the rules
// live in src/widget/forms, this element only holds the state and moves focus.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toApiError } from '../../api/api-error.js';
import { apiErrorEvent } from '../../events/api-error-event.js';
import { DebituraActionRequiredEvent, DebituraCaseCreatedEvent } from '../../events/debitura-events.js';
import { resolveCountryCode } from '../../forms/countries.js';
import { defaultCurrencyFor } from '../../forms/currencies.js';
import { handoffLink, type HandoffLink } from '../../forms/handoff-link.js';
import { localIsoDate } from '../../forms/local-date.js';
import { createCaseRequest, previewCaseRequest } from '../../forms/new-case-request.js';
import { draftFieldErrors } from '../../forms/draft-errors.js';
import { NewCaseFormMemory } from '../../forms/new-case-form-memory.js';
import {
  firstFieldWithError,
  type FieldErrors,
  type NewCaseFieldKey,
  type NewCaseFormValues,
} from '../../forms/new-case-form-values.js';
import { revalidateShownErrors, validateNewCaseForm, type ValidationContext } from '../../forms/new-case-validation.js';
import { SubmissionAttempts } from '../../forms/submission-attempt.js';
import { isRetryableProblem, submissionProblem, type SubmissionProblem } from '../../forms/submission-problem.js';
import { interpolate } from '../../i18n/interpolate.js';
import { mark, perfMarkNames } from '../../perf-marks.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import type { WidgetContext } from '../../widget-context.js';
import type { DebtorType, InvoiceDto } from '../../../wire/case.js';
import type { PreviewResultDto } from '../../../wire/preview.js';
import { draftPromptTitleId, renderDraftNotices } from './draft-notices.js';
import { fieldId } from './field-controls.js';
import { renderFormStep } from './form-step.js';
import { newCaseStyles } from './new-case-styles.js';
import { renderPreviewStep } from './preview-step.js';
import { problemText, renderProblemPanel } from './problem-panel.js';
import { renderSuccessStep } from './success-step.js';

type Step = 'form' | 'preview' | 'success';
type FocusTarget =
  | { kind: 'heading' }
  | { kind: 'field'; key: NewCaseFieldKey }
  | { kind: 'problem' }
  | { kind: 'confirm' }
  | { kind: 'draft-prompt' };
/** What the last request was, so "try again" and the rate-limit timer repeat exactly that. */
type PendingAction = { kind: 'preview' } | { kind: 'submit'; allowPendingContracts: boolean };

/**
 * The new-case view of `<debitura-collect>`. Set `context` and `form` (the host element does: it keeps the
 * form's values, so they outlive this view, and fills them with the partner's `draft`).
 *
 * @fires {DebituraCaseCreatedEvent} debitura-case-created - Debitura accepted the case.
 * @fires {DebituraActionRequiredEvent} debitura-action-required - A contract, power of attorney or KYC step is
 *   needed; call `preventDefault()` to present the URL yourself instead of the widget's link.
 * @fires {DebituraErrorEvent} debitura-error - A price check or submission failed.
 */
export class NewCaseView extends LitElement {
  static override styles = [sharedStyles, newCaseStyles];

  @property({ attribute: false }) context: WidgetContext | null = null;
  /** Where the form's values live; without one the view keeps its own. */
  @property({ attribute: false }) form: NewCaseFormMemory | null = null;

  @state() private step: Step = 'form';
  @state() private errors: FieldErrors = {};
  @state() private errorSummary: string | null = null;
  @state() private preview: PreviewResultDto | null = null;
  @state() private confirmed = false;
  @state() private confirmError = false;
  @state() private busy = false;
  @state() private problem: SubmissionProblem | null = null;
  @state() private secondsUntilRetry: number | null = null;
  @state() private handoffHandledByHost = false;
  @state() private created: InvoiceDto | null = null;
  @state() private createdHandoff: HandoffLink | null = null;
  @state() private announcement = '';
  /** Country and currency names wait for their fields (see FormStepProps.namesShown). */
  @state() private namesShown = false;

  readonly #attempts = new SubmissionAttempts();
  readonly #ownForm = new NewCaseFormMemory();
  /** The form memory's revision this view has shown; a newer one is a new draft (or a reset). */
  #shownRevision = 0;
  #promptShown = false;
  #unsubscribe: (() => void) | null = null;
  #focusTarget: FocusTarget | null = null;
  #markedInteractive = false;
  #lastAction: PendingAction | null = null;
  #lastBusinessTypes: string[] = [];
  #request: AbortController | null = null;
  #retryTimer: ReturnType<typeof setInterval> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    // A request in flight is abandoned; what was typed stays, and the user can send again when back.
    this.#request?.abort();
    this.#request = null;
    this.busy = false;
    this.#stopRetryTimer();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('form') && this.isConnected) this.#subscribe();
    if (!this.context) return;
    const memory = this.#memory;
    memory.ensure(defaultCurrencyFor(this.context.locale), this.context.locale);
    if (memory.revision !== this.#shownRevision) this.#showFilledForm(memory, this.context);
    if (memory.pending && !this.#promptShown) this.#focusTarget ??= { kind: 'draft-prompt' };
    this.#promptShown = memory.pending !== null;
  }

  get #memory(): NewCaseFormMemory {
    return this.form ?? this.#ownForm;
  }

  private get values(): NewCaseFormValues {
    return this.#memory.values;
  }

  #subscribe(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.#memory.subscribe(() => this.requestUpdate());
  }

  /** A draft replaced the values (or the form was emptied): show the form afresh, with the draft's problems. */
  #showFilledForm(memory: NewCaseFormMemory, context: WidgetContext): void {
    const announce = this.hasUpdated && memory.applied !== null;
    this.#shownRevision = memory.revision;
    this.#request?.abort();
    this.#stopRetryTimer();
    this.#startOver();
    this.errors = memory.applied ? draftFieldErrors(memory.applied, memory.values, this.#validation()) : {};
    if (announce) this.#announce(context.messages.newCase.live.draftApplied);
  }

  /** Back to the first step with nothing checked or sent yet (the values are the form memory's). */
  #startOver(): void {
    this.step = 'form';
    this.errors = {};
    this.errorSummary = null;
    this.preview = null;
    this.created = null;
    this.createdHandoff = null;
    this.problem = null;
    this.confirmed = false;
    this.confirmError = false;
    this.#lastAction = null;
    this.#lastBusinessTypes = [];
  }

  protected override updated(): void {
    if (this.context && !this.#markedInteractive) {
      this.#markedInteractive = true;
      mark(perfMarkNames.formInteractive);
    }
    const target = this.#focusTarget;
    if (!target) return;
    this.#focusTarget = null;
    const root = this.renderRoot as ShadowRoot;
    // A new invoice from the partner page takes focus only when the user is not working inside the form.
    if (target.kind === 'draft-prompt' && root.activeElement) return;
    const element =
      target.kind === 'heading'
        ? root.getElementById('step-heading')
        : target.kind === 'draft-prompt'
          ? root.getElementById(draftPromptTitleId)
          : target.kind === 'problem'
            ? root.getElementById('problem-title')
            : target.kind === 'confirm'
              ? root.getElementById('confirm')
              : root.getElementById(fieldId(target.key));
    element?.focus();
  }

  protected override render(): TemplateResult | typeof nothing {
    const context = this.context;
    if (!context) return nothing;
    return html`
      ${this.#renderStep(context)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }

  #renderStep(context: WidgetContext): TemplateResult {
    const messages = context.messages;
    if (this.step === 'success' && this.created) {
      return renderSuccessStep({
        messages,
        locale: context.locale,
        created: this.created,
        handoff: this.createdHandoff,
        handoffHandledByHost: this.handoffHandledByHost,
        onCreateAnother: () => this.#createAnother(),
      });
    }
    if (this.step === 'preview' && this.preview) {
      return renderPreviewStep({
        messages,
        locale: context.locale,
        values: this.values,
        preview: this.preview,
        countryCode: resolveCountryCode(this.values.country, context.locale) ?? '',
        confirmed: this.confirmed,
        confirmError: this.confirmError,
        busy: this.busy,
        returnUrl: context.returnUrl,
        isAllowedHandoffUrl: (url) => context.isAllowedHandoffUrl(url),
        problem: html`${this.#renderDraftNotices(context, false)}${this.#renderProblem(context)}`,
        onConfirm: (checked) => {
          this.confirmed = checked;
          if (checked) this.confirmError = false;
        },
        onSubmit: () => void this.#submit(false),
        onEdit: () => this.#backToEdit(),
      });
    }
    return renderFormStep({
      messages: messages.newCase,
      locale: context.locale,
      today: localIsoDate(),
      values: this.values,
      errors: this.errors,
      errorSummary: this.errorSummary,
      busy: this.busy,
      problem: html`${this.#renderDraftNotices(context, true)}${this.#renderProblem(context)}`,
      onInput: (key, value) => this.#edit(key, value),
      onBlur: (key) => this.#leaveField(key),
      onDebtorType: (type) => this.#setDebtorType(type),
      onToggleAgeSplit: (open) => this.#setAgeSplit(open),
      onSubmit: () => void this.#checkPrice(),
      namesShown: this.namesShown,
      onNamedFieldFocus: () => {
        this.namesShown = true;
      },
    });
  }

  #renderDraftNotices(context: WidgetContext, withUnused: boolean): TemplateResult {
    const memory = this.#memory;
    return renderDraftNotices({
      messages: context.messages.newCase,
      pending: memory.pending !== null,
      unused: withUnused ? (memory.applied?.unused ?? []) : [],
      busy: this.busy,
      onReplace: () => memory.acceptPending(),
      onKeep: () => {
        memory.keepTyped();
        this.#focusTarget = { kind: 'heading' };
      },
    });
  }

  #renderProblem(context: WidgetContext): TemplateResult | typeof nothing {
    if (!this.problem) return nothing;
    return renderProblemPanel({
      messages: context.messages,
      problem: this.problem,
      busy: this.busy,
      retryBusyLabel:
        this.#lastAction?.kind === 'preview'
          ? context.messages.newCase.actions.previewBusy
          : context.messages.newCase.actions.submitBusy,
      secondsUntilRetry: this.secondsUntilRetry,
      handoffHandledByHost: this.handoffHandledByHost,
      onRetry: () => void this.#repeatLastAction(),
      onSendWithPendingContracts: () => void this.#submit(true),
    });
  }

  // ── editing ──────────────────────────────────────────────────────────────────────────────────────────────

  #edit(key: NewCaseFieldKey, value: string): void {
    if (this.values[key] === value) return;
    this.#memory.edit(key, value);
    this.requestUpdate();
    // Fields showing an error are re-checked while typing, so the message goes as soon as it is fixed.
    if (Object.keys(this.errors).length > 0)
      this.#showErrors(revalidateShownErrors(this.values, this.errors, null, this.#validation()));
  }

  #leaveField(key: NewCaseFieldKey): void {
    // Leaving an untouched empty field is not a mistake yet; the submit check will catch it.
    if (this.values[key].trim() === '' && this.errors[key] === undefined) return;
    this.#showErrors(revalidateShownErrors(this.values, this.errors, key, this.#validation()));
  }

  /** Replaces the errors on display only when they changed, so leaving a valid field costs no render. */
  #showErrors(next: FieldErrors): void {
    const keys = Object.keys(next) as NewCaseFieldKey[];
    const same = keys.length === Object.keys(this.errors).length && keys.every((key) => next[key] === this.errors[key]);
    if (!same) this.errors = next;
  }

  #setDebtorType(type: DebtorType): void {
    this.#memory.edit({ ...this.values, debtorType: type });
    this.requestUpdate();
    this.errors = revalidateShownErrors(this.values, this.errors, null, this.#validation());
  }

  #setAgeSplit(open: boolean): void {
    this.#memory.edit({ ...this.values, showAgeSplit: open });
    this.requestUpdate();
    this.errors = revalidateShownErrors(this.values, this.errors, null, this.#validation());
    if (open) this.#focusTarget = { kind: 'field', key: 'amountToRecoverOver6Months' };
  }

  #validation(): ValidationContext {
    const context = this.#requireContext();
    return { messages: context.messages.newCase, locale: context.locale, today: localIsoDate() };
  }

  // ── price check ──────────────────────────────────────────────────────────────────────────────────────────

  async #checkPrice(): Promise<void> {
    if (this.busy) return;
    const context = this.#requireContext();
    const messages = context.messages.newCase;
    const errors = validateNewCaseForm(this.values, this.#validation());
    this.errors = errors;
    const first = firstFieldWithError(errors);
    if (first) {
      const count = Object.keys(errors).length;
      this.errorSummary =
        count === 1 ? messages.validation.summaryOne : interpolate(messages.validation.summary, { count });
      this.#announce(interpolate(messages.live.fieldErrors, { count }));
      this.#focusTarget = { kind: 'field', key: first };
      return;
    }
    this.errorSummary = null;
    // From here on the user acts on these values: a new invoice from the partner asks before replacing them.
    this.#memory.markInUse();
    this.#lastAction = { kind: 'preview' };
    const body = previewCaseRequest(this.values, { locale: context.locale, returnUrl: context.returnUrl });
    const result = await this.#run((signal) => context.client.previewCase(body, signal));
    if (!result.ok) return;
    this.problem = null;
    this.preview = result.value;
    this.confirmed = false;
    this.confirmError = false;
    this.step = 'preview';
    this.#focusTarget = { kind: 'heading' };
    this.#announce(result.value.isEligible === true ? messages.live.previewReady : messages.live.previewNotEligible);
  }

  // ── submission ───────────────────────────────────────────────────────────────────────────────────────────

  async #submit(allowPendingContracts: boolean): Promise<void> {
    if (this.busy) return;
    const context = this.#requireContext();
    if (!this.confirmed) {
      this.confirmError = true;
      this.#focusTarget = { kind: 'confirm' };
      return;
    }
    this.#lastAction = { kind: 'submit', allowPendingContracts };
    const body = createCaseRequest(this.values, {
      locale: context.locale,
      returnUrl: context.returnUrl,
      allowPendingContracts,
    });
    const idempotencyKey = this.#attempts.keyFor(body);
    const result = await this.#run((signal) => context.client.createCase(body, { idempotencyKey, signal }));
    if (!result.ok) return;
    this.#succeed(result.value, context);
  }

  #succeed(created: InvoiceDto, context: WidgetContext): void {
    this.problem = null;
    this.created = created;
    this.handoffHandledByHost = false;
    this.createdHandoff = handoffLink(
      { combinedSigningUrl: created.signingHandoff?.combinedSigningUrl ?? created.solutionUrl, items: [] },
      { returnUrl: context.returnUrl, isAllowed: (url) => context.isAllowedHandoffUrl(url) },
    );
    if (this.createdHandoff) {
      const reasons = this.#lastBusinessTypes.length > 0 ? this.#lastBusinessTypes : ['PendingContractSigning'];
      this.createdHandoff = { ...this.createdHandoff, reasons };
      this.#offerHandoff(this.createdHandoff);
    }
    this.step = 'success';
    // The sent invoice leaves the form: coming back to it later must not offer to send it twice.
    this.#memory.reset(this.values.currencyCode || defaultCurrencyFor(context.locale));
    this.#shownRevision = this.#memory.revision;
    this.#focusTarget = { kind: 'heading' };
    this.#announce(interpolate(context.messages.newCase.live.submitted, { reference: created.reference ?? '' }));
    this.dispatchEvent(new DebituraCaseCreatedEvent({ case: created }));
  }

  /**
   * Runs one request with the busy state on, and turns a failure into what the user sees. Retryable failures
   * keep the submission attempt (and its Idempotency-Key) open; anything Debitura answered for good closes it.
   */
  async #run<T>(send: (signal: AbortSignal) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
    const context = this.#requireContext();
    this.#stopRetryTimer();
    this.busy = true;
    this.handoffHandledByHost = false;
    const request = new AbortController();
    this.#request = request;
    try {
      const value = await send(request.signal);
      if (this.#lastAction?.kind === 'submit') this.#attempts.settle('final');
      return { ok: true, value };
    } catch (error) {
      if (request.signal.aborted) return { ok: false };
      this.#fail(error, context);
      return { ok: false };
    } finally {
      if (this.#request === request) {
        this.#request = null;
        this.busy = false;
      }
    }
  }

  #fail(error: unknown, context: WidgetContext): void {
    const apiError = toApiError(error);
    const problem = submissionProblem(apiError, {
      messages: context.messages.newCase,
      returnUrl: context.returnUrl,
      isAllowedHandoffUrl: (url) => context.isAllowedHandoffUrl(url),
    });
    if (this.#lastAction?.kind === 'submit') this.#attempts.settle(isRetryableProblem(problem) ? 'retryable' : 'final');
    this.dispatchEvent(apiErrorEvent(apiError));

    if (problem.kind === 'fields') {
      // Back to the form with Debitura's verdict on the very fields; everything typed is still there.
      this.step = 'form';
      this.errors = { ...this.errors, ...problem.fields };
      this.problem = problem.unmatched.length > 0 || Object.keys(problem.fields).length === 0 ? problem : null;
      const first = firstFieldWithError(problem.fields);
      this.#focusTarget = first ? { kind: 'field', key: first } : { kind: 'problem' };
    } else {
      this.problem = problem;
      this.#focusTarget = { kind: 'problem' };
    }
    if (problem.kind === 'business') {
      this.#lastBusinessTypes = problem.types;
      if (problem.handoff) this.#offerHandoff(problem.handoff);
    }
    if (problem.kind === 'rateLimited' && problem.retryAfterSeconds !== null)
      this.#startRetryTimer(problem.retryAfterSeconds);
    this.#announce(
      interpolate(context.messages.newCase.live.failed, { title: problemText(context.messages, problem).title }),
    );
  }

  /** Tells the partner page first; if it does not take over, the widget shows the link itself. */
  #offerHandoff(handoff: HandoffLink): void {
    const event = new DebituraActionRequiredEvent({ kind: handoff.kind, url: handoff.url, reasons: handoff.reasons });
    this.handoffHandledByHost = !this.dispatchEvent(event);
  }

  async #repeatLastAction(): Promise<void> {
    const action = this.#lastAction;
    if (!action) return;
    if (action.kind === 'preview') await this.#checkPrice();
    else await this.#submit(action.allowPendingContracts);
  }

  /** Waits out a rate limit visibly, then repeats the request with the same attempt. */
  #startRetryTimer(seconds: number): void {
    this.#stopRetryTimer();
    this.secondsUntilRetry = Math.max(1, Math.ceil(seconds));
    this.#retryTimer = setInterval(() => {
      const left = (this.secondsUntilRetry ?? 1) - 1;
      if (left > 0) {
        this.secondsUntilRetry = left;
        return;
      }
      this.#stopRetryTimer();
      void this.#repeatLastAction();
    }, 1000);
  }

  #stopRetryTimer(): void {
    if (this.#retryTimer !== null) clearInterval(this.#retryTimer);
    this.#retryTimer = null;
    this.secondsUntilRetry = null;
  }

  // ── navigation ───────────────────────────────────────────────────────────────────────────────────────────

  #backToEdit(): void {
    this.#stopRetryTimer();
    this.step = 'form';
    this.problem = null;
    this.confirmed = false;
    this.confirmError = false;
    this.#focusTarget = { kind: 'heading' };
  }

  #createAnother(): void {
    this.#startOver();
    this.#focusTarget = { kind: 'heading' };
  }

  /** Sets the polite live region; the same text twice still gets announced. */
  #announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  #requireContext(): WidgetContext {
    if (!this.context) throw new Error('debitura-new-case needs its `context` before it can be used.');
    return this.context;
  }
}

export const newCaseViewTag = 'debitura-new-case';

if (typeof customElements !== 'undefined' && !customElements.get(newCaseViewTag)) {
  customElements.define(newCaseViewTag, NewCaseView);
}

declare global {
  interface HTMLElementTagNameMap {
    'debitura-new-case': NewCaseView;
  }
}
