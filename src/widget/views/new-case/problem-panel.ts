// Explains a failed price check or submission in plain words and offers the way forward: a signing link, sending
// with pending contracts, waiting out a rate limit, or trying again with everything the user typed kept.
import { html, nothing, type TemplateResult } from 'lit';
import { contractTypes, kycType, type HandoffLink } from '../../handoff/handoff-link.js';
import { isExplainedBusinessType, type SubmissionProblem } from './rules/submission-problem.js';
import type { Messages } from '../../i18n/en/index.js';
import { interpolate } from '../../i18n/interpolate.js';
import { plural } from '../../i18n/plural.js';
import { busyButton } from './busy-button.js';

export interface ProblemPanelProps {
  messages: Messages;
  problem: SubmissionProblem;
  busy: boolean;
  /** What the retry button says while the repeated request runs ("Checking price…" or "Sending…"). */
  retryBusyLabel: string;
  /** Seconds left before an automatic retry after a rate limit; null when not counting down. */
  secondsUntilRetry: number | null;
  handoffHandledByHost: boolean;
  onRetry: () => void;
  onSendWithPendingContracts: () => void;
  /** The user opened Debitura's page from the panel. */
  onHandoffOpened?: () => void;
}

export interface ProblemText {
  title: string;
  body: string;
}

export function problemText(messages: Messages, problem: SubmissionProblem): ProblemText {
  const o = messages.newCase.outcomes;
  switch (problem.kind) {
    case 'fields':
      return o.validation;
    case 'business':
      return isExplainedBusinessType(problem.primaryType)
        ? o[problem.primaryType]
        : { title: o.unknown.title, body: interpolate(o.unknown.body, { message: problem.message }) };
    case 'network':
      return o.network;
    case 'rateLimited':
      return { title: o.rateLimited.title, body: o.rateLimited.ready };
    case 'server':
      return o.server;
    case 'authentication':
      return messages.errors.authentication;
    case 'unexpected':
      return messages.errors.unexpected;
  }
}

export function renderProblemPanel(props: ProblemPanelProps): TemplateResult {
  const { messages, problem } = props;
  const text = problemText(messages, problem);
  const tone = problem.kind === 'business' || problem.kind === 'rateLimited' ? 'alert--warning' : 'alert--danger';
  return html`
    <div class="alert ${tone}" part="alert">
      <h4 class="problem-title" id="problem-title" tabindex="-1">${text.title}</h4>
      <p>
        ${
          problem.kind === 'rateLimited' && props.secondsUntilRetry !== null
            ? plural(messages.language, messages.newCase.outcomes.rateLimited.body, props.secondsUntilRetry, {
                seconds: props.secondsUntilRetry,
              })
            : text.body
        }
      </p>
      ${problem.kind === 'fields' ? problem.unmatched.map((message) => html`<p>${message}</p>`) : nothing}
      ${problem.kind === 'business' ? businessActions(props, problem) : nothing}
      ${
        canRetry(problem) && props.secondsUntilRetry === null
          ? html`<div class="actions">
              ${busyButton({
                type: 'button',
                busy: props.busy,
                secondary: true,
                label: messages.newCase.actions.retry,
                busyLabel: props.retryBusyLabel,
                onClick: props.onRetry,
              })}
            </div>`
          : nothing
      }
    </div>
  `;
}

function canRetry(problem: SubmissionProblem): boolean {
  return (
    problem.kind === 'network' ||
    problem.kind === 'server' ||
    problem.kind === 'rateLimited' ||
    problem.kind === 'authentication'
  );
}

function businessActions(
  props: ProblemPanelProps,
  problem: Extract<SubmissionProblem, { kind: 'business' }>,
): TemplateResult {
  const { messages } = props;
  const needsHandoff = problem.types.some((type) => type === kycType || contractTypes.includes(type));
  return html`
    ${
      problem.handoff
        ? handoffNotice(messages, problem.handoff, {
            handledByHost: props.handoffHandledByHost,
            onOpen: props.onHandoffOpened,
          })
        : needsHandoff
          ? html`<p>${messages.newCase.outcomes.handoffBlocked}</p>`
          : nothing
    }
    ${
      problem.canSendWithPendingContracts
        ? html`
            <p>${messages.newCase.outcomes.signLaterHint}</p>
            <div class="actions">
              ${busyButton({
                type: 'button',
                busy: props.busy,
                secondary: true,
                label: messages.newCase.actions.submitPending,
                busyLabel: messages.newCase.actions.submitBusy,
                onClick: props.onSendWithPendingContracts,
              })}
            </div>
          `
        : nothing
    }
  `;
}

/** The link to Debitura's page, or, when the partner page took over the hand-off, a note saying so. */
export function handoffNotice(
  messages: Messages,
  handoff: HandoffLink,
  options: { handledByHost: boolean; handledText?: string; secondary?: boolean; onOpen?: (() => void) | undefined },
): TemplateResult {
  if (options.handledByHost) return html`<p>${options.handledText ?? messages.newCase.outcomes.handoffHandled}</p>`;
  const label = handoff.kind === 'kyc' ? messages.newCase.actions.openKyc : messages.newCase.actions.openSigning;
  return html`<a
    class=${options.secondary ? 'button button--secondary link-button' : 'button link-button'}
    data-handoff
    href=${handoff.url}
    target="_blank"
    rel="noopener noreferrer"
    @click=${() => options.onOpen?.()}
    >${label}<span class="visually-hidden"> ${messages.common.opensInNewTab}</span></a
  >`;
}

/**
 * Debitura will not take cases from this creditor: nothing in the form changes that, only support. The partner's
 * `support` slot (the same as on the activation screen) is shown with it.
 */
export function renderBlockedNotice(messages: Messages): TemplateResult {
  const text = messages.newCase.outcomes.CreditorBlocked;
  return html`<div class="alert alert--danger" part="alert" data-blocked>
    <h4>${text.title}</h4>
    <p>${text.body}</p>
    <slot name="support"></slot>
  </div>`;
}
