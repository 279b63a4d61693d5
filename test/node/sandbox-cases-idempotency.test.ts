import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertMatchesSpec } from './openapi-contract.js';
import { fieldProblems } from './sandbox-field-problems.js';
import { caseRequest, clientFor, newSandbox } from './sandbox-cases-harness.js';

describe('sandbox POST /cases Idempotency-Key', () => {
  it('replays the stored answer verbatim for the same key and body, creating one case', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const body = caseRequest({ creditorReference: 'IDEM-1' });
    const first = await acme.post('/cases', body, { 'Idempotency-Key': 'key-1' });
    const second = await acme.post('/cases', { ...body }, { 'Idempotency-Key': 'key-1' });
    assert.equal(first.status, 200);
    assert.equal(second.status, 200);
    assert.deepEqual(second.body, first.body);
    const list = await acme.get('/cases?Query=IDEM-1');
    assert.equal(list.body.page.totalResults, 1);
  });

  it('answers 422 IdempotencyConflict when the key comes back with another body', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    await acme.post('/cases', caseRequest({ creditorReference: 'IDEM-2' }), { 'Idempotency-Key': 'key-2' });
    const conflict = await acme.post('/cases', caseRequest({ creditorReference: 'IDEM-3' }), {
      'Idempotency-Key': 'key-2',
    });
    assert.equal(conflict.status, 422);
    assertMatchesSpec('customer', 'POST', '/cases', 422, conflict.body);
    assert.equal(conflict.body.businessErrors[0].type, 'IdempotencyConflict');
  });

  it('does not store 400s, so the corrected request may reuse the key', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const invalid = await acme.post('/cases', caseRequest({ amountToRecover: 0 }), { 'Idempotency-Key': 'key-3' });
    assert.equal(invalid.status, 400);
    const fixed = await acme.post('/cases', caseRequest({ amountToRecover: 10 }), { 'Idempotency-Key': 'key-3' });
    assert.equal(fixed.status, 200);
  });

  it('replays a business refusal too, and keys are per creditor', async () => {
    const sandbox = newSandbox();
    const unsigned = await clientFor(sandbox, 'unsigned-contract');
    const body = caseRequest({ creditorReference: 'IDEM-4' });
    const refused = await unsigned.post('/cases', body, { 'Idempotency-Key': 'shared-key' });
    const replayed = await unsigned.post('/cases', body, { 'Idempotency-Key': 'shared-key' });
    assert.equal(refused.status, 422);
    assert.equal(replayed.status, 422);
    assert.deepEqual(replayed.body, refused.body);
    const acme = await clientFor(sandbox, 'acme-ready');
    assert.equal((await acme.post('/cases', body, { 'Idempotency-Key': 'shared-key' })).status, 200);
  });

  it('rejects keys longer than 255 characters', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const tooLong = await acme.post('/cases', caseRequest(), { 'Idempotency-Key': 'k'.repeat(256) });
    assert.ok(fieldProblems(tooLong)['Idempotency-Key']);
    assert.equal((await acme.post('/cases', caseRequest(), { 'Idempotency-Key': 'k'.repeat(255) })).status, 200);
  });
});
