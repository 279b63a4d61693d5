// Who may talk to the sandbox (issue 14, item 7). It lists every tenant's creditor key at GET / and resets on
// POST /sandbox/reset, so a web page from another origin must neither read it (CORS) nor drive it (form posts,
// no-cors fetches), and a page whose domain is rebound to 127.0.0.1 must be refused by its Host header. The
// loopback development setups (npm start, the browser tests, a widget on localhost:5173) keep working, and a CI
// network can be let in on purpose.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { newSandbox, origin, partnerHeaders } from './sandbox-core-harness.js';
import type { Sandbox } from '../../src/sandbox/index.js';

function send(sandbox: Sandbox, path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  return sandbox.fetch(new Request(`${origin}${path}`, init));
}

describe('browser pages of other origins', () => {
  test('get no CORS answer and are refused, for reads and writes alike', async () => {
    const { sandbox } = newSandbox();
    const evil = 'https://evil.example';
    const preflight = await send(sandbox, '/customer/cases', {
      method: 'OPTIONS',
      headers: {
        Origin: evil,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), null);

    const listing = await send(sandbox, '/', { headers: { Origin: evil } });
    assert.equal(listing.status, 403);
    assert.equal(listing.headers.get('Access-Control-Allow-Origin'), null);
    assert.doesNotMatch(await listing.text(), /sandbox-creditor-key/);

    // A "simple" cross-site POST needs no preflight: the guard itself must refuse it.
    const reset = await send(sandbox, '/sandbox/reset', { method: 'POST', headers: { Origin: evil } });
    assert.equal(reset.status, 403);
    const faults = await send(sandbox, '/sandbox/faults', {
      method: 'POST',
      headers: { Origin: evil, 'Content-Type': 'text/plain' },
      body: JSON.stringify({ rate: 1 }),
    });
    assert.equal(faults.status, 403);
    assert.equal((await (await send(sandbox, '/sandbox/faults')).json()).rate, 0, 'the faults were not changed');
    const deliveries = await send(sandbox, '/sandbox/webhooks/deliveries', { headers: { Origin: evil } });
    assert.equal(deliveries.status, 403);

    // A cross-site form post to the approval page would link an account behind its owner's back.
    const approval = await send(sandbox, '/referral/clients', {
      method: 'POST',
      headers: { ...partnerHeaders, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        externalTenantId: 'unlinked-existing-account',
        client: { name: 'B', country: 'DK', supportEmail: 'office@existing-account.example' },
        users: [{ name: 'I B', email: 'owner@existing-account.example' }],
      }),
    });
    const url = new URL((await approval.json()).data.onboardingLinks.url);
    const forged = await send(sandbox, `${url.pathname}${url.search}`, {
      method: 'POST',
      headers: { Origin: evil, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'decision=approve',
    });
    assert.equal(forged.status, 403);
    const sandboxedFrame = await send(sandbox, '/sandbox/reset', { method: 'POST', headers: { Origin: 'null' } });
    assert.equal(sandboxedFrame.status, 403);
  });

  test('loopback pages and the sandbox itself are answered, with CORS for the former', async () => {
    const { sandbox } = newSandbox();
    for (const page of [
      'http://localhost:5173',
      'http://127.0.0.1:8000',
      'http://[::1]:3000',
      'http://app.localhost:8080',
    ]) {
      const answer = await send(sandbox, '/customer/me', { headers: { Origin: page } });
      assert.equal(answer.status, 401, page);
      assert.equal(answer.headers.get('Access-Control-Allow-Origin'), page);
    }
    const ownForm = await send(sandbox, '/sandbox/reset', { method: 'POST', headers: { Origin: origin } });
    assert.equal(ownForm.status, 204, 'a page of the sandbox posting to it');
    assert.equal(
      (await send(sandbox, '/sandbox/reset', { method: 'POST' })).status,
      204,
      'curl and node send no Origin',
    );
  });

  test('allowedOrigins lets a named origin in, and no other', async () => {
    const { sandbox } = newSandbox({ allowedOrigins: ['https://ci-app.example:8443'] });
    const allowed = await send(sandbox, '/customer/me', { headers: { Origin: 'https://ci-app.example:8443' } });
    assert.deepEqual(
      [allowed.status, allowed.headers.get('Access-Control-Allow-Origin')],
      [401, 'https://ci-app.example:8443'],
    );
    const other = await send(sandbox, '/customer/me', { headers: { Origin: 'https://ci-app.example' } });
    assert.equal(other.status, 403);
  });
});

describe('the Host header (DNS rebinding)', () => {
  test('a host other than loopback is refused, whatever the origin', async () => {
    const { sandbox } = newSandbox();
    // After rebinding, the attacker's page is same-origin with the sandbox: only its Host header gives it away.
    for (const host of [
      'rebind.evil.example:4010',
      'rebind.evil.example',
      '192.168.1.20:4010',
      'localhost.evil.example',
    ]) {
      const answer = await sandbox.fetch(new Request(`http://${host}/`, { headers: { Host: host } }));
      assert.equal(answer.status, 403, host);
      assert.doesNotMatch(await answer.text(), /sandbox-creditor-key/);
    }
    for (const host of ['localhost:4010', '127.0.0.1:5173', '[::1]:4010', 'sandbox.localhost']) {
      const answer = await sandbox.fetch(new Request(`http://${host}/`, { headers: { Host: host } }));
      assert.equal(answer.status, 200, host);
    }
  });

  test('allowedHosts lets a CI service name in', async () => {
    const { sandbox } = newSandbox({ allowedHosts: ['sandbox'] });
    const answer = await sandbox.fetch(
      new Request('http://sandbox:4010/referral/me', { headers: { Host: 'sandbox:4010', ...partnerHeaders } }),
    );
    assert.equal(answer.status, 200);
    assert.match((await answer.json()).logoUrl, /^http:\/\/sandbox:4010\/hosted\//);
    const other = await sandbox.fetch(new Request('http://other:4010/', { headers: { Host: 'other:4010' } }));
    assert.equal(other.status, 403);
  });

  test('a forwarded host is checked like the Host header when forwarded headers are trusted', async () => {
    const { sandbox } = newSandbox({ trustProxy: true });
    const answer = await sandbox.fetch(
      new Request('http://localhost:4010/', {
        headers: { Host: 'localhost:4010', 'X-Forwarded-Host': 'evil.example' },
      }),
    );
    assert.equal(answer.status, 403);
  });
});
