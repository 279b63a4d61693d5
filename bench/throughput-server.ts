// A loopback server for the throughput comparison, run in its own process so it has a core to itself:
//   token  createTokenHandler (through toNodeListener) minting from the sandbox; the token is cached after the
//          first request, which this process makes before announcing itself
//   token-hono  the same handler through @hono/node-server's getRequestListener, to tell the handler's cost
//          from the Node adapter's
//   token-redis  the toNodeListener server with the Redis store (REDIS_URL): one shared token, one shared count
//   hand-written  the baseline: the token route a partner would write by hand on node:http (session cookie →
//          tenant → cached token → JSON), with no origin policy, rate limit or error handling
// Every server reads the tenant from the same session cookie (`benchSessionCookie`) and mints from the sandbox at
// SANDBOX_URL, a process of its own as Debitura is to a partner's server: a sandbox in this process would put its
// async-context bookkeeping on every promise of the server being measured. The package is loaded as partners
// install it, built (dist/node), not from source.
// Prints "listening <port>" and exits when its parent closes stdin.
import { createServer, type RequestListener } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { benchSessionCookie, benchTenant, sessionTenant } from './throughput-session.js';
import type * as ServerPackage from '../src/server/index.js';
import type { ServerStore } from '../src/server/index.js';

// A specifier the type-checker does not follow: the built files carry no declarations of their own.
const builtServer = '../dist/node/server/index.js';
const { createRateLimiter, createRedisStore, createTokenHandler, toNodeListener } = (await import(
  builtServer
)) as typeof ServerPackage;

const sandboxUrl = process.env.SANDBOX_URL;
if (!sandboxUrl) throw new Error('SANDBOX_URL names the sandbox to mint from');
const sandboxPartnerApiKey = process.env.SANDBOX_PARTNER_API_KEY!;

async function handWrittenTokenRoute(): Promise<RequestListener> {
  const tokens = new Map<string, { accessToken: string; expiresAt: number }>();
  const mint = async (tenant: string) => {
    const answer = await fetch(`${sandboxUrl}/referral/oauth/token`, {
      method: 'POST',
      headers: { XApiKey: sandboxPartnerApiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ externalTenantId: tenant }),
    });
    const { accessToken, expiresIn } = (await answer.json()) as { accessToken: string; expiresIn: number };
    tokens.set(tenant, { accessToken, expiresAt: Date.now() + expiresIn * 1000 });
  };
  await mint(benchTenant);
  return (request, response) => {
    const tenant = sessionTenant(request.headers.cookie);
    const token = tenant ? tokens.get(tenant) : undefined;
    if (!token || token.expiresAt - Date.now() < 60_000) {
      response.writeHead(401).end();
      return;
    }
    const body = JSON.stringify({
      accessToken: token.accessToken,
      expiresIn: Math.floor((token.expiresAt - Date.now()) / 1000),
    });
    response.writeHead(200, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  };
}

async function cachedTokenEndpoint(adapter: 'toNodeListener' | 'hono', store?: ServerStore): Promise<RequestListener> {
  const handler = createTokenHandler({
    apiKey: sandboxPartnerApiKey,
    baseUrl: `${sandboxUrl}/referral`,
    resolveTenant: (request) => sessionTenant(request.headers.get('cookie')),
    // The default limiter's work, with a limit the load never reaches: the figure is throughput, not refusals.
    allowRequest: createRateLimiter({ limit: Number.MAX_SAFE_INTEGER, windowMs: 60_000, ...(store && { store }) }),
    ...(store && { store }),
  });
  const first = await handler(
    new Request('http://127.0.0.1/api/debitura/token', { method: 'POST', headers: { cookie: benchSessionCookie } }),
  );
  if (first.status !== 200) throw new Error(`the token endpoint answered ${first.status} to its first request`);
  const listener = adapter === 'hono' ? getRequestListener(handler) : toNodeListener(handler);
  return (request, response) => void listener(request, response);
}

const listeners: Record<string, () => RequestListener | Promise<RequestListener>> = {
  token: () => cachedTokenEndpoint('toNodeListener'),
  'token-hono': () => cachedTokenEndpoint('hono'),
  'token-redis': () => cachedTokenEndpoint('toNodeListener', createRedisStore({ url: process.env.REDIS_URL! })),
  'hand-written': handWrittenTokenRoute,
};
const listener = listeners[process.argv[2] ?? ''];
if (!listener) throw new Error(`usage: throughput-server.ts ${Object.keys(listeners).join('|')}`);
const server = createServer(await listener());
server.listen(0, '127.0.0.1', () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`);
});
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
