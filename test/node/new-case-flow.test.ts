// The new-case flow as one value and its pure transitions: what each step holds, and how a price check, a
// confirmation, a failure, a rate limit and a created case move it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SubmissionProblem } from '../../src/widget/views/new-case/rules/submission-problem.js';
import {
  abandoned,
  backToEdit,
  confirmationChanged,
  confirmationMissing,
  countdownTick,
  created,
  failed,
  formRejected,
  handoffTakenByHost,
  previewed,
  sent,
  startOver,
  startingFlow,
  withFieldErrors,
  type NewCaseFlow,
} from '../../src/widget/views/new-case/rules/new-case-flow.js';

const preview = { isEligible: true, collectionPartnerName: 'Nordic Collect' };
const invoice = { id: '00000000-0000-0000-0000-0000000000aa', reference: 'Q8OAXF3W' };
const submit = { kind: 'submit', allowPendingContracts: false } as const;
const business: SubmissionProblem = {
  kind: 'business',
  primaryType: 'MissingDebtCollectionContract',
  types: ['MissingDebtCollectionContract'],
  message: 'Sign the contract first.',
  handoff: { kind: 'signing', url: 'https://app.debitura.com/sign', reasons: ['MissingDebtCollectionContract'] },
  canSendWithPendingContracts: true,
};

/** Form → price check → preview, confirmed. */
function confirmedPreview(): NewCaseFlow {
  let flow: NewCaseFlow = sent(startingFlow, { kind: 'preview' });
  flow = previewed(flow, preview);
  return confirmationChanged(flow, true);
}

test('starts on the form with nothing checked, sent or failed', () => {
  assert.deepEqual(startingFlow, {
    step: 'form',
    errors: {},
    errorSummaryShown: false,
    busy: false,
    problem: null,
    lastAction: null,
    secondsUntilRetry: null,
    handoffHandledByHost: false,
    businessTypes: [],
  });
  assert.deepEqual(startOver({ name: 'Required' }).errors, { name: 'Required' });
});

test('a price check with mistakes stays on the form with the errors and their summary', () => {
  const flow = formRejected(startingFlow, { amountToRecover: 'Enter an amount' });
  assert.equal(flow.step, 'form');
  assert.deepEqual(flow.step === 'form' && flow.errors, { amountToRecover: 'Enter an amount' });
  assert.equal(flow.step === 'form' && flow.errorSummaryShown, true);
  const fixed = withFieldErrors(flow, {});
  assert.equal(fixed.step === 'form' && Object.keys(fixed.errors).length, 0, 'the summary lists what is still wrong');
  const resent = sent(flow, { kind: 'preview' });
  assert.equal(resent.step === 'form' && resent.errorSummaryShown, false, 'a new check clears the summary');
});

test('unchanged field errors keep the same value, so nothing renders for nothing', () => {
  const flow = withFieldErrors(startingFlow, { name: 'Required' });
  assert.equal(withFieldErrors(flow, { name: 'Required' }), flow);
  assert.notEqual(withFieldErrors(flow, {}), flow);
});

test('a price check goes out busy and arrives as an unconfirmed preview', () => {
  const busy = sent(startingFlow, { kind: 'preview' });
  assert.equal(busy.step === 'form' && busy.busy, true);
  assert.deepEqual(busy.step === 'form' && busy.lastAction, { kind: 'preview' });
  const flow = previewed(busy, preview);
  assert.equal(flow.step, 'preview');
  if (flow.step !== 'preview') return;
  assert.deepEqual(flow.preview, preview);
  assert.equal(flow.confirmed, false);
  assert.equal(flow.busy, false);
  assert.equal(flow.problem, null);
});

test('sending without confirming asks for the confirmation; ticking it clears the request', () => {
  let flow = previewed(sent(startingFlow, { kind: 'preview' }), preview);
  flow = confirmationMissing(flow);
  assert.equal(flow.step === 'preview' && flow.confirmError, true);
  flow = confirmationChanged(flow, true);
  assert.equal(flow.step === 'preview' && flow.confirmError, false);
  assert.equal(flow.step === 'preview' && flow.confirmed, true);
});

test('a business refusal stays on the preview with its hand-off; a hand-off the partner takes is noted', () => {
  let flow = failed(sent(confirmedPreview(), submit), business);
  assert.equal(flow.step, 'preview');
  if (flow.step !== 'preview') return;
  assert.equal(flow.busy, false);
  assert.equal(flow.problem, business);
  assert.deepEqual(flow.businessTypes, ['MissingDebtCollectionContract']);
  assert.deepEqual(flow.lastAction, submit);
  flow = handoffTakenByHost(flow) as typeof flow;
  assert.equal(flow.handoffHandledByHost, true);
  const again = sent(flow, { kind: 'submit', allowPendingContracts: true });
  assert.equal(again.step !== 'success' && again.handoffHandledByHost, false, 'a new request, a new hand-off');
  assert.deepEqual(again.step !== 'success' && again.businessTypes, ['MissingDebtCollectionContract']);
});

test('values Debitura refused send the user back to the form, on the very fields', () => {
  const onFields: SubmissionProblem = { kind: 'fields', fields: { email: 'Invalid email' }, unmatched: [] };
  const flow = failed(sent(confirmedPreview(), submit), onFields);
  assert.equal(flow.step, 'form');
  if (flow.step !== 'form') return;
  assert.deepEqual(flow.errors, { email: 'Invalid email' });
  assert.equal(flow.problem, null, 'nothing left over for a panel');
  const partly: SubmissionProblem = { kind: 'fields', fields: {}, unmatched: ['Something else is wrong'] };
  const panel = failed(sent(confirmedPreview(), submit), partly);
  assert.equal(panel.step === 'form' && panel.problem, partly, 'what no field takes is shown in the panel');
});

test('a rate limit counts down from the wait Debitura asked for, then ends', () => {
  let flow = failed(sent(confirmedPreview(), submit), { kind: 'rateLimited', retryAfterSeconds: 2.2 });
  assert.equal(flow.step !== 'success' && flow.secondsUntilRetry, 3);
  flow = countdownTick(flow);
  assert.equal(flow.step !== 'success' && flow.secondsUntilRetry, 2);
  flow = countdownTick(countdownTick(flow));
  assert.equal(flow.step !== 'success' && flow.secondsUntilRetry, null, 'at zero the request goes again');
  const unknownWait = failed(sent(confirmedPreview(), submit), { kind: 'rateLimited', retryAfterSeconds: null });
  assert.equal(unknownWait.step !== 'success' && unknownWait.secondsUntilRetry, null);
});

test('a view that goes away drops the request and the wait, and keeps the problem', () => {
  const waiting = failed(sent(confirmedPreview(), submit), { kind: 'rateLimited', retryAfterSeconds: 5 });
  const flow = abandoned(sent(waiting, submit));
  assert.equal(flow.step !== 'success' && flow.busy, false);
  assert.equal(flow.step !== 'success' && flow.secondsUntilRetry, null);
  assert.equal(abandoned(startingFlow), startingFlow);
});

test('a created case is the success step, with its hand-off and nothing else', () => {
  const flow = created(sent(confirmedPreview(), submit), invoice, null);
  assert.deepEqual(flow, { step: 'success', created: invoice, handoff: null, handoffHandledByHost: false });
  assert.equal(sent(flow, submit), flow, 'nothing is sent from the success step');
  assert.equal(failed(flow, { kind: 'network' }), flow);
});

test('back to edit leaves the preview and its problem, but still knows what was last sent', () => {
  const flow = backToEdit(failed(sent(confirmedPreview(), submit), { kind: 'server' }));
  assert.equal(flow.step, 'form');
  if (flow.step !== 'form') return;
  assert.equal(flow.problem, null);
  assert.deepEqual(flow.errors, {});
  assert.deepEqual(flow.lastAction, submit);
  assert.equal(backToEdit(startingFlow), startingFlow, 'only the preview has a way back');
});
