// The flow's controller in node, with a stand-in host and mocked timers: the request in flight, and the
// rate-limit countdown that sends the last request again when it runs out.
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { NewCaseFlowController } from '../../src/widget/views/new-case/new-case-flow-controller.js';
import { failed, previewed, type NewCaseAction } from '../../src/widget/views/new-case/rules/new-case-flow.js';
import { ControllerHost } from './controller-host.js';

function setUp() {
  const host = new ControllerHost();
  const repeated: NewCaseAction[] = [];
  const flow = new NewCaseFlowController(host, { onCountdownEnd: (action) => repeated.push(action) });
  return { host, flow, repeated };
}

test('a request makes the flow busy and hands back its value', async () => {
  const { flow } = setUp();
  const outcome = flow.send({ kind: 'preview' }, async () => ({ isEligible: true }));
  assert.equal(flow.flow.step === 'form' && flow.flow.busy, true);
  const result = await outcome;
  assert.deepEqual(result, { ok: true, value: { isEligible: true } });
  flow.apply((current) => previewed(current, { isEligible: true }));
  assert.equal(flow.flow.step, 'preview');
});

test('a view that goes away aborts the request, which then reports itself abandoned', async () => {
  const { host, flow } = setUp();
  let signal: AbortSignal | undefined;
  const outcome = flow.send(
    { kind: 'preview' },
    (given) =>
      new Promise((_, reject) => {
        signal = given;
        given.addEventListener('abort', () => reject(given.reason));
      }),
  );
  host.disconnect();
  assert.equal(signal?.aborted, true);
  assert.deepEqual(await outcome, { ok: false, abandoned: true });
  assert.equal(flow.flow.step === 'form' && flow.flow.busy, false);
});

test('a failure is handed back for the view to explain', async () => {
  const { flow } = setUp();
  const error = new Error('offline');
  assert.deepEqual(await flow.send({ kind: 'preview' }, () => Promise.reject(error)), { ok: false, error });
});

test('a rate-limit wait counts down each second, then sends the same request again', async () => {
  mock.timers.enable({ apis: ['setInterval'] });
  try {
    const { host, flow, repeated } = setUp();
    const action = { kind: 'submit', allowPendingContracts: false } as const;
    await flow.send(action, () => Promise.reject(new Error('429')));
    flow.apply((current) => failed(current, { kind: 'rateLimited', retryAfterSeconds: 2 }));
    const updates = host.updatesRequested;
    mock.timers.tick(1000);
    assert.equal(flow.flow.step !== 'success' && flow.flow.secondsUntilRetry, 1);
    assert.equal(host.updatesRequested, updates + 1);
    assert.deepEqual(repeated, []);
    mock.timers.tick(1000);
    assert.deepEqual(repeated, [action]);
    mock.timers.tick(5000);
    assert.deepEqual(repeated, [action], 'the countdown stopped');
  } finally {
    mock.timers.reset();
  }
});

test('sending again before the wait is over ends the countdown', async () => {
  mock.timers.enable({ apis: ['setInterval'] });
  try {
    const { flow, repeated } = setUp();
    await flow.send({ kind: 'preview' }, () => Promise.reject(new Error('429')));
    flow.apply((current) => failed(current, { kind: 'rateLimited', retryAfterSeconds: 3 }));
    await flow.send({ kind: 'preview' }, async () => 'priced');
    mock.timers.tick(10_000);
    assert.deepEqual(repeated, []);
  } finally {
    mock.timers.reset();
  }
});
