// <debitura-new-case>: the flow a finance user follows to send an unpaid invoice to collection. Form → price
// check and explicit confirmation → submission → outcome. Everything typed survives every failure. Where the
// flow stands is one value held by NewCaseFlowController (rules/new-case-flow.ts, with pure transitions); the
// values typed live in NewCaseFormMemory; the rules are in rules/. This element renders, moves focus and speaks.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InvoiceDto } from '../../../wire/case.js';
import { lifecycleStatusOf, type DebtorType } from '../../../wire/case-vocabulary.js';
import { toApiError } from '../../api/api-error.js';
import { apiErrorEvent } from '../../events/api-error-event.js';
import { DebituraActionRequiredEvent, DebituraCaseCreatedEvent } from '../../events/debitura-events.js';
import { resolveCountryCode } from '../../format/countries.js';
import { handoffLink, type HandoffLink } from '../../handoff/handoff-link.js';
import { HandoffWatchController } from '../../handoff/handoff-watch.js';
import { previewBlockers } from '../../handoff/preview-blockers.js';
import { interpolate } from '../../i18n/interpolate.js';
import { plural } from '../../i18n/plural.js';
import { mark, perfMarkNames } from '../../perf-marks.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { navigateEvent } from '../navigate-event.js';
import type { WidgetContext } from '../../widget-context.js';
import { draftPromptTitleId, renderDraftNotices } from './draft-notices.js';
import { fieldId } from './field-controls.js';
import { renderFormStep } from './form-step.js';
import { EarlyEligibilityController } from './early-eligibility-controller.js';
import { FilingChoicesController } from './filing-choices-controller.js';
import { eligibilityQuestion, type EarlyEligibilityNotice } from './rules/early-eligibility.js';
import type { FilingChoices } from './rules/filing-choices.js';
import { NewCaseFlowController } from './new-case-flow-controller.js';
import { newCaseStyles } from './new-case-styles.js';
import { renderPreviewStep } from './preview-step.js';
import { problemText, renderBlockedNotice, renderProblemPanel } from './problem-panel.js';
import { defaultCurrencyFor } from './rules/currencies.js';
import { draftFieldErrors } from './rules/draft-errors.js';
import { localIsoDate } from './rules/local-date.js';
import {
  backToEdit,
  confirmationChanged,
  confirmationMissing,
  created,
  failed,
  formRejected,
  handoffTakenByHost,
  previewed,
  rechecked,
  signingSettled,
  startOver,
  withFieldErrors,
  type NewCaseAction,
  type NewCaseFlow,
} from './rules/new-case-flow.js';
import { NewCaseFormMemory } from './rules/new-case-form-memory.js';
import { formatDateInput, parseDateInput } from './rules/date-input.js';
import { errorSummaryEntries } from './rules/error-summary.js';
import {
  firstFieldWithError,
  type FieldErrors,
  type NewCaseFieldKey,
  type NewCaseFormValues,
} from './rules/new-case-form-values.js';
import { createCaseRequest, previewCaseRequest } from './rules/new-case-request.js';
import { revalidateShownErrors, validateNewCaseForm, type ValidationContext } from './rules/new-case-validation.js';
import { SubmissionAttempts } from './rules/submission-attempt.js';
import { isRetryableProblem, submissionProblem } from './rules/submission-problem.js';
import { renderSuccessStep } from './success-step.js';
import { ineligibleReason, jurisdictionName } from './preview-words.js';
import { defineElement } from '../../define-element.js';

type FocusTarget =
  | { kind: 'heading' }
  | { kind: 'field'; key: NewCaseFieldKey }
  | { kind: 'problem' }
  | { kind: 'confirm' }
  | { kind: 'draft-prompt' };

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

  /** The polite live region's text. */
  @state() private announcement = '';
  /** A price check said Debitura has blocked the creditor: from then on said at the top of the form. */
  @state() private creditorBlocked = false;
  /** Country and currency names wait for their fields (see FormStepProps.namesShown). */
  @state() private namesShown = false;

  readonly #flow = new NewCaseFlowController(this, { onCountdownEnd: (action) => void this.#repeat(action) });
  /** Looks again at what a hand-off waits for while the user is at Debitura's page. */
  readonly #handoffWatch = new HandoffWatchController(this, { check: () => void this.#recheckHandoff() });
  #recheckRequest: AbortController | null = null;
  /** The creditor's divisions and team, loaded beside the form. */
  readonly #filing = new FilingChoicesController(this, () => this.context?.client ?? null);
  /** Asks whether the debtor can be taken at all, as soon as enough is typed. */
  readonly #eligibility = new EarlyEligibilityController(this, () => {
    const context = this.context;
    if (!context || !this.#memory.started) return null;
    return { client: context.client, question: eligibilityQuestion(this.#memory.values, context.locale) };
  });
  readonly #attempts = new SubmissionAttempts();
  readonly #ownForm = new NewCaseFormMemory();
  /** The form memory's revision this view has shown; a newer one is a new draft (or a reset). */
  #shownRevision = 0;
  #promptShown = false;
  #unsubscribe: (() => void) | null = null;
  #focusTarget: FocusTarget | null = null;
  #markedInteractive = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#recheckRequest?.abort();
    this.#recheckRequest = null;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
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

  get #state(): NewCaseFlow {
    return this.#flow.flow;
  }

  get #busy(): boolean {
    return this.#state.step !== 'success' && this.#state.busy;
  }

  get #errors(): FieldErrors {
    return this.#state.step === 'form' ? this.#state.errors : {};
  }

  #subscribe(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.#memory.subscribe(() => this.requestUpdate());
  }

  /** A draft replaced the values (or the form was emptied): show the form afresh, with the draft's problems. */
  #showFilledForm(memory: NewCaseFormMemory, context: WidgetContext): void {
    const announce = this.hasUpdated && memory.applied !== null;
    this.#shownRevision = memory.revision;
    this.#flow.abandon();
    const errors = memory.applied ? draftFieldErrors(memory.applied, memory.values, this.#validation()) : {};
    this.#flow.apply(() => startOver(errors));
    if (announce) this.#announce(context.messages.newCase.live.draftApplied);
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
    const flow = this.#state;
    const values = this.#memory.values;
    if (flow.step === 'success') {
      return renderSuccessStep({
        messages,
        locale: context.locale,
        created: flow.created,
        handoff: flow.handoff,
        handoffHandledByHost: flow.handoffHandledByHost,
        watching: this.#handoffWatch.watching,
        signed: flow.signed === true,
        onCreateAnother: () => this.#createAnother(),
        onViewCase: () => this.#viewCase(flow.created),
      });
    }
    if (flow.step === 'preview') {
      return renderPreviewStep({
        messages,
        locale: context.locale,
        values,
        preview: flow.preview,
        countryCode: resolveCountryCode(values.country, context.locale) ?? '',
        confirmed: flow.confirmed,
        confirmError: flow.confirmError,
        busy: flow.busy,
        returnUrl: context.returnUrl,
        isAllowedHandoffUrl: (url) => context.isAllowedHandoffUrl(url),
        choices: this.#choices,
        problem: html`${this.#renderDraftNotices(context, false)}${this.#renderProblem(context)}`,
        problemExplainsBlockers: flow.problem?.kind === 'business',
        watching: this.#handoffWatch.watching,
        supportContact: null,
        onConfirm: (checked) => this.#flow.apply((current) => confirmationChanged(current, checked)),
        onSubmit: (allowPendingContracts) => void this.#submit(allowPendingContracts),
        onEdit: () => this.#backToEdit(),
        onHandoffOpened: () => this.#handoffWatch.start(),
      });
    }
    return renderFormStep({
      messages: messages.newCase,
      locale: context.locale,
      today: localIsoDate(),
      values,
      errors: flow.errors,
      errorSummary: flow.errorSummaryShown ? this.#errorSummary(context, values, flow.errors) : null,
      onErrorLink: (key) => {
        this.#focusTarget = { kind: 'field', key };
        this.requestUpdate();
      },
      busy: flow.busy,
      problem: html`${this.creditorBlocked ? renderBlockedNotice(messages) : nothing}${this.#renderDraftNotices(
        context,
        true,
      )}${this.#renderProblem(context)}`,
      onInput: (key, value) => this.#edit(key, value),
      onBlur: (key) => this.#leaveField(key),
      onDebtorType: (type) => this.#setDebtorType(type),
      onToggleAgeSplit: (open) => this.#setAgeSplit(open),
      onSubmit: () => void this.#checkPrice(),
      namesShown: this.namesShown,
      onNamedFieldFocus: () => {
        this.namesShown = true;
      },
      choices: this.#choices,
      eligibilityNotice: this.#eligibilityText(
        context,
        this.#eligibility.notice(eligibilityQuestion(values, context.locale)),
      ),
    });
  }

  #errorSummary(context: WidgetContext, values: NewCaseFormValues, errors: FieldErrors) {
    const messages = context.messages.newCase;
    const entries = errorSummaryEntries(errors, values, messages);
    const count = entries.length;
    return { title: plural(context.messages.language, messages.validation.summary, count, { count }), entries };
  }

  get #choices(): FilingChoices {
    return this.#filing.choices(this.context?.locale ?? 'en');
  }

  #eligibilityText(context: WidgetContext, notice: EarlyEligibilityNotice): string | null {
    const words = context.messages.newCase.eligibility;
    if (notice.kind === 'blocked') return words.blocked;
    if (notice.kind === 'none') return null;
    const place = jurisdictionName(notice, context.locale) ?? notice.countryAlpha2;
    return interpolate(words.uncovered, { place });
  }

  #renderDraftNotices(context: WidgetContext, withUnused: boolean): TemplateResult {
    const memory = this.#memory;
    return renderDraftNotices({
      messages: context.messages.newCase,
      pending: memory.pending !== null,
      unused: withUnused ? (memory.applied?.unused ?? []) : [],
      busy: this.#busy,
      onReplace: () => memory.acceptPending(),
      onKeep: () => {
        memory.keepTyped();
        this.#focusTarget = { kind: 'heading' };
      },
    });
  }

  #renderProblem(context: WidgetContext): TemplateResult | typeof nothing {
    const flow = this.#state;
    if (flow.step === 'success' || !flow.problem) return nothing;
    return renderProblemPanel({
      messages: context.messages,
      problem: flow.problem,
      busy: flow.busy,
      retryBusyLabel:
        flow.lastAction?.kind === 'preview'
          ? context.messages.newCase.actions.previewBusy
          : context.messages.newCase.actions.submitBusy,
      secondsUntilRetry: flow.secondsUntilRetry,
      handoffHandledByHost: flow.handoffHandledByHost,
      onRetry: () => void (flow.lastAction && this.#repeat(flow.lastAction)),
      onSendWithPendingContracts: () => void this.#submit(true),
      onHandoffOpened: () => this.#handoffWatch.start(),
    });
  }

  // ── editing ──────────────────────────────────────────────────────────────────────────────────────────────

  #edit(key: NewCaseFieldKey, value: string): void {
    const memory = this.#memory;
    if (memory.values[key] === value) return;
    memory.edit(key, value);
    this.requestUpdate();
    // Fields showing an error are re-checked while typing, so the message goes as soon as it is fixed.
    if (Object.keys(this.#errors).length > 0) this.#recheck(null, key);
  }

  #leaveField(key: NewCaseFieldKey): void {
    // Leaving an untouched empty field is not a mistake yet; the submit check will catch it.
    if (this.#memory.values[key].trim() === '' && this.#errors[key] === undefined) return;
    if (key === 'date' || key === 'dueDate') this.#writeDateTheLocaleWay(key);
    this.#recheck(key);
  }

  /** "3.11.25" becomes "03.11.2025" once the user leaves the field, so they see the date as it was understood. */
  #writeDateTheLocaleWay(key: 'date' | 'dueDate'): void {
    const locale = this.#requireContext().locale;
    const typed = this.#memory.values[key];
    const iso = parseDateInput(typed, locale);
    const written = iso ? formatDateInput(iso, locale) : typed;
    if (written === typed) return;
    this.#memory.edit(key, written);
    this.requestUpdate();
  }

  /** Re-checks the errors on display (and `left`, the field just left); the flow keeps them when unchanged. */
  #recheck(left: NewCaseFieldKey | null, typingIn: NewCaseFieldKey | null = null): void {
    const errors = revalidateShownErrors(this.#memory.values, this.#errors, left, this.#validation(), typingIn);
    this.#flow.apply((current) => withFieldErrors(current, errors));
  }

  #setDebtorType(type: DebtorType): void {
    this.#memory.edit({ ...this.#memory.values, debtorType: type });
    this.requestUpdate();
    this.#recheck(null);
  }

  #setAgeSplit(open: boolean): void {
    this.#memory.edit({ ...this.#memory.values, showAgeSplit: open });
    this.requestUpdate();
    this.#recheck(null);
    if (open) this.#focusTarget = { kind: 'field', key: 'amountToRecoverOver6Months' };
  }

  #validation(): ValidationContext {
    const context = this.#requireContext();
    return {
      messages: context.messages.newCase,
      locale: context.locale,
      today: localIsoDate(),
      choices: this.#choices,
    };
  }

  // ── price check ──────────────────────────────────────────────────────────────────────────────────────────

  async #checkPrice(): Promise<void> {
    if (this.#busy) return;
    const context = this.#requireContext();
    const messages = context.messages.newCase;
    const values = this.#memory.values;
    if (this.#rejectInvalidForm(context)) return;
    this.#flow.apply((current) => withFieldErrors(current, {}));
    // From here on the user acts on these values: a new invoice from the partner asks before replacing them.
    this.#memory.markInUse();
    const action: NewCaseAction = { kind: 'preview' };
    const body = previewCaseRequest(values, { locale: context.locale, returnUrl: context.returnUrl });
    const outcome = await this.#flow.send(action, (signal) => context.client.previewCase(body, signal));
    if (!outcome.ok) {
      if ('error' in outcome) this.#fail(outcome.error, action, context);
      return;
    }
    this.#flow.apply((current) => previewed(current, outcome.value));
    if (outcome.value.isEligible === false && ineligibleReason(outcome.value) === 'CreditorBlocked') {
      this.creditorBlocked = true;
    }
    this.#focusTarget = { kind: 'heading' };
    this.#announce(outcome.value.isEligible === true ? messages.live.previewReady : messages.live.previewNotEligible);
  }

  /** Shows the form's problems at their fields, the first one focused; false when there are none. */
  #rejectInvalidForm(context: WidgetContext): boolean {
    const messages = context.messages.newCase;
    const errors = validateNewCaseForm(this.#memory.values, this.#validation());
    const first = firstFieldWithError(errors);
    if (!first) return false;
    const count = Object.keys(errors).length;
    this.#flow.apply((current) => formRejected(backToEdit(current), errors));
    this.#announce(plural(context.messages.language, messages.live.fieldErrors, count, { count }));
    this.#focusTarget = { kind: 'field', key: first };
    return true;
  }

  // ── submission ───────────────────────────────────────────────────────────────────────────────────────────

  async #submit(allowPendingContracts: boolean): Promise<void> {
    const flow = this.#state;
    if (flow.step !== 'preview' || flow.busy) return;
    const context = this.#requireContext();
    if (!flow.confirmed) {
      this.#flow.apply(confirmationMissing);
      this.#focusTarget = { kind: 'confirm' };
      return;
    }
    // The divisions may have arrived after the price check: a creditor with several still chooses one first.
    if (this.#rejectInvalidForm(context)) {
      this.#stopWatching();
      return;
    }
    const action: NewCaseAction = { kind: 'submit', allowPendingContracts };
    const body = createCaseRequest(this.#memory.values, {
      locale: context.locale,
      returnUrl: context.returnUrl,
      allowPendingContracts,
      choices: this.#choices,
    });
    const idempotencyKey = this.#attempts.keyFor(body);
    const outcome = await this.#flow.send(action, (signal) =>
      context.client.createCase(body, { idempotencyKey, signal }),
    );
    if (!outcome.ok) {
      if ('error' in outcome) this.#fail(outcome.error, action, context);
      return;
    }
    this.#attempts.settle('final');
    this.#succeed(outcome.value, context);
  }

  #succeed(item: InvoiceDto, context: WidgetContext): void {
    const flow = this.#state;
    const link = handoffLink(
      { combinedSigningUrl: item.signingHandoff?.combinedSigningUrl ?? item.solutionUrl, items: [] },
      { returnUrl: context.returnUrl, isAllowed: (url) => context.isAllowedHandoffUrl(url) },
    );
    const businessTypes = flow.step === 'success' ? [] : flow.businessTypes;
    const handoff = link && {
      ...link,
      reasons: businessTypes.length > 0 ? [...businessTypes] : ['PendingContractSigning'],
    };
    this.#flow.apply((current) => created(current, item, handoff));
    this.#handoffWatch.stop();
    if (handoff) {
      this.#offerHandoff(handoff);
      // Whoever presents the link, the case waits for a signature: notice it when it comes.
      this.#handoffWatch.start();
    }
    // The sent invoice leaves the form: coming back to it later must not offer to send it twice.
    this.#memory.reset(this.#memory.values.currencyCode || defaultCurrencyFor(context.locale));
    this.#shownRevision = this.#memory.revision;
    this.#focusTarget = { kind: 'heading' };
    this.#announce(interpolate(context.messages.newCase.live.submitted, { reference: item.reference ?? '' }));
    this.dispatchEvent(new DebituraCaseCreatedEvent({ case: item }));
  }

  /**
   * Turns a failure into what the user sees. Retryable failures keep the submission attempt (and its
   * Idempotency-Key) open; anything Debitura answered for good closes it.
   */
  #fail(error: unknown, action: NewCaseAction, context: WidgetContext): void {
    const apiError = toApiError(error);
    const problem = submissionProblem(apiError, {
      messages: context.messages.newCase,
      returnUrl: context.returnUrl,
      isAllowedHandoffUrl: (url) => context.isAllowedHandoffUrl(url),
    });
    if (action.kind === 'submit') this.#attempts.settle(isRetryableProblem(problem) ? 'retryable' : 'final');
    this.dispatchEvent(apiErrorEvent(apiError));
    this.#flow.apply((current) => failed(current, problem));
    const first = problem.kind === 'fields' ? firstFieldWithError(problem.fields) : undefined;
    this.#focusTarget = first ? { kind: 'field', key: first } : { kind: 'problem' };
    if (problem.kind === 'business' && problem.handoff) this.#offerHandoff(problem.handoff);
    this.#announce(
      interpolate(context.messages.newCase.live.failed, { title: problemText(context.messages, problem).title }),
    );
  }

  /** Tells the partner page first; if it does not take over, the widget shows the link itself. */
  #offerHandoff(handoff: HandoffLink): void {
    const event = new DebituraActionRequiredEvent({ kind: handoff.kind, url: handoff.url, reasons: handoff.reasons });
    if (!this.dispatchEvent(event)) this.#flow.apply(handoffTakenByHost);
  }

  /** "Try again", or a rate-limit wait that ran out: the same request once more. */
  async #repeat(action: NewCaseAction): Promise<void> {
    if (action.kind === 'preview') await this.#checkPrice();
    else await this.#submit(action.allowPendingContracts);
  }

  // ── hand-offs ────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * The user may have finished at Debitura's page: asks again, quietly, what the case waits for. A preview is
   * checked again with the same values (the tick stays); a case sent with pending contracts is read again.
   */
  async #recheckHandoff(): Promise<void> {
    const context = this.context;
    const flow = this.#state;
    if (!context || (flow.step !== 'success' && flow.busy) || this.#recheckRequest) return;
    const controller = new AbortController();
    this.#recheckRequest = controller;
    try {
      if (flow.step === 'preview') {
        const body = previewCaseRequest(this.#memory.values, { locale: context.locale, returnUrl: context.returnUrl });
        const preview = await context.client.previewCase(body, controller.signal);
        const options = { returnUrl: context.returnUrl, isAllowed: (url: string) => context.isAllowedHandoffUrl(url) };
        if (previewBlockers(preview, options).kind !== 'none') return;
        this.#flow.apply((current) => rechecked(current, preview));
        this.#handoffWatch.stop();
        this.#announce(context.messages.newCase.preview.handoffDone);
      } else if (flow.step === 'success' && flow.handoff && flow.created.id) {
        const item = await context.client.getCase(flow.created.id, controller.signal);
        if (lifecycleStatusOf(item.lifecycle ?? '') === 'PendingContractSigning') return;
        this.#flow.apply((current) => signingSettled(current));
        this.#handoffWatch.stop();
        this.#announce(context.messages.newCase.success.signingDone);
      } else {
        this.#handoffWatch.stop();
      }
    } catch {
      // A failed look changes nothing: the next return to the page or the next poll looks again.
    } finally {
      if (this.#recheckRequest === controller) this.#recheckRequest = null;
    }
  }

  #stopWatching(): void {
    this.#handoffWatch.stop();
    this.#recheckRequest?.abort();
    this.#recheckRequest = null;
  }

  // ── navigation ───────────────────────────────────────────────────────────────────────────────────────────

  #backToEdit(): void {
    this.#stopWatching();
    this.#flow.apply(backToEdit);
    this.#focusTarget = { kind: 'heading' };
  }

  /** From the success screen to the new case, through the widget's own navigation. */
  #viewCase(item: InvoiceDto): void {
    if (!item.id) return;
    this.#stopWatching();
    this.dispatchEvent(navigateEvent({ view: 'case', caseId: item.id }));
  }

  #createAnother(): void {
    this.#stopWatching();
    this.#flow.apply(() => startOver());
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

defineElement(newCaseViewTag, NewCaseView);

declare global {
  interface HTMLElementTagNameMap {
    'debitura-new-case': NewCaseView;
  }
}
