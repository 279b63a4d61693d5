// Serving fetch-style handlers from node:http and from an Express-like stack that parsed the body first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTokenHandler, toNodeListener, type FetchHandler } from '../../src/server/index.js';

type Listener = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

async function serve(listener: Listener): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => void listener(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const echo: FetchHandler = async (request) => {
  const headers = new Headers({ 'content-type': 'application/json', 'x-echo': 'yes' });
  headers.append('set-cookie', 'a=1; Path=/');
  headers.append('set-cookie', 'b=2; Path=/; HttpOnly');
  return new Response(
    JSON.stringify({
      method: request.method,
      url: request.url,
      cookie: request.headers.get('cookie'),
      custom: request.headers.get('x-custom'),
      body: request.method === 'GET' ? null : await request.text(),
    }),
    { status: 201, headers },
  );
};

test('node:http requests reach the handler with method, URL, headers and body intact', async () => {
  const server = await serve(toNodeListener(echo));
  try {
    const response = await fetch(`${server.url}/api/echo?x=1`, {
      method: 'POST',
      headers: { cookie: 'session=acme', 'x-custom': 'kept', 'content-type': 'application/json' },
      body: '{"hello":"wörld"}',
    });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('x-echo'), 'yes');
    assert.deepEqual(response.headers.getSetCookie(), ['a=1; Path=/', 'b=2; Path=/; HttpOnly']);
    assert.deepEqual(await response.json(), {
      method: 'POST',
      url: `${server.url}/api/echo?x=1`,
      cookie: 'session=acme',
      custom: 'kept',
      body: '{"hello":"wörld"}',
    });
  } finally {
    await server.close();
  }
});

test('under Express, the full path and an already parsed body still reach the handler', async () => {
  const listener = toNodeListener(echo);
  // What express.json() and a router mounted at /api leave behind: a drained stream, req.body, a trimmed url.
  const expressLike: Listener = (request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      Object.assign(request, { body: JSON.parse(raw) as unknown, originalUrl: request.url, url: '/echo' });
      void listener(request, response);
    });
  };
  const server = await serve(expressLike);
  try {
    const response = await fetch(`${server.url}/api/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"n":1}',
    });
    const body = (await response.json()) as { url: string; body: string };
    assert.equal(body.url, `${server.url}/api/echo`);
    assert.deepEqual(JSON.parse(body.body), { n: 1 });
  } finally {
    await server.close();
  }
});

test('a handler that throws becomes a 500 JSON answer, or goes to next() when there is one', async () => {
  const failing: FetchHandler = () => {
    throw new Error('secret detail');
  };
  const server = await serve(toNodeListener(failing));
  try {
    const response = await fetch(`${server.url}/x`, { method: 'POST' });
    assert.equal(response.status, 500);
    const text = await response.text();
    assert.doesNotMatch(text, /secret detail/);
    assert.equal((JSON.parse(text) as { error: string }).error, 'internal');
  } finally {
    await server.close();
  }

  const forwarded: unknown[] = [];
  const withNext = toNodeListener(failing);
  const nextServer = await serve((request, response) => {
    void withNext(request, response, (error) => {
      forwarded.push(error);
      response.statusCode = 418;
      response.end();
    });
  });
  try {
    assert.equal((await fetch(`${nextServer.url}/x`, { method: 'POST' })).status, 418);
    assert.equal((forwarded[0] as Error).message, 'secret detail');
  } finally {
    await nextServer.close();
  }
});

test('the token endpoint served from node:http issues a token for the cookie session', async () => {
  let upstreamCalls = 0;
  const handler = createTokenHandler({
    apiKey: 'partner-key',
    branding: false,
    resolveTenant: (request) => /session=(\w+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null,
    fetch: async (_input, init) => {
      upstreamCalls += 1;
      const { externalTenantId } = JSON.parse(init?.body as string) as { externalTenantId: string };
      return Response.json({ accessToken: `jwt-${externalTenantId}`, expiresIn: 1800, tokenType: 'Bearer' });
    },
  });
  const server = await serve(toNodeListener(handler));
  try {
    for (let index = 0; index < 3; index++) {
      const response = await fetch(`${server.url}/api/debitura/token`, {
        method: 'POST',
        headers: { cookie: 'session=acme' },
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.equal(((await response.json()) as { accessToken: string }).accessToken, 'jwt-acme');
    }
    assert.equal(upstreamCalls, 1);
    const anonymous = await fetch(`${server.url}/api/debitura/token`, { method: 'POST' });
    assert.equal(anonymous.status, 401);
  } finally {
    await server.close();
  }
});

test('an answer in one piece goes out with its length; a streamed one arrives whole, chunk by chunk', async () => {
  const chunks = ['first,', 'second,', 'third'];
  const listener = toNodeListener((request) =>
    new URL(request.url).pathname === '/stream'
      ? new Response(
          new ReadableStream({
            start(controller) {
              for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
              controller.close();
            },
          }),
        )
      : Response.json({ accessToken: 'abc', expiresIn: 60 }),
  );
  const server = await serve((request, response) => void listener(request, response));
  try {
    const json = await fetch(`${server.url}/token`, { method: 'POST' });
    assert.equal(
      json.headers.get('content-length'),
      String(JSON.stringify({ accessToken: 'abc', expiresIn: 60 }).length),
    );
    assert.equal(json.headers.get('transfer-encoding'), null);
    assert.deepEqual(await json.json(), { accessToken: 'abc', expiresIn: 60 });
    const streamed = await fetch(`${server.url}/stream`);
    assert.equal(streamed.headers.get('transfer-encoding'), 'chunked');
    assert.equal(await streamed.text(), chunks.join(''));
  } finally {
    await server.close();
  }
});
