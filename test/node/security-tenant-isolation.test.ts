// The browser cannot choose the tenant: the token endpoint takes it from the partner's session only, and a
// token of one tenant reads nothing of another's (404, as if the case did not exist).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSandbox, SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';
import { createTokenHandler } from '../../src/server/index.js';
import { caseRequest } from './sandbox-cases-harness.js';

const origin = 'http://sandbox.test';

function setup() {
  const sandbox = createSandbox();
  const handler = createTokenHandler({
    apiKey: SANDBOX_PARTNER_API_KEY,
    baseUrl: `${origin}/referral`,
    resolveTenant: (request) => /(?:^|;\s*)session=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null,
    fetch: (input, init) => sandbox.fetch(new Request(input, init)),
  });
  const customer = (token: string, path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return sandbox.fetch(new Request(`${origin}/customer${path}`, { ...init, headers }));
  };
  const tokenOf = async (
    sessionTenant: string,
    init: { url?: string; headers?: Record<string, string>; body?: string } = {},
  ) => {
    const answer = await handler(
      new Request(init.url ?? `${origin}/api/debitura/token`, {
        method: 'POST',
        headers: { cookie: `session=${sessionTenant}`, 'Content-Type': 'application/json', ...init.headers },
        ...(init.body !== undefined ? { body: init.body } : {}),
      }),
    );
    assert.equal(answer.status, 200);
    return ((await answer.json()) as { accessToken: string }).accessToken;
  };
  const creditorOf = async (token: string) =>
    (await (await customer(token, '/me')).json()) as { id?: string; companyName?: string };
  return { handler, customer, tokenOf, creditorOf };
}

describe('security: the browser cannot choose the tenant', () => {
  it('ignores tenant hints in the body, the query and headers of a token request', async () => {
    const { tokenOf, creditorOf } = setup();
    const own = await creditorOf(await tokenOf('acme-ready'));
    const other = await creditorOf(await tokenOf('unsigned-contract'));
    assert.notDeepEqual(own, other);
    const hinted = await tokenOf('acme-ready', {
      url: `${origin}/api/debitura/token?externalTenantId=unsigned-contract&tenant=unsigned-contract`,
      headers: {
        'X-External-Tenant-Id': 'unsigned-contract',
        'X-Tenant': 'unsigned-contract',
        ExternalTenantId: 'unsigned-contract',
      },
      body: JSON.stringify({
        externalTenantId: 'unsigned-contract',
        ExternalTenantId: 'unsigned-contract',
        tenant: 'unsigned-contract',
      }),
    });
    assert.deepEqual(await creditorOf(hinted), own);
  });

  it('gives another tenant’s token nothing of a case: every read and write is 404', async () => {
    const { customer, tokenOf } = setup();
    const owner = await tokenOf('acme-ready');
    const stranger = await tokenOf('unsigned-contract');
    const request = caseRequest();
    const created = await customer(owner, '/cases', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'isolation-1' },
      body: JSON.stringify(request),
    });
    assert.equal(created.status, 200);
    const { id, reference } = (await created.json()) as { id: string; reference: string };

    for (const path of [
      `/cases/${id}`,
      `/cases/${id}/timeline`,
      `/cases/${id}/payments`,
      `/cases/${id}/chats`,
      `/cases/${id}/files`,
      `/cases/${id}/contract-status`,
      `/cases/${id}/validation`,
      `/cases/by-creditor-reference/${encodeURIComponent(request.creditorReference)}`,
      `/cases/case-reference/${reference}`,
    ]) {
      const answer = await customer(stranger, path, { headers: { 'X-External-Tenant-Id': 'acme-ready' } });
      assert.equal(answer.status, 404, path);
      assert.doesNotMatch(await answer.text(), new RegExp(request.creditorReference), path);
    }
    const chat = await customer(stranger, `/cases/${id}/chats`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: 'hello', userEmail: 'someone@example.com' }),
    });
    assert.equal(chat.status, 404);
    const form = new FormData();
    form.set('File', new File([new Uint8Array(10)], 'x.pdf'));
    assert.equal((await customer(stranger, `/cases/${id}/files`, { method: 'POST', body: form })).status, 404);

    const listed = await customer(
      stranger,
      `/cases?PageSize=100&Query=${encodeURIComponent(request.creditorReference)}&ExternalTenantId=acme-ready`,
    );
    assert.equal(listed.status, 200);
    assert.equal(((await listed.json()) as { cases: unknown[] }).cases.length, 0);
    // The owner still sees it, so the 404s above are about the tenant, not the case.
    assert.equal((await customer(owner, `/cases/${id}`)).status, 200);
  });

  it('does not let one tenant’s Idempotency-Key replay another tenant’s case', async () => {
    const { customer, tokenOf } = setup();
    const body = JSON.stringify(caseRequest());
    const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': 'shared-key' };
    const owner = await customer(await tokenOf('acme-ready'), '/cases', { method: 'POST', headers, body });
    assert.equal(owner.status, 200);
    const { id } = (await owner.json()) as { id: string };
    const stranger = await customer(await tokenOf('unsigned-contract'), '/cases', { method: 'POST', headers, body });
    assert.doesNotMatch(await stranger.text(), new RegExp(id));
  });
});

describe('security: the token endpoint', () => {
  it('answers only POST; other methods get 405 with Allow: POST and no token', async () => {
    const { handler } = setup();
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH', 'HEAD']) {
      const answer = await handler(
        new Request(`${origin}/api/debitura/token`, { method, headers: { cookie: 'session=acme-ready' } }),
      );
      assert.equal(answer.status, 405, method);
      assert.equal(answer.headers.get('allow'), 'POST');
      assert.doesNotMatch(await answer.text(), /accessToken/);
    }
  });

  it('allows CORS only for configured origins, with credentials, and never with a wildcard', async () => {
    const sandbox = createSandbox();
    const handler = createTokenHandler({
      apiKey: SANDBOX_PARTNER_API_KEY,
      baseUrl: `${origin}/referral`,
      resolveTenant: () => 'acme-ready',
      allowedOrigins: ['https://app.partner.example'],
      fetch: (input, init) => sandbox.fetch(new Request(input, init)),
    });
    const post = (requestOrigin: string) =>
      handler(new Request(`${origin}/api/debitura/token`, { method: 'POST', headers: { Origin: requestOrigin } }));
    const allowed = await post('https://app.partner.example');
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://app.partner.example');
    assert.equal(allowed.headers.get('access-control-allow-credentials'), 'true');
    for (const stranger of [
      'https://evil.example',
      'https://app.partner.example.evil.example',
      'http://app.partner.example',
      'null',
    ]) {
      const denied = await post(stranger);
      assert.equal(denied.headers.get('access-control-allow-origin'), null, stranger);
      assert.equal(denied.headers.get('access-control-allow-credentials'), null, stranger);
    }
    const preflight = (requestOrigin: string) =>
      handler(
        new Request(`${origin}/api/debitura/token`, {
          method: 'OPTIONS',
          headers: { Origin: requestOrigin, 'Access-Control-Request-Method': 'POST' },
        }),
      );
    assert.equal((await preflight('https://app.partner.example')).headers.get('access-control-allow-methods'), 'POST');
    const deniedPreflight = await preflight('https://evil.example');
    assert.equal(deniedPreflight.headers.get('access-control-allow-origin'), null);
    assert.notEqual(deniedPreflight.status, 204);
  });

  it('marks every answer no-store, tokens and errors alike', async () => {
    const { handler } = setup();
    const answers = [
      await handler(new Request(`${origin}/t`, { method: 'POST', headers: { cookie: 'session=acme-ready' } })),
      await handler(new Request(`${origin}/t`, { method: 'POST' })),
      await handler(new Request(`${origin}/t`, { method: 'POST', headers: { cookie: 'session=no-such-tenant' } })),
      await handler(new Request(`${origin}/t`, { method: 'GET' })),
    ];
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [200, 401, 403, 405],
    );
    for (const answer of answers) assert.equal(answer.headers.get('cache-control'), 'no-store');
  });
});
