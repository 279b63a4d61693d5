// Security: the Customer API proxy acts on the user's cookies, so a page on another site must not be able to
// make it create a case or upload a file (CSRF), and what it passes back must not turn into a document that runs
// in the partner's origin. Against the real sandbox: the attack's case never exists.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSandbox, SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';
import { createCustomerApiProxy, createTokenHandler, tokenFromHandler } from '../../src/server/index.js';
import { caseRequest } from './sandbox-cases-harness.js';

const partner = 'https://app.partner.example';
const prefix = '/api/debitura/customer';
const sandboxOrigin = 'http://sandbox.test';

function setup() {
  const sandbox = createSandbox();
  const upstream: string[] = [];
  const sandboxFetch = (input: RequestInfo | URL, init?: RequestInit) => sandbox.fetch(new Request(input, init));
  const tokenHandler = createTokenHandler({
    apiKey: SANDBOX_PARTNER_API_KEY,
    baseUrl: `${sandboxOrigin}/referral`,
    resolveTenant: (request) => /(?:^|;\s*)session=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null,
    branding: false,
    fetch: sandboxFetch,
  });
  const proxy = createCustomerApiProxy({
    tokenFor: tokenFromHandler(tokenHandler),
    baseUrl: `${sandboxOrigin}/customer`,
    pathPrefix: prefix,
    allowedOrigins: ['https://widgets.partner.example'],
    fetch: async (input, init) => {
      const request = new Request(input, init);
      upstream.push(`${request.method} ${new URL(request.url).pathname}`);
      return sandbox.fetch(request);
    },
  });
  const call = (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', 'session=acme-ready');
    return proxy(new Request(`${partner}${prefix}${path}`, { ...init, headers, duplex: 'half' } as RequestInit));
  };
  const casesWithReference = async (reference: string) => {
    const answer = await call(`/cases?Query=${encodeURIComponent(reference)}`, {
      headers: { 'Sec-Fetch-Site': 'same-origin' },
    });
    return ((await answer.json()) as { cases: unknown[] }).cases.length;
  };
  return { call, upstream, casesWithReference };
}

/** What a cross-site `<form enctype="text/plain">` sends: a body that happens to parse as JSON. */
function formPost(body: unknown, site: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain', ...site },
    body: JSON.stringify(body),
  };
}

const crossSite = { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' };

/** A multipart file upload as a browser sends it, with the extra headers given. */
function uploadPost(fileName: string, headers: Record<string, string>): RequestInit {
  const form = new FormData();
  form.set('File', new File(['%PDF-1.4 ' + fileName], fileName, { type: 'application/pdf' }));
  const multipart = new Request('http://x/', { method: 'POST', body: form });
  return {
    method: 'POST',
    headers: { 'Content-Type': multipart.headers.get('content-type')!, ...headers },
    body: multipart.body,
  };
}

describe('security: cross-site requests cannot change anything through the proxy (finding 2)', () => {
  it('a cross-site text/plain form post creates no case and reaches nobody', async () => {
    const { call, upstream, casesWithReference } = setup();
    const claim = caseRequest();
    const sites: Record<string, string>[] = [
      crossSite,
      { Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'cross-site' },
    ];
    for (const site of sites) {
      const answer = await call('/cases', formPost(claim, site));
      assert.equal(answer.status, 403, JSON.stringify(site));
      assert.equal(((await answer.json()) as { error: string }).error, 'forbidden_origin');
    }
    assert.deepEqual(upstream, []);
    assert.equal(await casesWithReference(claim.creditorReference), 0);
  });

  it('a cross-site multipart upload stores no file', async () => {
    const { call, upstream } = setup();
    const created = await call('/cases', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin', 'Idempotency-Key': 'csrf-case' },
      body: JSON.stringify(caseRequest()),
    });
    const { id } = (await created.json()) as { id: string };
    const upload = await call(`/cases/${id}/files`, uploadPost('planted.pdf', crossSite));
    assert.equal(upload.status, 403);
    assert.ok(!upstream.includes(`POST /customer/cases/${id}/files`));
    const files = await call(`/cases/${id}/files`, { headers: { 'Sec-Fetch-Site': 'same-origin' } });
    assert.deepEqual(await files.json(), []);
  });

  it('even from its own origin, a state change needs a JSON body or the widget’s X-Requested-With header', async () => {
    const { call, upstream, casesWithReference } = setup();
    const claim = caseRequest();
    // A browser without fetch metadata and without Origin (old, or a same-origin form): the second line holds.
    const sites: Record<string, string>[] = [{ 'Sec-Fetch-Site': 'same-origin' }, {}];
    for (const site of sites) {
      const answer = await call('/cases', formPost(claim, site));
      assert.equal(answer.status, 403);
      assert.equal(((await answer.json()) as { error: string }).error, 'csrf_rejected');
    }
    assert.equal(await casesWithReference(claim.creditorReference), 0);
    assert.deepEqual(upstream, ['GET /customer/cases']);
  });

  it('the widget’s own calls pass: JSON from its origin, a listed origin with CORS, and uploads with the header', async () => {
    const { call, casesWithReference } = setup();
    const claim = caseRequest();
    const created = await call('/cases', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': 'listed-origin',
        Origin: 'https://widgets.partner.example',
        'Sec-Fetch-Site': 'same-site',
      },
      body: JSON.stringify(claim),
    });
    assert.equal(created.status, 200);
    assert.equal(created.headers.get('access-control-allow-origin'), 'https://widgets.partner.example');
    assert.equal(created.headers.get('access-control-allow-credentials'), 'true');
    assert.equal(await casesWithReference(claim.creditorReference), 1);

    const { id } = (await created.json()) as { id: string };
    const upload = await call(
      `/cases/${id}/files`,
      uploadPost('statement.pdf', { 'X-Requested-With': 'debitura-collect', 'Sec-Fetch-Site': 'same-origin' }),
    );
    assert.equal(upload.status, 200, await upload.clone().text());
  });

  it('a cross-site read gets 403 and no CORS headers; a preflight from an unlisted origin is refused', async () => {
    const { call, upstream } = setup();
    const read = await call('/me', { headers: crossSite });
    assert.equal(read.status, 403);
    assert.equal(read.headers.get('access-control-allow-origin'), null);
    const preflight = await call('/cases', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.status, 403);
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    assert.deepEqual(upstream, []);
  });
});

describe('security: proxied answers cannot be sniffed or run (finding 16)', () => {
  function proxyAnswering(answer: () => Response) {
    return createCustomerApiProxy({ tokenFor: () => 'server-token', fetch: async () => answer() });
  }

  it('an HTML or file answer from upstream goes out with nosniff and a sandboxing CSP', async () => {
    for (const upstream of [
      () => new Response('<script>alert(document.cookie)</script>', { headers: { 'Content-Type': 'text/html' } }),
      () =>
        new Response('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', {
          headers: { 'Content-Type': 'image/svg+xml', 'Content-Disposition': 'inline; filename=x.svg' },
        }),
      () => new Response('<script>alert(1)</script>'), // no Content-Type at all
    ]) {
      const answer = await proxyAnswering(upstream)(new Request(`${partner}/cases/abc/files`));
      assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
      assert.match(answer.headers.get('content-security-policy') ?? '', /^sandbox; default-src 'none'$/);
    }
  });

  it('JSON answers carry nosniff and keep working without a CSP', async () => {
    const answer = await proxyAnswering(() => Response.json({ id: 'x' }))(new Request(`${partner}/me`));
    assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(answer.headers.get('content-security-policy'), null);
    assert.deepEqual(await answer.json(), { id: 'x' });
  });
});
