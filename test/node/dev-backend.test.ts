// The `npm start` backend end to end, in-process: demo sign-in cookie → token endpoint → sandbox Customer API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDevBackend, defaultDemoTenant, isBackendPath } from '../../demo/backend.js';
import { CreditorMeApiDTO } from '../../src/wire/creditor-me.js';

const origin = 'http://127.0.0.1:5173';
const sandboxOnly = { env: {} };

type Backend = ReturnType<typeof createDevBackend>;

async function signIn(backend: Backend, tenant: string | null): Promise<string> {
  const response = await backend.fetch(
    new Request(`${origin}/api/demo/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ tenant }),
    }),
  );
  assert.equal(response.status, 200);
  const setCookie = response.headers.get('set-cookie') ?? '';
  return setCookie.split(';')[0]!;
}

async function token(backend: Backend, cookie?: string): Promise<Response> {
  return backend.fetch(
    new Request(`${origin}/api/debitura/token`, { method: 'POST', headers: cookie ? { cookie } : {} }),
  );
}

async function me(backend: Backend, accessToken: string) {
  const response = await backend.fetch(
    new Request(`${origin}/customer/me`, { headers: { Authorization: `Bearer ${accessToken}` } }),
  );
  assert.equal(response.status, 200);
  return CreditorMeApiDTO.parse(await response.json());
}

test('the dev backend answers its health check', async () => {
  const backend = createDevBackend(sandboxOnly);
  const response = await backend.fetch(new Request(`${origin}/api/health`));
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { ok: true });
});

test('only backend paths are routed to the backend', () => {
  for (const path of [
    '/api/debitura/token',
    '/referral/oauth/token',
    '/customer/me',
    '/hosted/onboarding/x',
    '/sandbox/tenants',
  ]) {
    assert.equal(isBackendPath(path), true, path);
  }
  for (const path of [
    '/',
    '/index.html',
    '/src/widget/index.ts',
    '/src/sandbox/index.ts',
    '/demo/session-switch.ts',
    '/apiary',
  ]) {
    assert.equal(isBackendPath(path), false, path);
  }
});

test('without a demo session the default tenant gets a token that opens its Customer API', async () => {
  const backend = createDevBackend(sandboxOnly);
  const response = await token(backend);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const { accessToken, expiresIn } = (await response.json()) as { accessToken: string; expiresIn: number };
  assert.ok(expiresIn > 0);
  assert.equal((await me(backend, accessToken)).companyName, 'Acme Supplies ApS');
  const session = (await (await backend.fetch(new Request(`${origin}/api/demo/session`))).json()) as { tenant: string };
  assert.equal(session.tenant, defaultDemoTenant);
});

test('"sign in as" sets an HttpOnly, SameSite=Lax cookie that the token endpoint follows', async () => {
  const backend = createDevBackend(sandboxOnly);
  const response = await backend.fetch(
    new Request(`${origin}/api/demo/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ tenant: defaultDemoTenant }),
    }),
  );
  const setCookie = response.headers.get('set-cookie') ?? '';
  assert.match(setCookie, /^demo_tenant=acme-ready;/);
  assert.match(setCookie, /HttpOnly/i);
  assert.match(setCookie, /SameSite=Lax/i);
  assert.match(setCookie, /Path=\//);

  const other = (await backend.tenants(origin)).find(
    (tenant) => tenant.externalTenantId !== defaultDemoTenant && tenant.tokenAvailable,
  );
  assert.ok(other, 'the sandbox seeds a second linked tenant');
  const acmeToken = ((await (await token(backend, setCookie.split(';')[0])).json()) as { accessToken: string })
    .accessToken;
  const otherCookie = await signIn(backend, other.externalTenantId);
  const otherToken = ((await (await token(backend, otherCookie)).json()) as { accessToken: string }).accessToken;
  assert.notEqual((await me(backend, otherToken)).companyName, (await me(backend, acmeToken)).companyName);
});

test('signing out makes the token endpoint answer 401', async () => {
  const backend = createDevBackend(sandboxOnly);
  const cookie = await signIn(backend, null);
  const response = await token(backend, cookie);
  assert.equal(response.status, 401);
  const session = (await (
    await backend.fetch(new Request(`${origin}/api/demo/session`, { headers: { cookie } }))
  ).json()) as { tenant: unknown };
  assert.equal(session.tenant, null);
});

test('the session switch rejects anything but a tenant id or null', async () => {
  const backend = createDevBackend(sandboxOnly);
  for (const body of [{ tenant: 42 }, { tenant: '' }, { tenant: 'x'.repeat(256) }, {}, 'not json']) {
    const response = await backend.fetch(
      new Request(`${origin}/api/demo/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body).slice(body === 'not json' ? 1 : 0),
      }),
    );
    assert.equal(response.status, 400, JSON.stringify(body));
    assert.equal(response.headers.get('set-cookie'), null);
  }
});

test('the switch lists the seeded tenants and says which Debitura is in use', async () => {
  const backend = createDevBackend(sandboxOnly);
  const session = (await (await backend.fetch(new Request(`${origin}/api/demo/session`))).json()) as {
    environment: string;
    tenants: { externalTenantId: string }[];
  };
  assert.equal(session.environment, 'sandbox');
  assert.ok(session.tenants.some((tenant) => tenant.externalTenantId === defaultDemoTenant));
});

test('with a test API key the token endpoint targets Debitura’s test environment instead', async () => {
  const backend = createDevBackend({ env: { DEBITURA_API_KEY: 'test-key', DEBITURA_ENVIRONMENT: 'test' } });
  assert.equal(backend.environment, 'test');
  const session = (await (await backend.fetch(new Request(`${origin}/api/demo/session`))).json()) as {
    environment: string;
  };
  assert.equal(session.environment, 'test');
  // Production is never reached from the demo.
  assert.equal(
    createDevBackend({ env: { DEBITURA_API_KEY: 'live-key', DEBITURA_ENVIRONMENT: 'production' } }).environment,
    'sandbox',
  );
});
