// DESIGN: where the new-case flow stands, as one value: {step: 'form'} | {step: 'preview', …} |
// {step: 'success', …}. Each step carries only what it shows, so a preview without a price, or a success with a
// price check still running, cannot be written down. Every change is a pure function from one value to the next,
// tested in node; NewCaseFlowController holds the value, the request in flight and the rate-limit countdown, and
// the view renders the value and moves focus. The values typed live in NewCaseFormMemory, not here.
import type { InvoiceDto } from '../../../../wire/case.js';
import type { PreviewResultDto } from '../../../../wire/preview.js';
import type { HandoffLink } from '../../../handoff/handoff-link.js';
import type { FieldErrors } from './new-case-form-values.js';
import type { SubmissionProblem } from './submission-problem.js';

/** A request the flow sends, so "try again" and the rate-limit countdown repeat exactly that. */
export type NewCaseAction = { kind: 'preview' } | { kind: 'submit'; allowPendingContracts: boolean };

/** The request side of the form and preview steps. */
export interface Sending {
  /** A price check or submission is on its way. */
  busy: boolean;
  /** Why the last request failed, until the next one starts or the user leaves the step. */
  problem: SubmissionProblem | null;
  /** The last request sent; what "try again" repeats. */
  lastAction: NewCaseAction | null;
  /** Seconds until a rate-limited request goes again by itself; null when nothing waits. */
  secondsUntilRetry: number | null;
  /** The partner page took over the hand-off link of the problem shown. */
  handoffHandledByHost: boolean;
  /** Debitura's business error types met so far: the reasons of a case then sent with pending contracts. */
  businessTypes: readonly string[];
}

export interface FormStep extends Sending {
  step: 'form';
  errors: FieldErrors;
  /**
   * A price check found mistakes: the form lists the fields still wrong above it, linked, until the next check.
   * The list follows `errors`, so it shrinks as fields are fixed and goes when none is left.
   */
  errorSummaryShown: boolean;
}

export interface PreviewStep extends Sending {
  step: 'preview';
  preview: PreviewResultDto;
  confirmed: boolean;
  /** The user tried to send without confirming. */
  confirmError: boolean;
}

export interface SuccessStep {
  step: 'success';
  created: InvoiceDto;
  /** Where the user signs what the case still waits for, if anything. */
  handoff: HandoffLink | null;
  handoffHandledByHost: boolean;
  /** The contracts the case waited for were signed while the success screen was open. */
  signed?: boolean;
}

export type NewCaseFlow = FormStep | PreviewStep | SuccessStep;

const idle: Sending = {
  busy: false,
  problem: null,
  lastAction: null,
  secondsUntilRetry: null,
  handoffHandledByHost: false,
  businessTypes: [],
};

/** An empty start: the form, nothing checked or sent. */
export const startingFlow: FormStep = Object.freeze({ step: 'form', errors: {}, errorSummaryShown: false, ...idle });

/** Starts over on the form, keeping nothing from before but the errors given (e.g. a draft's). */
export function startOver(errors: FieldErrors = {}): FormStep {
  return { ...startingFlow, errors };
}

/** The field errors on display changed (typing, leaving a field, a choice that changes the rules). */
export function withFieldErrors(flow: NewCaseFlow, errors: FieldErrors): NewCaseFlow {
  if (flow.step !== 'form' || sameErrors(flow.errors, errors)) return flow;
  return { ...flow, errors };
}

/** The price check found mistakes before anything was sent. */
export function formRejected(flow: NewCaseFlow, errors: FieldErrors): NewCaseFlow {
  if (flow.step !== 'form') return flow;
  return { ...flow, errors, errorSummaryShown: true };
}

/** A price check or submission goes out: busy, the countdown and a hand-off taken over are over. */
export function sent(flow: NewCaseFlow, action: NewCaseAction): NewCaseFlow {
  if (flow.step === 'success') return flow;
  const next = { ...flow, busy: true, lastAction: action, secondsUntilRetry: null, handoffHandledByHost: false };
  return next.step === 'form' ? { ...next, errorSummaryShown: false } : next;
}

/** The view went away: the request in flight and a rate-limit wait are dropped; the user sends again later. */
export function abandoned(flow: NewCaseFlow): NewCaseFlow {
  if (flow.step === 'success' || (!flow.busy && flow.secondsUntilRetry === null)) return flow;
  return { ...flow, busy: false, secondsUntilRetry: null };
}

/** Debitura priced the case: the preview, with nothing confirmed yet. */
export function previewed(flow: NewCaseFlow, preview: PreviewResultDto): NewCaseFlow {
  if (flow.step === 'success') return flow;
  return {
    ...sendingOf(flow),
    step: 'preview',
    preview,
    confirmed: false,
    confirmError: false,
    busy: false,
    problem: null,
  };
}

/**
 * A quiet look at the price again while the user is at Debitura's page: the new answer replaces the old one, the
 * confirmation stays ticked, and a business problem about the steps now done goes away with them.
 */
export function rechecked(flow: NewCaseFlow, preview: PreviewResultDto): NewCaseFlow {
  if (flow.step !== 'preview' || flow.busy) return flow;
  const problem = flow.problem?.kind === 'business' ? null : flow.problem;
  return { ...flow, preview, problem, businessTypes: problem ? flow.businessTypes : [] };
}

export function confirmationChanged(flow: NewCaseFlow, confirmed: boolean): NewCaseFlow {
  if (flow.step !== 'preview') return flow;
  return { ...flow, confirmed, confirmError: confirmed ? false : flow.confirmError };
}

/** The user asked to send without confirming. */
export function confirmationMissing(flow: NewCaseFlow): NewCaseFlow {
  return flow.step === 'preview' ? { ...flow, confirmError: true } : flow;
}

/**
 * A request failed. Values Debitura refused send the user back to the form with the verdict on the very fields
 * (a problem panel only for what no field takes); anything else is shown on the step the user is on.
 */
export function failed(flow: NewCaseFlow, problem: SubmissionProblem): NewCaseFlow {
  if (flow.step === 'success') return flow;
  const sending: Sending = {
    ...sendingOf(flow),
    busy: false,
    problem,
    secondsUntilRetry:
      problem.kind === 'rateLimited' && problem.retryAfterSeconds !== null
        ? Math.max(1, Math.ceil(problem.retryAfterSeconds))
        : null,
    businessTypes: problem.kind === 'business' ? problem.types : flow.businessTypes,
  };
  if (problem.kind !== 'fields') return { ...flow, ...sending };
  const errors = { ...(flow.step === 'form' ? flow.errors : {}), ...problem.fields };
  const unmatchedOnly = problem.unmatched.length > 0 || Object.keys(problem.fields).length === 0;
  return {
    ...sending,
    step: 'form',
    errors,
    errorSummaryShown: false,
    problem: unmatchedOnly ? problem : null,
  };
}

/** The partner page presents the hand-off link itself (it cancelled `debitura-action-required`). */
export function handoffTakenByHost(flow: NewCaseFlow): NewCaseFlow {
  return { ...flow, handoffHandledByHost: true };
}

/** One second of a rate-limit wait passed; at zero the countdown ends and the controller sends again. */
export function countdownTick(flow: NewCaseFlow): NewCaseFlow {
  if (flow.step === 'success' || flow.secondsUntilRetry === null) return flow;
  const left = flow.secondsUntilRetry - 1;
  return { ...flow, secondsUntilRetry: left > 0 ? left : null };
}

/** Debitura created the case. */
export function created(flow: NewCaseFlow, item: InvoiceDto, handoff: HandoffLink | null): NewCaseFlow {
  if (flow.step === 'success') return flow;
  return { step: 'success', created: item, handoff, handoffHandledByHost: false };
}

/** The case no longer waits for contracts: the success screen says so instead of asking to sign. */
export function signingSettled(flow: NewCaseFlow): NewCaseFlow {
  if (flow.step !== 'success' || !flow.handoff) return flow;
  return { ...flow, handoff: null, signed: true };
}

/** From the preview back to the form to change something: nothing checked is kept but what "try again" was. */
export function backToEdit(flow: NewCaseFlow): NewCaseFlow {
  if (flow.step !== 'preview') return flow;
  return {
    ...sendingOf(flow),
    step: 'form',
    errors: {},
    errorSummaryShown: false,
    problem: null,
    secondsUntilRetry: null,
  };
}

function sendingOf(flow: FormStep | PreviewStep): Sending {
  const { busy, problem, lastAction, secondsUntilRetry, handoffHandledByHost, businessTypes } = flow;
  return { busy, problem, lastAction, secondsUntilRetry, handoffHandledByHost, businessTypes };
}

function sameErrors(a: FieldErrors, b: FieldErrors): boolean {
  const keys = Object.keys(a) as (keyof FieldErrors)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
