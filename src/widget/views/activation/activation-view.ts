// <debitura-activation>: what a signed-in tenant without Debitura debt collection sees instead of a dead end.
// It explains the service, lets a permitted user activate it (the partner's server creates the Debitura client
// from its own records), hands off to Debitura's hosted onboarding or link approval, and resumes by itself when
// the user comes back. Nothing here is typed in by the user.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ActivationAnswer } from '../../../wire/activation.js';
import { DebituraActionRequiredEvent } from '../../events/debitura-events.js';
import { countryName } from '../../format/countries.js';
import { withReturnUrl } from '../../handoff/handoff-link.js';
import type { Messages } from '../../i18n/en/index.js';
import { addEnglish, englishShell } from '../../i18n/en/shell.js';
import { interpolate } from '../../i18n/interpolate.js';
import { plural } from '../../i18n/plural.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { busyButton } from '../new-case/busy-button.js';
import {
  activationCompleteEventName,
  ActivationRequestError,
  type ActivationFailureReason,
  type FetchActivation,
} from './activation-source.js';
import { activationStyles } from './activation-styles.js';
import { activationText } from './activation-text.js';
import { ResumeWatch } from './resume-watch.js';
import { defineElement } from '../../define-element.js';
import { activation } from '../../i18n/en/activation.js';

// This view's English arrives with its code.
addEnglish({ activation });

const headingId = 'activation-heading';

/** Where the user is away at Debitura, and what the hand-off is called for the partner page. */
const handoffKinds = { onboarding: 'onboarding', approval_pending: 'approval' } as const;
type AwayState = keyof typeof handoffKinds;

function isAway(answer: ActivationAnswer | null): answer is ActivationAnswer & { state: AwayState } {
  return answer !== null && answer.state in handoffKinds;
}

/**
 * The activation screen of `<debitura-collect>`, shown while the signed-in tenant has no active Debitura client
 * link. The host sets `messages`, `locale`, `initial` (the state the token endpoint sent, if any),
 * `fetchActivation`, `returnUrl` and `isAllowedHandoffUrl`.
 *
 * @fires {DebituraActionRequiredEvent} debitura-action-required - The user must finish Debitura's hosted
 *   onboarding (`kind: 'onboarding'`) or have the link approved (`kind: 'approval'`).
 * @slot support - How to reach the partner's support, shown where only support can help.
 */
export class ActivationView extends LitElement {
  static override styles = [sharedStyles, activationStyles];

  @property({ attribute: false }) messages: Messages = englishShell;
  @property({ attribute: false }) locale = 'en';
  @property({ attribute: false }) initial: ActivationAnswer | null = null;
  @property({ attribute: false }) fetchActivation: FetchActivation | null = null;
  @property({ attribute: false }) returnUrl: string | null = null;
  @property({ attribute: false }) isAllowedHandoffUrl: (url: string) => boolean = () => false;

  @state() private answer: ActivationAnswer | null = null;
  @state() private busy: 'activate' | 'check' | null = null;
  @state() private failure: ActivationFailureReason | null = null;
  /** The user opened Debitura's page from here, so the screen now says "finish in the other tab". */
  @state() private opened = false;
  @state() private handledByHost = false;
  @state() private announcement = '';

  readonly #watch = new ResumeWatch(() => void this.#check(false));
  #lastAction: 'status' | 'activate' = 'status';
  #checking = false;
  #focusHeading = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after being moved: keep watching if the user is still away at Debitura.
    if (this.hasUpdated) this.#syncWatch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#watch.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('initial') && this.initial && !this.answer) this.answer = this.initial;
  }

  protected override firstUpdated(): void {
    if (!this.answer) void this.#check(false);
  }

  protected override updated(): void {
    this.#syncWatch();
    if (this.#focusHeading) {
      this.#focusHeading = false;
      (this.renderRoot as ShadowRoot).getElementById(headingId)?.focus();
    }
  }

  protected override render(): TemplateResult {
    return html`
      <section class="activation">${this.#renderState()}</section>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }

  #renderState(): TemplateResult {
    const m = this.messages.activation;
    if (this.failure) return this.#renderFailure(this.failure);
    const answer = this.answer;
    if (!answer) {
      return html`<h3 class="visually-hidden" id=${headingId} tabindex="-1">${m.pitch.title}</h3>
        <p class="waiting" role="status"><span class="spinner" aria-hidden="true"></span>${m.checking}</p>`;
    }
    const text = activationText(this.messages, answer, this.opened);
    const heading = html`<h3 id=${headingId} tabindex="-1">${text.title}</h3>`;
    switch (answer.state) {
      case 'not_activated':
        return html`${heading}${this.#renderPitch(answer, text.body)}`;
      case 'onboarding':
      case 'approval_pending':
        return html`${heading}
          <p>${text.body}</p>
          ${isAway(answer) ? this.#renderHandoff(answer) : nothing}`;
      case 'declined':
      case 'expired':
        return html`${heading}
          <p>${text.body}</p>
          ${this.#activateAction(answer, m.askAgain, m.askAgainBusy)}`;
      case 'linked_elsewhere':
      case 'invalid_client_type':
      case 'failed':
        return html`${heading}
          <p>${text.body}</p>
          <div class="panel" part="alert">
            <slot name="support"><p>${m.support}</p></slot>
          </div>`;
      case 'active':
        return heading;
    }
  }

  #renderPitch(answer: ActivationAnswer, intro: string): TemplateResult {
    const m = this.messages.activation.pitch;
    const company = answer.company || m.yourCompany;
    const points = [m.points.noCureNoPay, m.points.localPartners, m.points.noRetyping];
    const collator = new Intl.Collator(this.locale);
    const countries = (answer.coverage ?? [])
      .map((code) => countryName(code, this.locale))
      .sort((a, b) => collator.compare(a, b));
    return html`
      <p class="intro">${intro}</p>
      <ul class="points">
        ${points.map((point) => html`<li><strong>${point.title}</strong> ${point.body}</li>`)}
      </ul>
      ${
        countries.length > 0
          ? html`<div class="coverage">
              <h4>${m.coverageTitle}</h4>
              <p>
                ${plural(this.messages.language, m.coverage, countries.length, {
                  count: countries.length,
                  countries: countries.join(', '),
                })}
              </p>
            </div>`
          : nothing
      }
      <div class="panel">
        <h4>${m.nextTitle}</h4>
        <ol class="steps">
          <li>${interpolate(m.nextSteps.create, { company })}</li>
          <li>${m.nextSteps.confirm}</li>
          <li>${m.nextSteps.send}</li>
        </ol>
      </div>
      ${this.#activateAction(answer, m.activate, m.activating)}
    `;
  }

  /** The button for users the partner lets activate; for everyone else, whom to ask. */
  #activateAction(answer: ActivationAnswer, label: string, busyLabel: string): TemplateResult {
    const m = this.messages.activation.pitch;
    if (!answer.mayActivate) {
      return html`<p class="alert alert--info" part="alert">
        ${interpolate(m.askAdmin, { company: answer.company || m.yourCompany })}
      </p>`;
    }
    const busy = this.busy === 'activate';
    return html`<div class="actions">
      ${busyButton({ type: 'button', busy, label, busyLabel, onClick: () => void this.#activate() })}
    </div>`;
  }

  /** The way to Debitura's page (or the partner page's own), and a way to look again at once. */
  #renderHandoff(answer: ActivationAnswer & { state: AwayState }): TemplateResult {
    const m = this.messages.activation;
    const text = answer.state === 'onboarding' ? m.onboarding : m.approval;
    const url = this.#handoffUrl(answer);
    const note = this.handledByHost ? m.handledByHost : url ? null : this.messages.newCase.outcomes.handoffBlocked;
    return html`
      ${note ? html`<p>${note}</p>` : nothing}
      <div class="actions">
        ${
          note
            ? nothing
            : html`<a
                class=${this.opened ? 'button button--secondary link-button' : 'button link-button'}
                part="signing-link"
                href=${url!}
                target="_blank"
                rel="noopener noreferrer"
                @click=${() => {
                  this.opened = true;
                }}
                >${this.opened ? text.reopen : text.open}<span class="visually-hidden">
                  ${this.messages.common.opensInNewTab}</span
                ></a
              >`
        }
        ${busyButton({
          type: 'button',
          busy: this.busy === 'check',
          secondary: true,
          label: text.checkNow,
          busyLabel: m.checkBusy,
          onClick: () => void this.#check(true),
        })}
      </div>
    `;
  }

  #renderFailure(reason: ActivationFailureReason): TemplateResult {
    const m = this.messages;
    const text =
      reason === 'signed_out'
        ? m.token.signedOut
        : reason === 'rate_limited'
          ? m.activation.rateLimited
          : m.activation.unavailable;
    return html`
      <div class="alert alert--danger" part="alert" role="alert">
        <h3 class="alert__title" id=${headingId} tabindex="-1">${text.title}</h3>
        <p>${text.body}</p>
        <div class="actions">
          ${busyButton({
            type: 'button',
            busy: this.busy !== null,
            secondary: true,
            label: m.common.retry,
            busyLabel: m.activation.checkBusy,
            onClick: () => void (this.#lastAction === 'activate' ? this.#activate() : this.#check(true)),
          })}
        </div>
      </div>
    `;
  }

  /** Debitura's page with the partner's return URL, when it is one the widget trusts. */
  #handoffUrl(answer: ActivationAnswer): string | null {
    if (!answer.url || !this.isAllowedHandoffUrl(answer.url)) return null;
    const url = withReturnUrl(answer.url, this.returnUrl);
    return this.isAllowedHandoffUrl(url) ? url : null;
  }

  async #activate(): Promise<void> {
    if (this.busy || !this.fetchActivation) return;
    this.#lastAction = 'activate';
    this.busy = 'activate';
    try {
      this.#show(await this.fetchActivation('activate'), true);
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = null;
    }
  }

  /** Looks where the tenant stands: asked by the user, or by the resume watch in the background. */
  async #check(userAsked: boolean): Promise<void> {
    if (this.#checking || this.busy === 'activate' || !this.fetchActivation) return;
    this.#checking = true;
    this.#lastAction = 'status';
    if (userAsked) this.busy = 'check';
    try {
      const answer = await this.fetchActivation('status');
      const unchanged = answer.state === this.answer?.state;
      this.#show(answer, false);
      if (userAsked && unchanged) this.#announce(this.messages.activation.notYet);
    } catch (error) {
      // A background look that fails changes nothing on screen; the next one may work.
      if (userAsked || !this.answer || this.failure) this.#fail(error);
    } finally {
      this.#checking = false;
      if (userAsked) this.busy = null;
    }
  }

  #show(answer: ActivationAnswer, afterActivate: boolean): void {
    const previous = this.failure ? null : this.answer;
    this.answer = answer;
    this.failure = null;
    if (answer.state === 'active') {
      this.#watch.stop();
      this.#announce(this.messages.activation.done);
      this.dispatchEvent(new CustomEvent(activationCompleteEventName, { bubbles: true }));
      return;
    }
    if (previous?.state !== answer.state) {
      this.opened = false;
      this.handledByHost = false;
      // Focus follows a change the user caused, or any change while they are inside the widget.
      if (afterActivate || (this.renderRoot as ShadowRoot).activeElement) this.#focusHeading = true;
      if (previous) this.#announce(activationText(this.messages, answer).title);
    }
    if (afterActivate && isAway(answer)) this.#offerHandoff(answer);
  }

  /** Tells the partner page first, as for signing: it may present Debitura's page its own way. */
  #offerHandoff(answer: ActivationAnswer & { state: AwayState }): void {
    const url = this.#handoffUrl(answer);
    if (!url) return;
    const kind = handoffKinds[answer.state];
    const reasons = kind === 'approval' ? ['ClientExistsNeedsLinking'] : [];
    this.handledByHost = !this.dispatchEvent(new DebituraActionRequiredEvent({ kind, url, reasons }));
  }

  #fail(error: unknown): void {
    this.failure = error instanceof ActivationRequestError ? error.reason : 'unavailable';
    this.#focusHeading = true;
  }

  #syncWatch(): void {
    // A failed look while the user is away changes nothing: the watch keeps looking.
    if (isAway(this.answer) && this.isConnected) this.#watch.start();
    else this.#watch.stop();
  }

  #announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }
}

export const activationViewTag = 'debitura-activation';

defineElement(activationViewTag, ActivationView);

declare global {
  interface HTMLElementTagNameMap {
    'debitura-activation': ActivationView;
  }
}
