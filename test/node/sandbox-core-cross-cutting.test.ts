import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createSandbox } from '../../src/sandbox/index.js';
import { call, caseRequest, customerOf, movableClock, newSandbox, origin, referral } from './sandbox-core-harness.js';

describe('rate limit', () => {
  test('answers 429 with retryAfter past rateLimitPerMinute, per credential, and recovers after the window', async () => {
    const { sandbox, clock } = newSandbox({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) assert.equal((await referral(sandbox, 'GET', '/me')).status, 200);
    const limited = await referral(sandbox, 'GET', '/me');
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error, 'rate_limit_exceeded');
    assert.ok(limited.body.message);
    assert.ok(limited.body.retryAfter > 0 && limited.body.retryAfter <= 60);

    const other = await call(sandbox, 'GET', '/customer/me', {
      headers: { XApiKey: 'sandbox-creditor-key-acme-ready' },
    });
    assert.equal(other.status, 200, 'another credential has its own bucket');
    clock.advanceSeconds(61);
    assert.equal((await referral(sandbox, 'GET', '/me')).status, 200);
  });

  test('is off without rateLimitPerMinute', async () => {
    const { sandbox } = newSandbox();
    for (let i = 0; i < 50; i++) assert.equal((await referral(sandbox, 'GET', '/me')).status, 200);
  });
});

describe('CORS', () => {
  test('a preflight from a loopback dev server may send Authorization, Idempotency-Key and XApiKey', async () => {
    const { sandbox } = newSandbox();
    const response = await sandbox.fetch(
      new Request(`${origin}/customer/cases`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://localhost:5173',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, idempotency-key, content-type',
        },
      }),
    );
    assert.ok(response.status === 204 || response.status === 200);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), 'http://localhost:5173');
    const allowed = (response.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'idempotency-key', 'xapikey']) assert.ok(allowed.includes(header), allowed);
    const actual = await sandbox.fetch(
      new Request(`${origin}/customer/me`, { headers: { Origin: 'http://localhost:5173' } }),
    );
    assert.equal(actual.status, 401);
    assert.equal(actual.headers.get('Access-Control-Allow-Origin'), 'http://localhost:5173');
  });
});

describe('fault injection', () => {
  test('is off by default and injects 500 / 503 when set at start-up, with setFaults or over HTTP', async () => {
    const quiet = newSandbox().sandbox;
    assert.equal((await referral(quiet, 'GET', '/me')).status, 200);

    const failing = newSandbox({ faults: { rate: 1, kinds: ['error500'] } }).sandbox;
    const error = await referral(failing, 'GET', '/me');
    assert.equal(error.status, 500);
    assert.ok(error.body.message);

    failing.setFaults({ rate: 1, kinds: ['error503'] });
    assert.equal((await referral(failing, 'GET', '/me')).status, 503);
    failing.setFaults({ rate: 0 });
    assert.equal((await referral(failing, 'GET', '/me')).status, 200);

    const set = await call(failing, 'POST', '/sandbox/faults', { body: { rate: 1, kinds: ['error503'] } });
    assert.equal(set.status, 200);
    assert.deepEqual(set.body, { rate: 1, kinds: ['error503'] });
    assert.equal((await referral(failing, 'GET', '/me')).status, 503);
    assert.equal(
      (await call(failing, 'GET', '/hosted/assets/partner-logo.svg')).status,
      200,
      'hosted pages never fail',
    );
    assert.equal((await call(failing, 'POST', '/sandbox/faults', { body: { rate: 2 } })).status, 400);
    await call(failing, 'POST', '/sandbox/faults', { body: { rate: 0 } });
    assert.equal((await referral(failing, 'GET', '/me')).status, 200);
  });

  test('dropAfterCommit stores the case but loses the answer; a retry with the same Idempotency-Key gets it', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'acme-ready');
    const before = (await customer('GET', '/cases?PageSize=1')).body.page.totalResults;

    sandbox.setFaults({ rate: 1, kinds: ['dropAfterCommit'] });
    const body = caseRequest({ creditorReference: 'DROP-1' });
    await assert.rejects(customer('POST', '/cases', body, { 'Idempotency-Key': 'drop-key-1' }), /connection dropped/);
    sandbox.setFaults({ rate: 0 });

    assert.equal(
      (await customer('GET', '/cases?PageSize=1')).body.page.totalResults,
      before + 1,
      'the write was committed',
    );
    const retry = await customer('POST', '/cases', body, { 'Idempotency-Key': 'drop-key-1' });
    assert.equal(retry.status, 200);
    assert.equal(retry.body.creditorReference, 'DROP-1');
    assert.equal(
      (await customer('GET', '/cases?PageSize=1')).body.page.totalResults,
      before + 1,
      'the retry created nothing new',
    );
  });
});

describe('state', () => {
  test('dataFile keeps changes across restarts; reset() restores the seed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'debitura-sandbox-'));
    try {
      const dataFile = join(folder, 'state.json');
      const clock = movableClock();
      const first = createSandbox({ dataFile, now: clock.now });
      const created = await (
        await customerOf(first, 'acme-ready')
      )('POST', '/cases', caseRequest({ creditorReference: 'KEEP-1' }));
      assert.equal(created.status, 200);
      assert.ok(readFileSync(dataFile, 'utf8').includes('KEEP-1'));

      const second = createSandbox({ dataFile, now: clock.now });
      const customer = await customerOf(second, 'acme-ready');
      assert.equal((await customer('GET', '/cases/by-creditor-reference/KEEP-1')).status, 200);

      second.reset();
      assert.equal((await customer('GET', '/cases/by-creditor-reference/KEEP-1')).status, 404);
      assert.ok(!readFileSync(dataFile, 'utf8').includes('KEEP-1'), 'the reset state is written too');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('reset() also restores tenants changed through hosted pages', async () => {
    const { sandbox } = newSandbox();
    const created = await referral(sandbox, 'POST', '/clients', {
      externalTenantId: 'temp-client',
      client: { name: 'Temp ApS', country: 'DK', supportEmail: 'temp@temp.example' },
      users: [{ name: 'Tea Mp', email: 'tea@temp.example' }],
    });
    assert.equal(created.status, 202);
    sandbox.reset();
    assert.equal((await referral(sandbox, 'GET', '/clients/temp-client')).status, 404);
    assert.ok(sandbox.tenants().some((tenant) => tenant.externalTenantId === 'acme-ready'));
  });
});
