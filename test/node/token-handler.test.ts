// The token endpoint against a minimal stand-in for Debitura's POST /oauth/token, so failure answers
// (401 key, 5xx, network down, malformed 200) can be produced on demand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createRateLimiter,
  createTokenHandler,
  defaultTokenRateLimit,
  referralApiBaseUrls,
  type TokenHandlerErrorInfo,
  type TokenHandlerOptions,
} from '../../src/server/index.js';

const partnerKey = 'partner-key-9f3b1c';
const linkedTenants = new Set(['acme', 'globex']);

interface FakeUpstream {
  fetch: typeof fetch;
  calls: { url: string; tenant: string; apiKey: string | null }[];
  /** Answer with this instead of a token, once per entry. */
  failures: (Response | Error)[];
  /** While set, answers wait for it: lets a test hold many requests in flight. */
  gate: Promise<void> | null;
  lifetimeSeconds: number;
  /** Debitura's GET /me for the partner (its branding); not counted in `calls`. */
  profile: (request: Request) => Response | Promise<Response>;
}

function fakeUpstream(): FakeUpstream {
  const upstream: FakeUpstream = {
    calls: [],
    failures: [],
    gate: null,
    lifetimeSeconds: 1800,
    profile: () =>
      Response.json({
        companyName: 'Ledgerly',
        logoUrl: 'https://cdn.example.test/logo.svg',
        backgroundColorCode: '#0B3D91',
        fontColor: '#FFFFFF',
        fontFamily: 'Inter',
      }),
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'GET' && new URL(request.url).pathname === '/me') return upstream.profile(request);
      const body = (await request.json()) as { externalTenantId: string };
      upstream.calls.push({ url: request.url, tenant: body.externalTenantId, apiKey: request.headers.get('xapikey') });
      if (upstream.gate) await upstream.gate;
      const failure = upstream.failures.shift();
      if (failure instanceof Error) throw failure;
      if (failure) return failure;
      if (request.headers.get('xapikey') !== partnerKey) return new Response(null, { status: 401 });
      if (!linkedTenants.has(body.externalTenantId)) {
        return Response.json({ error: 'NotFound', message: 'No active client link' }, { status: 404 });
      }
      return Response.json({
        accessToken: `jwt-${body.externalTenantId}-${upstream.calls.length}`,
        tokenType: 'Bearer',
        expiresIn: upstream.lifetimeSeconds,
        externalTenantId: body.externalTenantId,
        creditorId: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
      });
    },
  };
  return upstream;
}

/** The partner's session, standing in for a signed session cookie. */
function sessionTenant(request: Request): string | null {
  const match = /(?:^|;\s*)session=([^;]+)/.exec(request.headers.get('cookie') ?? '');
  return match?.[1] ?? null;
}

function setup(overrides: Partial<TokenHandlerOptions> = {}) {
  const upstream = fakeUpstream();
  const clock = { now: 1_800_000_000_000 };
  const errors: TokenHandlerErrorInfo[] = [];
  const handler = createTokenHandler({
    apiKey: partnerKey,
    baseUrl: 'https://referral.example.test',
    resolveTenant: sessionTenant,
    fetch: upstream.fetch,
    now: () => clock.now,
    onError: (info) => errors.push(info),
    ...overrides,
  });
  return { handler, upstream, clock, errors };
}

function tokenRequest(tenant: string | null, init: RequestInit & { url?: string } = {}): Request {
  const headers = new Headers(init.headers);
  if (tenant) headers.set('cookie', `theme=dark; session=${tenant}`);
  return new Request(init.url ?? 'https://app.partner.test/api/debitura/token', { method: 'POST', ...init, headers });
}

test('a signed-in user gets a token for their tenant and how long it lasts', async () => {
  const { handler, upstream } = setup();
  const response = await handler(tokenRequest('acme'));
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /application\/json/);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.deepEqual(await response.json(), {
    accessToken: 'jwt-acme-1',
    expiresIn: 1800,
    branding: {
      logoUrl: 'https://cdn.example.test/logo.svg',
      backgroundColor: '#0B3D91',
      fontColor: '#FFFFFF',
      fontFamily: 'Inter',
    },
  });
  assert.deepEqual(upstream.calls, [
    { url: 'https://referral.example.test/oauth/token', tenant: 'acme', apiKey: partnerKey },
  ]);
});

test('the production Referral API is the default and the test host is exported', () => {
  assert.equal(referralApiBaseUrls.production, 'https://referral-api.debitura.com');
  assert.equal(referralApiBaseUrls.test, 'https://testreferral-api.debitura.com');
});

test('nothing the browser sends can choose the tenant', async () => {
  const { handler, upstream } = setup();
  const response = await handler(
    tokenRequest('acme', {
      url: 'https://app.partner.test/api/debitura/token?externalTenantId=globex&tenant=globex',
      headers: { 'Content-Type': 'application/json', 'X-External-Tenant-Id': 'globex', 'X-Tenant': 'globex' },
      body: JSON.stringify({ externalTenantId: 'globex', ExternalTenantId: 'globex', tenant: 'globex' }),
    }),
  );
  assert.equal(response.status, 200);
  assert.equal(((await response.json()) as { accessToken: string }).accessToken, 'jwt-acme-1');
  assert.deepEqual(
    upstream.calls.map((call) => call.tenant),
    ['acme'],
  );
});

test('without a session the endpoint answers 401 and asks Debitura nothing', async () => {
  const { handler, upstream } = setup();
  const response = await handler(
    tokenRequest(null, {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ externalTenantId: 'acme' }),
    }),
  );
  assert.equal(response.status, 401);
  assert.equal(((await response.json()) as { error: string }).error, 'unauthenticated');
  assert.equal(upstream.calls.length, 0);
});

test('fifty requests for one tenant cost one upstream call, each told the remaining lifetime', async () => {
  const { handler, upstream, clock } = setup();
  const lifetimes: number[] = [];
  for (let index = 0; index < 50; index++) {
    const response = await handler(tokenRequest('acme'));
    const body = (await response.json()) as { accessToken: string; expiresIn: number };
    assert.equal(body.accessToken, 'jwt-acme-1');
    lifetimes.push(body.expiresIn);
    clock.now += 20_000;
  }
  assert.equal(upstream.calls.length, 1);
  assert.equal(lifetimes[0], 1800);
  assert.equal(lifetimes[10], 1600);
  assert.equal(lifetimes[49], 1800 - 49 * 20);
});

test('concurrent requests for one tenant share a single upstream call', async () => {
  const { handler, upstream } = setup();
  let open!: () => void;
  upstream.gate = new Promise((resolve) => (open = resolve));
  const pending = Array.from({ length: 25 }, () => handler(tokenRequest('acme')));
  await new Promise((resolve) => setImmediate(resolve));
  open();
  const bodies = await Promise.all(
    pending.map(async (response) => (await response).json() as Promise<{ accessToken: string }>),
  );
  assert.equal(upstream.calls.length, 1);
  assert.deepEqual(new Set(bodies.map((body) => body.accessToken)), new Set(['jwt-acme-1']));
});

test('each tenant has its own token', async () => {
  const { handler, upstream } = setup();
  const [acme, globex] = await Promise.all([handler(tokenRequest('acme')), handler(tokenRequest('globex'))]);
  assert.notEqual(
    ((await acme!.json()) as { accessToken: string }).accessToken,
    ((await globex!.json()) as { accessToken: string }).accessToken,
  );
  assert.deepEqual(upstream.calls.map((call) => call.tenant).sort(), ['acme', 'globex']);
});

test('a new token is minted once the cached one is within the refresh margin', async () => {
  const { handler, upstream, clock } = setup({ refreshMarginSeconds: 60, branding: false });
  await handler(tokenRequest('acme'));
  clock.now += 1739_000;
  const stillCached = (await (await handler(tokenRequest('acme'))).json()) as {
    accessToken: string;
    expiresIn: number;
  };
  assert.deepEqual(stillCached, { accessToken: 'jwt-acme-1', expiresIn: 61 });
  clock.now += 2_000;
  const refreshed = (await (await handler(tokenRequest('acme'))).json()) as { accessToken: string; expiresIn: number };
  assert.deepEqual(refreshed, { accessToken: 'jwt-acme-2', expiresIn: 1800 });
  assert.equal(upstream.calls.length, 2);
});

test('every answer carries the token and branding held right now: a refreshed token, then changed branding', async () => {
  const { handler, upstream, clock } = setup({ refreshMarginSeconds: 60 });
  const read = async () =>
    (await (await handler(tokenRequest('acme'))).json()) as {
      accessToken: string;
      expiresIn: number;
      branding?: Record<string, string>;
    };
  assert.equal((await read()).accessToken, 'jwt-acme-1');
  clock.now += 1741_000;
  assert.equal((await read()).accessToken, 'jwt-acme-2', 'the refresh answer');
  clock.now += 1_000;
  assert.deepEqual(
    { ...(await read()), branding: undefined },
    { accessToken: 'jwt-acme-2', expiresIn: 1799, branding: undefined },
    'the answers after it',
  );

  upstream.profile = () => Response.json({ fontFamily: 'Lato', fontColor: '#000000' });
  clock.now += 3600_000;
  assert.equal((await read()).branding?.fontFamily, 'Inter', 'the hour-old branding while the new is fetched');
  let later = await read();
  for (let turn = 0; turn < 20 && later.branding?.fontFamily !== 'Lato'; turn++) {
    await new Promise((resolve) => setImmediate(resolve));
    later = await read();
  }
  assert.deepEqual(later.branding, { fontColor: '#000000', fontFamily: 'Lato' });
  assert.equal(later.accessToken, 'jwt-acme-3');
  assert.deepEqual(
    upstream.calls.map((call) => call.tenant),
    ['acme', 'acme', 'acme'],
  );
});

test('short-lived tokens are still reused for half their life when the margin exceeds it', async () => {
  const { handler, upstream, clock } = setup({ refreshMarginSeconds: 60 });
  upstream.lifetimeSeconds = 30;
  await handler(tokenRequest('acme'));
  clock.now += 10_000;
  await handler(tokenRequest('acme'));
  assert.equal(upstream.calls.length, 1);
  clock.now += 6_000;
  await handler(tokenRequest('acme'));
  assert.equal(upstream.calls.length, 2);
});

test('only POST is answered; other methods get 405 with Allow', async () => {
  const { handler, upstream } = setup();
  for (const method of ['GET', 'PUT', 'DELETE', 'OPTIONS']) {
    const response = await handler(tokenRequest('acme', { method }));
    assert.equal(response.status, 405, method);
    assert.equal(response.headers.get('allow'), 'POST');
  }
  assert.equal(upstream.calls.length, 0);
});

test('allowed origins get credentialed CORS headers and preflights; others get neither', async () => {
  const { handler } = setup({ allowedOrigins: ['https://app.partner.test/'] });
  const allowed = await handler(tokenRequest('acme', { headers: { Origin: 'https://app.partner.test' } }));
  assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://app.partner.test');
  assert.equal(allowed.headers.get('access-control-allow-credentials'), 'true');
  assert.match(allowed.headers.get('vary') ?? '', /Origin/);

  const denied = await handler(tokenRequest('acme', { headers: { Origin: 'https://evil.test' } }));
  assert.equal(denied.status, 403);
  assert.equal(denied.headers.get('access-control-allow-origin'), null);
  assert.equal(denied.headers.get('access-control-allow-credentials'), null);

  const preflight = await handler(
    new Request('https://app.partner.test/api/debitura/token', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://app.partner.test',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    }),
  );
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://app.partner.test');
  assert.equal(preflight.headers.get('access-control-allow-methods'), 'POST');
  assert.equal(preflight.headers.get('access-control-allow-headers'), 'Accept, Authorization, Content-Type');

  const deniedPreflight = await handler(
    new Request('https://app.partner.test/api/debitura/token', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.test', 'Access-Control-Request-Method': 'POST' },
    }),
  );
  assert.equal(deniedPreflight.status, 403);
  assert.equal(deniedPreflight.headers.get('access-control-allow-origin'), null);
});

test('without allowedOrigins no request gets CORS headers', async () => {
  const { handler } = setup();
  const response = await handler(tokenRequest('acme', { headers: { Origin: 'https://app.partner.test' } }));
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('access-control-allow-origin'), null);
});

test('a tenant without an active client link gets 403 tenant_not_linked, and is asked again next time', async () => {
  const { handler, upstream, errors } = setup();
  const first = await handler(tokenRequest('initech'));
  assert.equal(first.status, 403);
  const body = (await first.json()) as { error: string; message: string };
  assert.equal(body.error, 'tenant_not_linked');
  assert.ok(body.message.length > 0);
  assert.equal(first.headers.get('cache-control'), 'no-store');
  await handler(tokenRequest('initech'));
  assert.equal(upstream.calls.length, 2);
  assert.deepEqual(
    errors.map((error) => [error.code, error.externalTenantId, error.upstreamStatus]),
    [
      ['tenant_not_linked', 'initech', 404],
      ['tenant_not_linked', 'initech', 404],
    ],
  );
});

test('a rejected partner key answers 502 upstream_auth', async () => {
  const { handler, errors } = setup({ apiKey: 'wrong-key' });
  const response = await handler(tokenRequest('acme'));
  assert.equal(response.status, 502);
  assert.equal(((await response.json()) as { error: string }).error, 'upstream_auth');
  assert.equal(errors[0]?.code, 'upstream_auth');
});

test('network failures and upstream 5xx answer upstream_unavailable, and the next request recovers', async () => {
  const { handler, upstream } = setup();
  upstream.failures.push(
    new TypeError('fetch failed'),
    new Response('oops', { status: 500 }),
    new Response(null, { status: 503, headers: { 'Retry-After': '30' } }),
  );
  const down = await handler(tokenRequest('acme'));
  assert.equal(down.status, 503);
  assert.equal(((await down.json()) as { error: string }).error, 'upstream_unavailable');
  const broken = await handler(tokenRequest('acme'));
  assert.equal(((await broken.json()) as { error: string }).error, 'upstream_unavailable');
  const busy = await handler(tokenRequest('acme'));
  assert.equal(busy.headers.get('retry-after'), '30');
  const recovered = await handler(tokenRequest('acme'));
  assert.equal(recovered.status, 200);
  assert.equal(upstream.calls.length, 4);
});

test('an upstream 200 without a token answers 502 upstream_invalid', async () => {
  const { handler, upstream } = setup();
  upstream.failures.push(
    Response.json({ accessToken: null, expiresIn: 1800 }),
    new Response('<html>', { status: 200 }),
  );
  for (let index = 0; index < 2; index++) {
    const response = await handler(tokenRequest('acme'));
    assert.equal(response.status, 502);
    assert.equal(((await response.json()) as { error: string }).error, 'upstream_invalid');
  }
});

test('a session lookup that throws answers 500 without details', async () => {
  const { handler, errors } = setup({
    resolveTenant: () => {
      throw new Error('session store down');
    },
  });
  const response = await handler(tokenRequest('acme'));
  assert.equal(response.status, 500);
  const body = (await response.json()) as { error: string; message: string };
  assert.equal(body.error, 'internal');
  assert.doesNotMatch(body.message, /session store down/);
  assert.equal(errors[0]?.code, 'internal');
});

test('the rate limit hook can refuse a user before any upstream work', async () => {
  const seen: string[] = [];
  const { handler, upstream } = setup({
    allowRequest: (tenant) => {
      seen.push(tenant);
      return seen.length <= 1;
    },
  });
  assert.equal((await handler(tokenRequest('acme'))).status, 200);
  const limited = await handler(tokenRequest('acme'));
  assert.equal(limited.status, 429);
  assert.equal(((await limited.json()) as { error: string }).error, 'rate_limited');
  assert.ok(limited.headers.get('retry-after'));
  assert.equal(upstream.calls.length, 1);
});

test('by default a tenant is limited to 300 token requests a minute, and the next minute is open again', async () => {
  const { handler, clock } = setup();
  for (let i = 0; i < defaultTokenRateLimit.limit; i++) assert.equal((await handler(tokenRequest('acme'))).status, 200);
  assert.equal((await handler(tokenRequest('acme'))).status, 429);
  assert.equal((await handler(tokenRequest('globex'))).status, 200, 'another tenant is not affected');
  clock.now += defaultTokenRateLimit.windowMs;
  assert.equal((await handler(tokenRequest('acme'))).status, 200);
});

test('createRateLimiter keyed by the partner user limits each signed-in user on their own', async () => {
  const clock = { now: 0 };
  const userOf = (request: Request) => request.headers.get('x-user') ?? 'anonymous';
  const { handler } = setup({
    allowRequest: createRateLimiter({
      limit: 2,
      windowMs: 1000,
      key: (_tenant, request) => userOf(request),
      now: () => clock.now,
    }),
  });
  const asUser = (user: string) => tokenRequest('acme', { headers: { 'x-user': user } });
  assert.equal((await handler(asUser('ann'))).status, 200);
  assert.equal((await handler(asUser('ann'))).status, 200);
  assert.equal((await handler(asUser('ann'))).status, 429);
  assert.equal((await handler(asUser('bob'))).status, 200, 'a colleague in the same tenant still gets tokens');
  clock.now += 1000;
  assert.equal((await handler(asUser('ann'))).status, 200);
});

test('branding that is unsafe for CSS or an image is left out, and a failing GET /me never costs the token', async () => {
  const { handler, upstream } = setup();
  upstream.profile = () =>
    Response.json({
      logoUrl: 'javascript:alert(1)',
      backgroundColorCode: 'red;}:host{display:none',
      fontColor: '#fff',
      fontFamily: 'Inter; x: url(evil)',
    });
  const answer = (await (await handler(tokenRequest('acme'))).json()) as { branding?: object };
  assert.deepEqual(answer.branding, { fontColor: '#fff' });

  const failing = setup();
  failing.upstream.profile = () => new Response(null, { status: 500 });
  const response = await failing.handler(tokenRequest('acme'));
  assert.equal(response.status, 200);
  assert.equal('branding' in ((await response.json()) as object), false);
});

test('neither the partner key nor a token appears in error answers or error reports', async () => {
  const { handler, upstream, errors } = setup();
  const answers: string[] = [];
  const record = async (response: Response) =>
    answers.push(JSON.stringify([...response.headers]) + (await response.text()));
  await record(await handler(tokenRequest('acme')));
  upstream.failures.push(new TypeError(`fetch failed`), new Response(`bad key ${partnerKey}`, { status: 401 }));
  await record(await handler(tokenRequest('globex')));
  await record(await handler(tokenRequest('globex')));
  await record(await handler(tokenRequest('initech')));
  await record(await handler(tokenRequest('acme', { method: 'GET' })));
  await record(await handler(tokenRequest(null)));
  for (const answer of answers) assert.ok(!answer.includes(partnerKey), answer);
  assert.ok(answers[0]!.includes('jwt-acme-1'), 'the success answer carries the token');
  for (const answer of answers.slice(1)) assert.ok(!answer.includes('jwt-'), answer);
  const reports = JSON.stringify(errors);
  assert.ok(!reports.includes(partnerKey));
  assert.ok(!reports.includes('jwt-'));
  assert.equal(errors.length, 3);
});
