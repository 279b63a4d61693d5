// Security: headers a client or Debitura controls cannot break the server's answers (finding 18): a Host
// header with userinfo is a clear 400, and an absurd upstream Retry-After reaches nobody as `1e+308`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { createCustomerApiProxy, createTokenHandler, toNodeListener } from '../../src/server/index.js';

/** Sends raw HTTP, so the Host header is exactly what an attacker writes. */
async function rawRequest(port: number, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        `POST /api/debitura/token HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      );
    });
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('utf8')));
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
      resolve({ status, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
    socket.on('error', reject);
  });
}

describe('security: a Host header that is not a host (finding 18)', () => {
  it('answers 400 with a clear message, not a generic 500, and never reaches the handler', async () => {
    let reached = 0;
    const handler = async () => (reached++, Response.json({ ok: true }));
    const listener = toNodeListener(handler);
    const server = createServer((request, response) => void listener(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const host of ['user:pw@app.partner.example', 'evil.example@app.partner.example', 'a b', 'app/../x']) {
        const answer = await rawRequest(port, host);
        assert.equal(answer.status, 400, host);
        assert.match(answer.body, /"error":"bad_request"/);
        assert.match(answer.body, /Host header/);
      }
      for (const host of ['app.partner.example', '127.0.0.1:8080', '[::1]:3000', 'localhost']) {
        assert.equal((await rawRequest(port, host)).status, 200, host);
      }
      assert.equal(reached, 4);
    } finally {
      server.close();
    }
  });
});

describe('security: Retry-After is passed on in whole seconds, clamped (finding 18)', () => {
  const retryAfterValues: Array<[string, string | null]> = [
    ['1e308', '3600'],
    ['999999999', '3600'],
    ['0', '1'],
    ['2.5', '3'],
    ['soon', null],
    ['-5', null],
  ];

  it('by the proxy, from Debitura’s 429', async () => {
    for (const [sent, expected] of retryAfterValues) {
      const proxy = createCustomerApiProxy({
        tokenFor: () => 'server-token',
        fetch: async () => Response.json({ error: 'rate_limited' }, { status: 429, headers: { 'Retry-After': sent } }),
      });
      const answer = await proxy(new Request('https://app.partner.example/me'));
      assert.equal(answer.status, 429);
      assert.equal(answer.headers.get('retry-after'), expected, sent);
    }
  });

  it('by the token endpoint, from the Referral API’s 503', async () => {
    for (const [sent, expected] of retryAfterValues) {
      const handler = createTokenHandler({
        apiKey: 'key',
        resolveTenant: () => 'acme',
        branding: false,
        fetch: async () => new Response(null, { status: 503, headers: { 'Retry-After': sent } }),
      });
      const answer = await handler(new Request('https://app.partner.example/api/debitura/token', { method: 'POST' }));
      assert.equal(answer.status, 503);
      // Without a readable value the endpoint suggests its own 5 s.
      assert.equal(answer.headers.get('retry-after'), expected ?? '5', sent);
    }
  });

  it('an HTTP date becomes the seconds until then', async () => {
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const proxy = createCustomerApiProxy({
      tokenFor: () => 'server-token',
      fetch: async () => new Response(null, { status: 503, headers: { 'Retry-After': inAMinute } }),
    });
    const seconds = Number((await proxy(new Request('https://app.partner.example/me'))).headers.get('retry-after'));
    assert.ok(seconds >= 55 && seconds <= 61, String(seconds));
  });
});
