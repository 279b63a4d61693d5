// The staff console's Referral API proxy against the real sandbox (in-process): the partner's authorisation on
// every request, the console's operations only, mutations only when enabled, and nothing of the browser's
// credentials upstream (a recording wrapper around the sandbox's fetch shows exactly what went out).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSandbox, SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';
import { createReferralApiProxy, type ReferralApiProxyOptions } from '../../src/server/index.js';

const page = 'https://console.partner.example';
const prefix = '/api/debitura/referral';
const staffCookie = 'partner_session=staff-1';

function consoleProxy(options: Partial<ReferralApiProxyOptions> = {}) {
  const sandbox = createSandbox({ now: () => new Date('2026-06-15T10:00:00Z') });
  const upstream: Request[] = [];
  const proxy = createReferralApiProxy({
    apiKey: SANDBOX_PARTNER_API_KEY,
    baseUrl: 'http://sandbox.test/referral',
    pathPrefix: prefix,
    authorize: (request) => request.headers.get('cookie') === staffCookie,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      upstream.push(request.clone());
      return sandbox.fetch(request);
    },
    ...options,
  });
  return { proxy, upstream, sandbox };
}

/** A same-origin request from the console page, as a browser sends it with the staff member's cookie. */
function fromConsole(path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Request {
  return new Request(`${page}${prefix}${path}`, {
    ...init,
    headers: { Cookie: staffCookie, 'Sec-Fetch-Site': 'same-origin', ...init.headers },
  });
}

const mutationHeaders = { 'X-Requested-With': 'debitura-console' };

describe('referral proxy: who may use it', () => {
  it('refuses every request when the partner gives no authorize callback', async () => {
    const { proxy, upstream } = consoleProxy({ authorize: undefined });
    for (const path of ['/clients', '/cases', '/reporting/transactions']) {
      const answer = await proxy(fromConsole(path));
      assert.equal(answer.status, 403, path);
      assert.equal((await answer.json()).error, 'forbidden');
    }
    assert.equal(upstream.length, 0);
  });

  it('refuses a session the partner does not authorise, and one whose check throws', async () => {
    const { proxy, upstream } = consoleProxy();
    assert.equal(
      (await proxy(fromConsole('/cases', { headers: { Cookie: 'partner_session=tenant-user' } }))).status,
      403,
    );
    const throwing = consoleProxy({
      authorize: () => {
        throw new Error('session store down');
      },
    });
    assert.equal((await throwing.proxy(fromConsole('/cases'))).status, 403);
    assert.equal(upstream.length + throwing.upstream.length, 0);
  });
});

describe('referral proxy: reads', () => {
  it('passes an authorised read through and answers with the sandbox’s data, never cached', async () => {
    const { proxy, sandbox } = consoleProxy();
    const answer = await proxy(fromConsole('/cases?ExternalTenantId=kyc-required&PageSize=3'));
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    const body = await answer.json();
    const direct = await sandbox.fetch(
      new Request('http://sandbox.test/referral/cases?ExternalTenantId=kyc-required&PageSize=3', {
        headers: { XApiKey: SANDBOX_PARTNER_API_KEY },
      }),
    );
    assert.deepEqual(body, await direct.json());
    assert.equal(body.cases.length, 3);

    for (const path of [
      '/clients',
      '/clients/acme-ready',
      '/clients/acme-ready/is-deletable',
      `/cases/${body.cases[0].id}`,
      '/reporting/transactions?PageSize=1',
      '/referral-partner/filter-options',
      '/v1/Webhooks',
    ]) {
      assert.equal((await proxy(fromConsole(path))).status, 200, path);
    }
  });

  it('sends the partner’s key upstream and nothing of the browser’s cookies or Authorization header', async () => {
    const { proxy, upstream } = consoleProxy();
    await proxy(
      fromConsole('/clients?Query=acme', {
        headers: {
          Authorization: 'Bearer browser-token',
          'Accept-Language': 'da',
          XApiKey: 'smuggled-key',
          'X-Forwarded-For': '10.0.0.1',
        },
      }),
    );
    assert.equal(upstream.length, 1);
    const sent = upstream[0]!;
    assert.equal(sent.url, 'http://sandbox.test/referral/clients?Query=acme');
    assert.equal(sent.headers.get('xapikey'), SANDBOX_PARTNER_API_KEY);
    assert.equal(sent.headers.get('cookie'), null);
    assert.equal(sent.headers.get('authorization'), null);
    assert.equal(sent.headers.get('x-forwarded-for'), null);
    assert.deepEqual([...sent.headers.keys()].sort(), ['accept', 'accept-language', 'xapikey']);
  });
});

describe('referral proxy: only the console’s operations', () => {
  it('answers 404 for paths it does not forward, before any upstream call', async () => {
    const { proxy, upstream } = consoleProxy();
    for (const path of [
      '/oauth/token',
      '/me',
      '/coverage',
      '/cases/preview/x',
      '/clients/a/b',
      '/clients/..%2Fme',
      '/v2/Webhooks',
    ]) {
      const answer = await proxy(fromConsole(path));
      assert.equal(answer.status, 404, path);
      assert.equal((await answer.json()).error, 'not_found');
    }
    assert.equal(
      (await proxy(new Request(`${page}/elsewhere/clients`, { headers: { Cookie: staffCookie } }))).status,
      404,
    );
    assert.equal(upstream.length, 0);
  });

  it('answers 405 with Allow for a method the route does not take', async () => {
    const { proxy, upstream } = consoleProxy();
    const post = await proxy(fromConsole('/cases', { method: 'POST', headers: mutationHeaders, body: '{}' }));
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET');
    const token = await proxy(fromConsole('/clients', { method: 'POST', headers: mutationHeaders, body: '{}' }));
    assert.equal(token.status, 405, 'creating clients is not the console’s job');
    assert.equal((await proxy(fromConsole('/v1/Webhooks/test'))).headers.get('allow'), 'POST');
    assert.equal(upstream.length, 0);
  });
});

describe('referral proxy: mutations', () => {
  it('refuses a mutation the partner did not enable, then passes it once enabled', async () => {
    const refused = consoleProxy();
    const answer = await refused.proxy(
      fromConsole('/clients/newco-onboarding/withdraw', { method: 'POST', headers: mutationHeaders }),
    );
    assert.equal(answer.status, 403);
    const body = await answer.json();
    assert.equal(body.error, 'operation_disabled');
    assert.match(body.message, /withdrawClient/);
    assert.equal(refused.upstream.length, 0);

    const { proxy } = consoleProxy({ enable: ['withdrawClient'] });
    const withdrawn = await proxy(
      fromConsole('/clients/newco-onboarding/withdraw', { method: 'POST', headers: mutationHeaders }),
    );
    assert.equal(withdrawn.status, 204);
    assert.equal((await proxy(fromConsole('/clients/newco-onboarding'))).status, 404);
  });

  it('keeps a new webhook secret behind its own switch', async () => {
    const { proxy } = consoleProxy({ enable: ['createWebhook', 'updateWebhook', 'deleteWebhook'] });
    const json = { ...mutationHeaders, 'Content-Type': 'application/json' };
    const created = await proxy(
      fromConsole('/v1/Webhooks', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ url: 'https://hooks.partner.example/debitura', events: ['case.created'] }),
      }),
    );
    assert.equal(created.status, 200);
    const hook = await created.json();
    const put = (body: unknown) =>
      proxy(fromConsole(`/v1/Webhooks/${hook.id}`, { method: 'PUT', headers: json, body: JSON.stringify(body) }));
    assert.equal((await put({ isActive: false, regenerateSecret: false })).status, 200);
    const regenerate = await put({ regenerateSecret: true });
    assert.equal(regenerate.status, 403);
    assert.match((await regenerate.json()).message, /regenerateWebhookSecret/);
    assert.equal(
      (await proxy(fromConsole(`/v1/Webhooks/${hook.id}`, { method: 'DELETE', headers: mutationHeaders }))).status,
      204,
    );
    assert.throws(() => consoleProxy({ enable: ['dropEverything' as never] }), /not an operation/);
  });
});

describe('referral proxy: browser defences', () => {
  it('refuses a state-changing call with neither a JSON body nor the X-Requested-With header', async () => {
    const { proxy, upstream } = consoleProxy({ enable: ['withdrawClient'] });
    const form = await proxy(
      fromConsole('/clients/newco-onboarding/withdraw', {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: 'x',
      }),
    );
    assert.equal(form.status, 403);
    assert.equal((await form.json()).error, 'csrf_rejected');
    assert.equal(upstream.length, 0);
  });

  it('refuses other sites’ pages and `Origin: null`, and lets only listed origins read with CORS', async () => {
    const listed = 'https://admin.partner.example';
    const { proxy, upstream } = consoleProxy({ allowedOrigins: [listed] });
    const crossSite = await proxy(
      fromConsole('/cases', { headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' } }),
    );
    assert.equal(crossSite.status, 403);
    assert.equal(crossSite.headers.get('access-control-allow-origin'), null);
    const opaque = await proxy(fromConsole('/cases', { headers: { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' } }));
    assert.equal(opaque.status, 403);
    assert.equal(
      (await proxy(new Request(`${page}${prefix}/cases`, { method: 'OPTIONS', headers: { Origin: 'null' } }))).status,
      403,
    );
    assert.equal(upstream.length, 0);

    const preflight = await proxy(
      new Request(`${page}${prefix}/cases`, { method: 'OPTIONS', headers: { Origin: listed } }),
    );
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), listed);
    assert.equal(preflight.headers.get('access-control-allow-credentials'), 'true');
    const read = await proxy(
      fromConsole('/cases?PageSize=1', { headers: { Origin: listed, 'Sec-Fetch-Site': 'same-site' } }),
    );
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('access-control-allow-origin'), listed);
    assert.throws(() => consoleProxy({ allowedOrigins: ['null'] }), TypeError);
    assert.throws(() => consoleProxy({ allowedOrigins: ['file:///console.html'] }), /no web origin/);
  });

  it('limits each session, answering 429 with Retry-After before anything goes upstream', async () => {
    const { proxy, upstream } = consoleProxy({ rateLimit: { limit: 2, windowMs: 60_000 } });
    assert.equal((await proxy(fromConsole('/cases?PageSize=1'))).status, 200);
    assert.equal((await proxy(fromConsole('/cases?PageSize=1'))).status, 200);
    const limited = await proxy(fromConsole('/cases?PageSize=1'));
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.equal(upstream.length, 2);
    const other = await proxy(fromConsole('/cases?PageSize=1', { headers: { Cookie: `${staffCookie}; b=2` } }));
    assert.equal(other.status, 403, 'another session has its own count (and is not this partner’s staff)');
  });
});
