// The token endpoint mounted the README's Node way (`toNodeListener`, which answers without building a Request or
// a Response) gives every answer the fetch-standard handler gives: the same origin policy, CORS headers,
// no-store, errors, activation and rate limit, over real HTTP. Host validation happens on the Node side alone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox, SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';
import { createTokenHandler, toNodeListener, type TokenHandler } from '../../src/server/index.js';

const partnerOrigin = 'https://app.partner.example';
const comparedHeaders = [
  'cache-control',
  'content-type',
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-max-age',
  'vary',
  'allow',
  'retry-after',
];

/** One partner backend: its own sandbox, a session cookie naming the tenant, a limit of 3 token requests. */
function partnerBackend() {
  const sandbox = createSandbox();
  const sessionsRead: string[] = [];
  const handler = createTokenHandler({
    apiKey: SANDBOX_PARTNER_API_KEY,
    baseUrl: 'http://sandbox.test/referral',
    resolveTenant: (request) => {
      const tenant = /(?:^|; )session=([\w-]+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null;
      sessionsRead.push(tenant ?? '-');
      return tenant;
    },
    allowedOrigins: [partnerOrigin],
    allowRequest: (tenant) => tenant !== 'rate-limited',
    branding: false,
    activation: {
      clientDetails: () => ({
        client: { name: 'Harbor Bakery ApS', country: 'DK', supportEmail: 'support@harbor.example' },
        users: [{ name: 'Signe Dahl', email: 'signe@harbor.example', isOnboardingUser: true }],
      }),
    },
    fetch: (input, init) => sandbox.fetch(new Request(input, init)),
  });
  return { handler, sessionsRead };
}

interface Case {
  name: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

const cases: Case[] = [
  { name: 'same-origin token request', method: 'POST', headers: { cookie: 'session=acme-ready' } },
  {
    name: 'listed origin',
    method: 'POST',
    headers: { cookie: 'session=acme-ready', origin: partnerOrigin, 'sec-fetch-site': 'same-site' },
  },
  {
    name: 'cross-site page',
    method: 'POST',
    headers: { cookie: 'session=acme-ready', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
  },
  { name: 'Origin: null', method: 'POST', headers: { cookie: 'session=acme-ready', origin: 'null' } },
  {
    name: 'preflight from a listed origin',
    method: 'OPTIONS',
    headers: { origin: partnerOrigin, 'access-control-request-method': 'POST' },
  },
  { name: 'preflight from another origin', method: 'OPTIONS', headers: { origin: 'https://evil.example' } },
  { name: 'GET', method: 'GET', headers: { cookie: 'session=acme-ready' } },
  { name: 'signed out', method: 'POST' },
  { name: 'over the limit', method: 'POST', headers: { cookie: 'session=rate-limited' } },
  { name: 'tenant without a link', method: 'POST', headers: { cookie: 'session=newco-onboarding' } },
  {
    name: 'activation status',
    method: 'POST',
    headers: { cookie: 'session=newco-onboarding', 'content-type': 'application/json' },
    body: '{"intent":"status"}',
  },
  {
    name: 'a body that is not an intent',
    method: 'POST',
    headers: { cookie: 'session=acme-ready', 'content-type': 'application/json' },
    body: '{"intent":"activate","externalTenantId":"someone-else"}',
  },
  {
    name: 'cross-site activation',
    method: 'POST',
    headers: {
      cookie: 'session=newco-onboarding',
      'content-type': 'application/json',
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    },
    body: '{"intent":"activate"}',
  },
];

interface Seen {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** Tokens differ between the two sandboxes: compared by shape. */
function comparable(status: number, headers: (name: string) => string | null, text: string): Seen {
  const picked: Record<string, string> = {};
  for (const name of comparedHeaders) {
    const value = headers(name);
    if (value !== null) picked[name] = value;
  }
  const body = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  if (body && typeof body.accessToken === 'string')
    body.accessToken = `<${body.accessToken.split('.').length}-part JWT>`;
  return { status, headers: picked, body };
}

function overHttp(port: number, test: Case, host = `127.0.0.1:${port}`): Promise<Seen & { raw: string[] }> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      {
        port,
        host: '127.0.0.1',
        method: test.method ?? 'POST',
        path: '/api/debitura/token',
        headers: { ...test.headers, host },
      },
      (answer) => {
        let text = '';
        answer.setEncoding('utf8');
        answer.on('data', (chunk: string) => (text += chunk));
        answer.on('end', () => {
          const header = (name: string) => {
            const value = answer.headers[name];
            return value === undefined ? null : String(value);
          };
          resolve({ ...comparable(answer.statusCode ?? 0, header, text), raw: answer.rawHeaders });
        });
      },
    );
    sent.on('error', reject);
    sent.end(test.body);
  });
}

describe('token endpoint on Node: the same answers as the fetch-standard handler', () => {
  const viaFetch = partnerBackend();
  const viaNode = partnerBackend();
  let server: Server;
  let port: number;

  before(async () => {
    const listener = toNodeListener(viaNode.handler as TokenHandler);
    server = createServer((request, response) => void listener(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => server.close());

  for (const test of cases) {
    it(test.name, async () => {
      const fetched = await viaFetch.handler(
        new Request(`http://127.0.0.1:${port}/api/debitura/token`, {
          method: test.method ?? 'POST',
          headers: test.headers ?? {},
          ...(test.body !== undefined && { body: test.body }),
        }),
      );
      const expected = comparable(fetched.status, (name) => fetched.headers.get(name), await fetched.text());
      const { raw, ...served } = await overHttp(port, test);
      assert.deepEqual(served, expected);
      assert.ok(!raw.some((name) => /^transfer-encoding$/i.test(name)), 'sent in one piece, with its length');
      assert.deepEqual(viaNode.sessionsRead, viaFetch.sessionsRead, 'the session is read for the same requests');
    });
  }

  it('answers a Host header that is not a host with 400 before reading the session', async () => {
    const before = viaNode.sessionsRead.length;
    const answer = await overHttp(port, cases[0]!, 'user:pw@app.partner.example');
    assert.equal(answer.status, 400);
    assert.equal((answer.body as { error: string }).error, 'bad_request');
    assert.equal(viaNode.sessionsRead.length, before);
  });
});
