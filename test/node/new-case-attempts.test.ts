import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SubmissionAttempts } from '../../src/widget/views/new-case/rules/submission-attempt.js';

function counter() {
  let n = 0;
  return () => `key-${++n}`;
}

const body = { currencyCode: 'EUR', amountToRecover: 100, debtor: { type: 'Company', name: 'Acme' } };

test('retrying the same body after a failure without a final answer reuses the key', () => {
  const attempts = new SubmissionAttempts(counter());
  const first = attempts.keyFor(body);
  attempts.settle('retryable');
  assert.equal(attempts.keyFor(structuredClone(body)), first);
});

test('an edited body is a new attempt with a new key', () => {
  const attempts = new SubmissionAttempts(counter());
  const first = attempts.keyFor(body);
  attempts.settle('retryable');
  assert.notEqual(attempts.keyFor({ ...body, amountToRecover: 200 }), first);
});

test('after a final answer the same body is sent as a new attempt', () => {
  const attempts = new SubmissionAttempts(counter());
  const first = attempts.keyFor(body);
  attempts.settle('final');
  assert.notEqual(attempts.keyFor(body), first);
});

test('sending with pending contracts after a 422 is a new attempt', () => {
  const attempts = new SubmissionAttempts(counter());
  const first = attempts.keyFor(body);
  attempts.settle('final');
  assert.notEqual(attempts.keyFor({ ...body, allowPendingContracts: true }), first);
});

test('keys are random UUIDs by default', () => {
  const key = new SubmissionAttempts().keyFor(body);
  assert.match(key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.ok(key.length <= 255);
});
