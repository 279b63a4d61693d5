// Security: which pages may use the token endpoint and the proxy. Each test replays an attack from a page on
// another origin and shows it now ends before any tenant lookup or upstream call.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSandbox, SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';
import { createCustomerApiProxy, createTokenHandler } from '../../src/server/index.js';
import { createDevBackend, demoSessionCookie } from '../../demo/backend.js';

const backend = 'https://app.partner.example';
const tokenUrl = `${backend}/api/debitura/token`;

function countingTokenHandler(allowedOrigins?: string[]) {
  const sandbox = createSandbox();
  const counts = { sessions: 0, upstream: 0 };
  const handler = createTokenHandler({
    apiKey: SANDBOX_PARTNER_API_KEY,
    baseUrl: 'http://sandbox.test/referral',
    resolveTenant: () => (counts.sessions++, 'acme-ready'),
    ...(allowedOrigins && { allowedOrigins }),
    branding: false,
    fetch: (input, init) => (counts.upstream++, sandbox.fetch(new Request(input, init))),
  });
  return { handler, counts };
}

const nativeShellOrigins = [
  'capacitor://localhost',
  'ionic://localhost',
  'file://',
  'app://./index.html',
  'tauri://localhost',
  'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
];

describe('security: Origin null never gets a token (finding 1)', () => {
  it('refuses allowedOrigins entries that serialise to "null", naming the entry and what to do instead', () => {
    for (const entry of nativeShellOrigins) {
      assert.throws(
        () => createTokenHandler({ apiKey: 'k', resolveTenant: () => 't', allowedOrigins: [entry] }),
        (error: unknown) =>
          error instanceof TypeError &&
          error.message.includes(entry) &&
          /Origin: null/.test(error.message) &&
          /fetchToken/.test(error.message),
        entry,
      );
      assert.throws(
        () => createCustomerApiProxy({ tokenFor: () => 't', allowedOrigins: [entry] }),
        TypeError,
        `proxy: ${entry}`,
      );
    }
  });

  it('refuses a wildcard, a literal "null" and entries with a path or credentials', () => {
    for (const entry of ['*', 'null', 'https://app.example.com/collections', 'https://user:pw@app.example.com']) {
      assert.throws(
        () => createTokenHandler({ apiKey: 'k', resolveTenant: () => 't', allowedOrigins: [entry] }),
        TypeError,
        entry,
      );
    }
  });

  it('answers a sandboxed iframe’s "Origin: null" with 403 and no CORS headers, before any work', async () => {
    const { handler, counts } = countingTokenHandler(['https://app.partner.example']);
    for (const site of ['cross-site', null]) {
      const headers = new Headers({ Origin: 'null', Cookie: 'session=acme-ready' });
      if (site) headers.set('Sec-Fetch-Site', site);
      const answer = await handler(new Request(tokenUrl, { method: 'POST', headers }));
      assert.equal(answer.status, 403);
      assert.equal(answer.headers.get('access-control-allow-origin'), null);
      assert.equal(answer.headers.get('access-control-allow-credentials'), null);
      assert.doesNotMatch(await answer.text(), /accessToken/);
    }
    assert.deepEqual(counts, { sessions: 0, upstream: 0 });
  });
});

describe('security: a disallowed origin gets no token minted (the "Also")', () => {
  it('refuses a cross-site POST before reading the session or calling Debitura', async () => {
    const { handler, counts } = countingTokenHandler(['https://app.partner.example']);
    const attacks: Record<string, string>[] = [
      { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
      { Origin: 'https://evil.example' }, // a browser without fetch metadata
      { Origin: 'https://other.partner.example', 'Sec-Fetch-Site': 'same-site' },
      { 'Sec-Fetch-Site': 'cross-site' }, // Origin stripped by a privacy extension
    ];
    for (const headers of attacks) {
      const answer = await handler(new Request(tokenUrl, { method: 'POST', headers }));
      assert.equal(answer.status, 403, JSON.stringify(headers));
      assert.equal(((await answer.json()) as { error: string }).error, 'forbidden_origin');
    }
    assert.deepEqual(counts, { sessions: 0, upstream: 0 });
  });

  it('serves its own pages (also behind a reverse proxy), listed origins and servers without a page', async () => {
    const { handler } = countingTokenHandler(['https://widgets.partner.example']);
    const allowed = [
      new Request(tokenUrl, { method: 'POST', headers: { Origin: backend, 'Sec-Fetch-Site': 'same-origin' } }),
      // Behind TLS termination the server sees its internal URL; the browser's fetch metadata still says same-origin.
      new Request('http://10.0.0.5:3000/api/debitura/token', {
        method: 'POST',
        headers: { Origin: backend, 'Sec-Fetch-Site': 'same-origin' },
      }),
      new Request(tokenUrl, { method: 'POST', headers: { Origin: backend } }),
      new Request(tokenUrl, {
        method: 'POST',
        headers: { Origin: 'https://widgets.partner.example', 'Sec-Fetch-Site': 'same-site' },
      }),
      new Request(tokenUrl, { method: 'POST' }),
    ];
    for (const request of allowed) assert.equal((await handler(request)).status, 200, request.url);
  });
});

describe('security: preflights answer fixed header lists (finding 17)', () => {
  it('the token endpoint never echoes the requested headers', async () => {
    const { handler } = countingTokenHandler(['https://widgets.partner.example']);
    const answer = await handler(
      new Request(tokenUrl, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://widgets.partner.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'x-evil, x-partner-tenant, content-type',
        },
      }),
    );
    assert.equal(answer.status, 204);
    assert.equal(answer.headers.get('access-control-allow-headers'), 'Accept, Authorization, Content-Type');
    assert.equal(answer.headers.get('access-control-allow-methods'), 'POST');
  });

  it('the proxy allows only what the widget sends', async () => {
    const proxy = createCustomerApiProxy({ tokenFor: () => 't', allowedOrigins: ['https://widgets.partner.example'] });
    const answer = await proxy(
      new Request(`${backend}/cases`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://widgets.partner.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'x-evil',
        },
      }),
    );
    assert.equal(answer.status, 204);
    assert.equal(
      answer.headers.get('access-control-allow-headers'),
      'Accept, Accept-Language, Authorization, Content-Type, Idempotency-Key, X-Requested-With',
    );
    assert.equal(answer.headers.get('access-control-allow-methods'), 'GET, POST');
    assert.equal(answer.headers.get('access-control-allow-credentials'), 'true');
  });
});

describe('the demo backend’s allowed origins (ALLOWED_ORIGINS)', () => {
  it('lets a page on a listed origin use its token endpoint and proxy, and nobody else', async () => {
    const backend = createDevBackend({ env: { ALLOWED_ORIGINS: 'http://localhost:3000, https://app.example.com' } });
    const url = 'http://127.0.0.1:5173';
    const cookie = `${demoSessionCookie}=acme-ready`;
    const post = (path: string, origin: string) =>
      backend.fetch(
        new Request(`${url}${path}`, {
          method: 'POST',
          headers: { Origin: origin, 'Sec-Fetch-Site': 'cross-site', cookie },
        }),
      );
    const listed = await post('/api/debitura/token', 'http://localhost:3000');
    assert.equal(listed.status, 200);
    assert.equal(listed.headers.get('access-control-allow-origin'), 'http://localhost:3000');
    assert.equal((await post('/api/debitura/token', 'http://localhost:4000')).status, 403);

    const preflight = await backend.fetch(
      new Request(`${url}/api/debitura/customer/cases`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://app.example.com', 'Access-Control-Request-Method': 'POST' },
      }),
    );
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-credentials'), 'true');
    const me = await backend.fetch(
      new Request(`${url}/api/debitura/customer/me`, {
        headers: { Origin: 'https://app.example.com', 'Sec-Fetch-Site': 'cross-site', cookie },
      }),
    );
    assert.equal(me.status, 200);
  });

  it('stops at start-up on an entry that has no web origin', () => {
    assert.throws(() => createDevBackend({ env: { ALLOWED_ORIGINS: 'capacitor://localhost' } }), /Origin: null/);
  });
});
