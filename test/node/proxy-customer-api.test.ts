// Proxy mode: the partner backend forwards the widget's Customer API calls with a server-held token. Against a
// recording fetch for exact upstream requests, and against the real sandbox (in-process) end to end.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSandbox, SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';
import { createCustomerApiProxy, createTokenHandler, tokenFromHandler } from '../../src/server/index.js';
import { CustomerApiClient, type CustomerApi } from '../../src/widget/api/customer-api-client.js';
import { caseRequest } from './sandbox-cases-harness.js';

const partner = 'https://app.partner.example';
const prefix = '/api/debitura/customer';
const serverToken = 'server-held-token';

function recordingProxy(answer: () => Response = () => Response.json({ ok: true })) {
  const upstream: Request[] = [];
  const proxy = createCustomerApiProxy({
    tokenFor: () => serverToken,
    baseUrl: 'https://customer.debitura.test/',
    pathPrefix: prefix,
    fetch: async (input, init) => {
      upstream.push(new Request(input, init));
      return answer();
    },
  });
  return { proxy, upstream };
}

const browserRequest = (path: string, init: RequestInit = {}) => new Request(`${partner}${prefix}${path}`, init);

describe('customer API proxy: what it forwards', () => {
  it('sends the server-held token and nothing of the browser’s credentials', async () => {
    const { proxy, upstream } = recordingProxy();
    const answer = await proxy(
      browserRequest('/cases?Page=2&Statuses=Active&Statuses=Closed', {
        headers: {
          Accept: 'application/json',
          'Accept-Language': 'da',
          Authorization: 'Bearer browser-token',
          Cookie: 'partner_session=abc; other=1',
          XApiKey: 'smuggled-key',
          'X-Forwarded-For': '10.0.0.1',
          'X-External-Tenant-Id': 'someone-else',
        },
      }),
    );
    assert.equal(answer.status, 200);
    assert.equal(upstream.length, 1);
    const sent = upstream[0]!;
    assert.equal(sent.method, 'GET');
    assert.equal(sent.url, 'https://customer.debitura.test/cases?Page=2&Statuses=Active&Statuses=Closed');
    assert.deepEqual([...sent.headers.keys()].sort(), ['accept', 'accept-language', 'authorization']);
    assert.equal(sent.headers.get('authorization'), `Bearer ${serverToken}`);
    assert.equal(sent.headers.get('accept-language'), 'da');
  });

  it('passes the Idempotency-Key and the JSON body of POST /cases', async () => {
    const { proxy, upstream } = recordingProxy();
    const body = JSON.stringify({ currencyCode: 'DKK', amountToRecover: 100 });
    await proxy(
      browserRequest('/cases', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'key-1', Cookie: 'partner_session=abc' },
        body,
      }),
    );
    const sent = upstream[0]!;
    assert.equal(sent.headers.get('idempotency-key'), 'key-1');
    assert.equal(sent.headers.get('content-type'), 'application/json');
    assert.equal(sent.headers.get('cookie'), null);
    assert.equal(await sent.text(), body);
  });

  it('forwards every endpoint the widget uses', async () => {
    const { proxy, upstream } = recordingProxy();
    const id = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
    const calls: Array<[string, string]> = [
      ['GET', '/me'],
      ['GET', '/users'],
      ['GET', '/divisions'],
      ['POST', '/coverage/check-eligibility'],
      ['GET', '/cases'],
      ['POST', '/cases'],
      ['POST', '/cases/preview'],
      ['GET', `/cases/${id}`],
      ['GET', `/cases/${id}/timeline`],
      ['GET', `/cases/${id}/payments`],
      ['GET', `/cases/${id}/contract-status`],
      ['GET', `/cases/${id}/validation`],
      ['GET', `/cases/${id}/chats`],
      ['POST', `/cases/${id}/chats`],
      ['GET', `/cases/${id}/files`],
      ['POST', `/cases/${id}/files`],
    ];
    for (const [method, path] of calls) {
      const answer = await proxy(
        browserRequest(path, {
          method,
          ...(method === 'POST' ? { body: '{}', headers: { 'Content-Type': 'application/json' } } : {}),
        }),
      );
      assert.equal(answer.status, 200, `${method} ${path}`);
    }
    assert.deepEqual(
      upstream.map((request) => `${request.method} ${new URL(request.url).pathname}`),
      calls.map(([method, path]) => `${method} ${path}`),
    );
  });

  it('forwards every call of the widget’s client: each of its methods, called through the proxy, reaches Debitura', async () => {
    const { proxy, upstream } = recordingProxy();
    const id = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
    const refused: string[] = [];
    const throughProxy = async (request: Request) => {
      const answer = await proxy(request);
      if (answer.status === 404 || answer.status === 405)
        refused.push(`${request.method} ${new URL(request.url).pathname}`);
      return answer;
    };
    const client = new CustomerApiClient({
      baseUrl: `${partner}${prefix}`,
      viaPartnerProxy: true,
      getToken: async () => 'browser-token',
      onUnauthorized: () => {},
      retry: { attempts: 0, baseDelayMs: 0 },
      fetch: (input, init) =>
        throughProxy(new Request(input, { ...init, headers: { ...init?.headers, Origin: partner } })),
      sendWithProgress: async (request) => {
        const answer = await throughProxy(
          new Request(request.url, {
            method: 'POST',
            headers: { ...request.headers, Origin: partner },
            body: request.body,
          }),
        );
        return { status: answer.status, text: await answer.text() };
      },
    });
    // Every method, with arguments of its shape; the compiler refuses this table when the client gains a method.
    type Calls = { [Name in Exclude<keyof CustomerApi, 'baseUrl' | 'viaPartnerProxy'>]: Parameters<CustomerApi[Name]> };
    const calls: Calls = {
      getMe: [],
      previewCase: [{ amountToRecover: 1000, currencyCode: 'DKK', debtor: { type: 'Company', countryAlpha2: 'DK' } }],
      createCase: [{ currencyCode: 'DKK' }, { idempotencyKey: 'key-1' }],
      listCases: [{}],
      getCase: [id],
      getTimeline: [id],
      getPayments: [id],
      getChats: [id],
      sendChat: [id, { message: 'Hello' }],
      getFiles: [id],
      uploadCaseFile: [id, new File(['%PDF'], 'a.pdf')],
      getCaseValidation: [id],
      listTeamUsers: [],
      listDivisions: [],
      checkEligibility: [{ countryAlpha2: 'DK', debtorType: 'Company', amount: 1000, currencyCode: 'DKK' }],
      getContractStatus: [id],
      listTasks: [{ status: 'Open' }],
      listCaseTasks: [id],
      listQuoteRequests: [id],
      listQuotes: [id, id],
      getQuote: [id, id, id],
      getExclusivePeriod: [id],
      listAccountPayments: [{}],
      getAccountPayment: [id],
    };
    for (const [name, args] of Object.entries(calls)) {
      const method = client[name as keyof Calls] as (...args: unknown[]) => Promise<unknown>;
      // The recording answers `{ok: true}`, which most calls refuse to believe: only what reached Debitura counts.
      await method.apply(client, args).catch(() => {});
    }
    assert.deepEqual(refused, [], 'calls the proxy refused');
    assert.ok(upstream.length >= Object.keys(calls).length, `${upstream.length} calls reached Debitura`);
  });

  it('answers 404 for other paths and 405 with Allow for other methods, without calling Debitura', async () => {
    const { proxy, upstream } = recordingProxy();
    const notForwarded = [
      '/coverage',
      '/coverage/search',
      '/divisions/3fa85f64',
      '/webhooks',
      '/tasks/3fa85f64',
      '/Payments/3fa85f64/refund',
      '/test/cases/3fa85f64/advance',
      '/cases/by-creditor-reference/INV-1',
      '/cases/3fa85f64/quote-requests/3fa85f64/accept',
      '/cases/3fa85f64/quote-requests/..%2F..%2Fme/quotes',
      '/cases/..%2Fme',
      '/cases/%2E%2E',
      '/cases/a%2Fb/chats',
      '',
    ];
    for (const path of notForwarded) {
      assert.equal((await proxy(browserRequest(path))).status, 404, path);
      assert.equal((await proxy(browserRequest(path, { method: 'POST', body: '{}' }))).status, 404, `POST ${path}`);
    }
    assert.equal((await proxy(new Request(`${partner}/customer/me`))).status, 404, 'outside the mount path');
    assert.equal((await proxy(new Request(`${partner}${prefix}-other/me`))).status, 404, 'a look-alike mount path');

    const wrongMethods: Array<[string, string, string]> = [
      ['DELETE', '/cases/3fa85f64', 'GET'],
      ['PUT', '/cases', 'GET, POST'],
      ['GET', '/cases/preview', 'POST'],
      ['POST', '/me', 'GET'],
      ['POST', '/divisions', 'GET'],
      ['GET', '/coverage/check-eligibility', 'POST'],
      ['POST', '/cases/3fa85f64/timeline', 'GET'],
      ['PATCH', '/cases/3fa85f64/chats', 'GET, POST'],
    ];
    for (const [method, path, allow] of wrongMethods) {
      const answer = await proxy(browserRequest(path, { method }));
      assert.equal(answer.status, 405, `${method} ${path}`);
      assert.equal(answer.headers.get('allow'), allow);
    }
    assert.equal(upstream.length, 0);
  });

  it('answers 401 when the session has no token and 503 when none can be had, without calling Debitura', async () => {
    let calls = 0;
    const options = { baseUrl: 'https://customer.debitura.test', fetch: async () => (calls++, Response.json({})) };
    const signedOut = createCustomerApiProxy({ ...options, tokenFor: () => null });
    const failing = createCustomerApiProxy({
      ...options,
      tokenFor: () => {
        throw new Error('Referral API down');
      },
    });
    const unauthenticated = await signedOut(
      new Request(`${partner}/me`, { headers: { Authorization: 'Bearer browser-token' } }),
    );
    assert.equal(unauthenticated.status, 401);
    assert.equal(((await unauthenticated.json()) as { error: string }).error, 'unauthenticated');
    const unavailable = await failing(new Request(`${partner}/me`));
    assert.equal(unavailable.status, 503);
    assert.doesNotMatch(await unavailable.text(), /Referral API down/);
    assert.equal(calls, 0);
  });

  it('answers 502 when Debitura cannot be reached', async () => {
    const proxy = createCustomerApiProxy({
      tokenFor: () => serverToken,
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    const answer = await proxy(new Request(`${partner}/me`));
    assert.equal(answer.status, 502);
    assert.doesNotMatch(await answer.text(), new RegExp(serverToken));
  });

  it('passes status and body back, drops upstream cookies and marks the answer no-store', async () => {
    const { proxy } = recordingProxy(
      () =>
        new Response(
          JSON.stringify({
            businessErrors: [{ type: 'NoPartnerAvailable', message: 'No partner', solutionUrl: null }],
          }),
          {
            status: 422,
            headers: {
              'Content-Type': 'application/json; charset=utf-8',
              'Set-Cookie': 'tracking=1',
              'X-Internal': 'yes',
            },
          },
        ),
    );
    const answer = await proxy(
      browserRequest('/cases', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } }),
    );
    assert.equal(answer.status, 422);
    assert.equal(answer.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(answer.headers.get('set-cookie'), null);
    assert.equal(answer.headers.get('x-internal'), null);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    assert.equal(
      ((await answer.json()) as { businessErrors: Array<{ type: string }> }).businessErrors[0]!.type,
      'NoPartnerAvailable',
    );
  });
});

describe('customer API proxy against the sandbox', () => {
  const origin = 'http://sandbox.test';

  function setup() {
    const sandbox = createSandbox();
    const tokenHandler = createTokenHandler({
      apiKey: SANDBOX_PARTNER_API_KEY,
      baseUrl: `${origin}/referral`,
      resolveTenant: (request) =>
        /(?:^|;\s*)partner_session=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null,
      fetch: (input, init) => sandbox.fetch(new Request(input, init)),
    });
    const issuedTokens = new Set<string>();
    const sessionToken = tokenFromHandler(tokenHandler);
    const proxy = createCustomerApiProxy({
      tokenFor: async (request) => {
        const token = await sessionToken(request);
        if (token) issuedTokens.add(token);
        return token;
      },
      baseUrl: `${origin}/customer`,
      pathPrefix: prefix,
      fetch: (input, init) => sandbox.fetch(new Request(input, init)),
    });
    const call = (tenant: string | null, path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      if (tenant) headers.set('cookie', `partner_session=${tenant}`);
      return proxy(browserRequest(path, { ...init, headers }));
    };
    return { call, issuedTokens };
  }

  it('creates a case once per Idempotency-Key, as the session’s tenant, and never shows the token', async () => {
    const { call, issuedTokens } = setup();
    const body = JSON.stringify(caseRequest());
    const post = () =>
      call('acme-ready', '/cases', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'proxy-key-1' },
        body,
      });
    const first = await post();
    const firstText = await first.text();
    assert.equal(first.status, 200, firstText);
    const replay = await post();
    const replayText = await replay.text();
    assert.equal(replayText, firstText);
    const created = JSON.parse(firstText) as {
      id: string;
      creditorReference: string;
      creditor: { companyName?: string };
    };

    const me = await call('acme-ready', '/me');
    const meText = await me.text();
    assert.equal(me.status, 200);
    const list = await call('acme-ready', `/cases?Query=${encodeURIComponent(created.creditorReference)}`);
    const listText = await list.text();
    assert.equal((JSON.parse(listText) as { cases: unknown[] }).cases.length, 1);

    assert.equal(issuedTokens.size, 1);
    const [token] = [...issuedTokens];
    for (const answer of [first, replay, me, list]) {
      for (const [, value] of answer.headers) assert.ok(!value.includes(token!), 'a header carries the token');
    }
    for (const text of [firstText, replayText, meText, listText])
      assert.ok(!text.includes(token!), 'a body carries the token');
  });

  it('answers 401 for a signed-out browser even when it sends a valid Debitura token itself', async () => {
    const { call } = setup();
    const sandbox = createSandbox();
    const minted = await sandbox.fetch(
      new Request(`${origin}/referral/oauth/token`, {
        method: 'POST',
        headers: { XApiKey: SANDBOX_PARTNER_API_KEY, 'Content-Type': 'application/json' },
        body: JSON.stringify({ externalTenantId: 'acme-ready' }),
      }),
    );
    const { accessToken } = (await minted.json()) as { accessToken: string };
    const answer = await call(null, '/me', { headers: { Authorization: `Bearer ${accessToken}` } });
    assert.equal(answer.status, 401);
  });

  it('streams a multipart upload through to the case’s files', async () => {
    const { call } = setup();
    const created = await call('acme-ready', '/cases', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'proxy-upload-case' },
      body: JSON.stringify(caseRequest()),
    });
    const { id } = (await created.json()) as { id: string };
    const bytes = new Uint8Array(300_000).map((_, index) => index % 251);
    const form = new FormData();
    form.set('File', new File([bytes], 'statement.pdf', { type: 'application/pdf' }));
    form.set('Description', 'Account statement');
    const multipart = new Request('http://x/', { method: 'POST', body: form });
    const uploaded = await call('acme-ready', `/cases/${id}/files`, {
      method: 'POST',
      headers: { 'Content-Type': multipart.headers.get('content-type')!, 'X-Requested-With': 'debitura-collect' },
      body: multipart.body,
      duplex: 'half',
    } as RequestInit);
    assert.equal(uploaded.status, 200, await uploaded.clone().text());
    const files = (await (await call('acme-ready', `/cases/${id}/files`)).json()) as Array<{
      fileName?: string;
      name?: string;
      size?: number;
    }>;
    assert.equal(files.length, 1);
    assert.match(JSON.stringify(files[0]), /statement\.pdf/);
  });
});
