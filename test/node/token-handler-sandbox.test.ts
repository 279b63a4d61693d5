// The token endpoint against the real local sandbox, in-process: real /oauth/token answers, real tokens the
// sandbox's Customer API accepts. Upstream /oauth/token calls are counted by wrapping the sandbox's fetch (the
// partner's branding, GET /me, is fetched beside them once and not counted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSandbox, SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';
import { createTokenHandler, type TokenHandlerOptions } from '../../src/server/index.js';
import { CreditorMeApiDTO } from '../../src/wire/creditor-me.js';

const origin = 'http://sandbox.test';

function setup(overrides: Partial<TokenHandlerOptions> = {}) {
  const sandbox = createSandbox();
  const upstreamCalls: string[] = [];
  const clock = { now: Date.now() };
  const handler = createTokenHandler({
    apiKey: SANDBOX_PARTNER_API_KEY,
    baseUrl: `${origin}/referral`,
    resolveTenant: (request) => /(?:^|;\s*)session=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const path = new URL(request.url).pathname;
      if (path.endsWith('/oauth/token')) upstreamCalls.push(path);
      return sandbox.fetch(request);
    },
    now: () => clock.now,
    ...overrides,
  });
  return { sandbox, handler, upstreamCalls, clock };
}

const tokenRequest = (tenant: string | null, init: RequestInit & { url?: string } = {}) => {
  const headers = new Headers(init.headers);
  if (tenant) headers.set('cookie', `session=${tenant}`);
  return new Request(init.url ?? `${origin}/api/debitura/token`, { method: 'POST', ...init, headers });
};

async function issuedToken(response: Response): Promise<{ accessToken: string; expiresIn: number }> {
  assert.equal(response.status, 200);
  return (await response.json()) as { accessToken: string; expiresIn: number };
}

async function companyFor(sandbox: ReturnType<typeof createSandbox>, accessToken: string) {
  const response = await sandbox.fetch(
    new Request(`${origin}/customer/me`, { headers: { Authorization: `Bearer ${accessToken}` } }),
  );
  assert.equal(response.status, 200);
  return CreditorMeApiDTO.parse(await response.json());
}

test('the token minted for the session tenant opens that tenant’s Customer API', async () => {
  const { handler, sandbox, upstreamCalls } = setup();
  const token = await issuedToken(await handler(tokenRequest('acme-ready')));
  assert.ok(token.expiresIn > 60 && token.expiresIn <= 1800, String(token.expiresIn));
  assert.deepEqual(upstreamCalls, ['/referral/oauth/token']);
  assert.equal((await companyFor(sandbox, token.accessToken)).companyName, 'Acme Supplies ApS');
});

test('body, query and header hints naming another linked tenant cannot switch the tenant', async () => {
  const { handler, sandbox } = setup();
  const tokenWithHints = await issuedToken(
    await handler(
      tokenRequest('acme-ready', {
        url: `${origin}/api/debitura/token?externalTenantId=kyc-required&tenant=kyc-required`,
        headers: {
          'Content-Type': 'application/json',
          'X-External-Tenant-Id': 'kyc-required',
          'X-Tenant': 'kyc-required',
        },
        body: JSON.stringify({ externalTenantId: 'kyc-required', ExternalTenantId: 'kyc-required' }),
      }),
    ),
  );
  assert.equal((await companyFor(sandbox, tokenWithHints.accessToken)).companyName, 'Acme Supplies ApS');
  const other = await issuedToken(await handler(tokenRequest('kyc-required')));
  assert.equal((await companyFor(sandbox, other.accessToken)).companyName, 'Kestrel Imports Ltd');
});

test('fifty page loads cost one /oauth/token call', async () => {
  const { handler, upstreamCalls } = setup();
  const tokens = new Set<string>();
  for (let index = 0; index < 50; index++)
    tokens.add((await issuedToken(await handler(tokenRequest('acme-ready')))).accessToken);
  assert.equal(tokens.size, 1);
  assert.equal(upstreamCalls.length, 1);
});

test('concurrent widgets share one /oauth/token call', async () => {
  const { handler, upstreamCalls } = setup();
  const responses = await Promise.all(Array.from({ length: 30 }, () => handler(tokenRequest('acme-ready'))));
  const tokens = new Set(
    await Promise.all(responses.map(async (response) => (await issuedToken(response)).accessToken)),
  );
  assert.equal(tokens.size, 1);
  assert.equal(upstreamCalls.length, 1);
});

test('a fresh token is minted once the cached one nears expiry', async () => {
  const { handler, upstreamCalls, clock } = setup({ refreshMarginSeconds: 60 });
  const first = await issuedToken(await handler(tokenRequest('acme-ready')));
  clock.now += (first.expiresIn - 61) * 1000;
  assert.equal((await issuedToken(await handler(tokenRequest('acme-ready')))).accessToken, first.accessToken);
  assert.equal(upstreamCalls.length, 1);
  clock.now += 2000;
  const second = await issuedToken(await handler(tokenRequest('acme-ready')));
  assert.equal(upstreamCalls.length, 2);
  assert.ok(second.expiresIn > 60);
});

test('a tenant with no active client link gets 403 tenant_not_linked', async () => {
  const { handler } = setup();
  for (const tenant of ['no-such-tenant', 'newco-onboarding', 'linked-elsewhere']) {
    const response = await handler(tokenRequest(tenant));
    assert.equal(response.status, 403, tenant);
    assert.equal(((await response.json()) as { error: string }).error, 'tenant_not_linked');
  }
});

test('a wrong partner key gets 502 upstream_auth', async () => {
  const { handler } = setup({ apiKey: 'not-the-sandbox-key' });
  const response = await handler(tokenRequest('acme-ready'));
  assert.equal(response.status, 502);
  assert.equal(((await response.json()) as { error: string }).error, 'upstream_auth');
});

test('method, CORS and caching headers hold against the sandbox', async () => {
  const { handler } = setup({ allowedOrigins: ['https://app.partner.test'] });
  const get = await handler(tokenRequest('acme-ready', { method: 'GET' }));
  assert.equal(get.status, 405);
  assert.equal(get.headers.get('allow'), 'POST');
  const allowed = await handler(tokenRequest('acme-ready', { headers: { Origin: 'https://app.partner.test' } }));
  assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://app.partner.test');
  assert.equal(allowed.headers.get('access-control-allow-credentials'), 'true');
  assert.equal(allowed.headers.get('cache-control'), 'no-store');
  const denied = await handler(tokenRequest('acme-ready', { headers: { Origin: 'https://elsewhere.test' } }));
  assert.equal(denied.status, 403);
  assert.equal(denied.headers.get('access-control-allow-origin'), null);
});

test('the partner key never appears in any answer', async () => {
  const { handler } = setup({ allowedOrigins: ['https://app.partner.test'] });
  const requests = [
    tokenRequest('acme-ready'),
    tokenRequest('no-such-tenant'),
    tokenRequest(null),
    tokenRequest('acme-ready', { method: 'GET' }),
    tokenRequest('acme-ready', { method: 'OPTIONS', headers: { Origin: 'https://app.partner.test' } }),
  ];
  for (const request of requests) {
    const response = await handler(request);
    const text = JSON.stringify([...response.headers]) + (await response.text());
    assert.ok(!text.includes(SANDBOX_PARTNER_API_KEY), `${request.method} ${response.status}`);
  }
  const { handler: wrongKey } = setup({ apiKey: 'secret-partner-key-123' });
  const text = await (await wrongKey(tokenRequest('acme-ready'))).text();
  assert.ok(!text.includes('secret-partner-key-123'));
});

test('token answers carry the partner branding from Debitura, once fetched, unless turned off', async () => {
  const { handler, sandbox } = setup();
  const first = (await (await handler(tokenRequest('acme-ready'))).json()) as { branding?: Record<string, string> };
  assert.deepEqual(first.branding, {
    logoUrl: `${origin}/hosted/assets/partner-logo.svg`,
    backgroundColor: '#FFFFFF',
    fontColor: '#1F2937',
    fontFamily: 'Inter, system-ui, sans-serif',
  });
  let profileCalls = 0;
  const counted = setup({
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (new URL(request.url).pathname.endsWith('/me')) profileCalls += 1;
      return sandbox.fetch(request);
    },
  });
  for (const tenant of ['acme-ready', 'unsigned-contract', 'acme-ready']) await counted.handler(tokenRequest(tenant));
  assert.equal(profileCalls, 1, 'one GET /me for every tenant and request');
  const plain = (await (await setup({ branding: false }).handler(tokenRequest('acme-ready'))).json()) as object;
  assert.equal('branding' in plain, false);
});
