// A loopback server for the throughput comparison, run in its own process so it has a core to itself:
//   token  createTokenHandler (through toNodeListener) minting from an in-process sandbox; the token is
//          cached after the first request, which this process makes before announcing itself
//   token-hono  the same handler through @hono/node-server's getRequestListener, to tell the handler's cost
//          from the Node adapter's
//   hello  a bare node:http hello-world, the baseline
// Prints "listening <port>" and exits when its parent closes stdin.
import { createServer, type RequestListener } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createSandbox, SANDBOX_PARTNER_API_KEY } from '../src/sandbox/index.js';
import { createRateLimiter, createTokenHandler, toNodeListener } from '../src/server/index.js';

export const benchTenant = 'acme-ready';

function helloWorld(): RequestListener {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('hello world');
  };
}

async function cachedTokenEndpoint(adapter: 'toNodeListener' | 'hono'): Promise<RequestListener> {
  const sandbox = createSandbox();
  const handler = createTokenHandler({
    apiKey: SANDBOX_PARTNER_API_KEY,
    baseUrl: 'http://127.0.0.1/referral',
    resolveTenant: () => benchTenant,
    // The default limiter's work, with a limit the load never reaches: the figure is throughput, not refusals.
    allowRequest: createRateLimiter({ limit: Number.MAX_SAFE_INTEGER, windowMs: 60_000 }),
    fetch: (input, init) => sandbox.fetch(new Request(input, init)),
  });
  const first = await handler(new Request('http://127.0.0.1/api/debitura/token', { method: 'POST' }));
  if (first.status !== 200) throw new Error(`the token endpoint answered ${first.status} to its first request`);
  const listener = adapter === 'hono' ? getRequestListener(handler) : toNodeListener(handler);
  return (request, response) => void listener(request, response);
}

const listeners: Record<string, () => RequestListener | Promise<RequestListener>> = {
  token: () => cachedTokenEndpoint('toNodeListener'),
  'token-hono': () => cachedTokenEndpoint('hono'),
  hello: helloWorld,
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
