// Seeded faults: the soak tests set a seed so a failing run can be replayed. The same seed gives the same faults
// in the same order every time it is set; another seed gives another sequence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FaultConfig, Sandbox } from '../../src/sandbox/index.js';
import { call, newSandbox, referral } from './sandbox-core-harness.js';

async function statuses(sandbox: Sandbox, count: number): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) seen.push((await referral(sandbox, 'GET', '/me')).status);
  return seen;
}

const faults: FaultConfig = { rate: 0.5, kinds: ['error500', 'error503'] };

test('the same seed replays the same faults, on another sandbox and when set again', async () => {
  const first = newSandbox().sandbox;
  assert.equal((await call(first, 'POST', '/sandbox/faults', { body: { ...faults, seed: 7 } })).status, 200);
  const run = await statuses(first, 24);
  assert.ok(run.includes(200) && run.some((status) => status >= 500), `a mix of answers: ${run.join(' ')}`);

  const second = newSandbox({ faults: { ...faults, seed: 7 } }).sandbox;
  assert.deepEqual(await statuses(second, 24), run);

  await call(first, 'POST', '/sandbox/faults', { body: { ...faults, seed: 7 } });
  assert.deepEqual(await statuses(first, 24), run);

  await call(first, 'POST', '/sandbox/faults', { body: { ...faults, seed: 8 } });
  assert.notDeepEqual(await statuses(first, 24), run);
});

test('a seed that is not a whole number in 0..2^32-1 is refused', async () => {
  const { sandbox } = newSandbox();
  for (const seed of [-1, 1.5, 2 ** 32, '7']) {
    assert.equal((await call(sandbox, 'POST', '/sandbox/faults', { body: { rate: 0.1, seed } })).status, 400);
  }
});
