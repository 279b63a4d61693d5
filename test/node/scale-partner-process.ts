// One partner server process for the scale-out test: the token endpoint with the Redis store, mounted the README's
// Node way, minting from the sandbox at SANDBOX_URL. The tenant comes from the (test) session cookie `tenant=`.
// Prints "listening <port>", then one "warn <json>" line per warning; exits when its parent closes stdin.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';
import { createRedisStore, createTokenHandler, toNodeListener } from '../../src/server/index.js';

const store = createRedisStore({
  url: process.env.REDIS_URL!,
  keyPrefix: 'scale-test:',
  logger: { warn: (message) => console.log(`warn ${JSON.stringify(message)}`) },
});
const tokenHandler = createTokenHandler({
  apiKey: SANDBOX_PARTNER_API_KEY,
  baseUrl: `${process.env.SANDBOX_URL!}/referral`,
  resolveTenant: (request) => /(?:^|; )tenant=([\w-]+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null,
  branding: false,
  store,
});
const listener = toNodeListener(tokenHandler);
const server = createServer((request, response) => void listener(request, response));
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`));
const stop = () => {
  server.close(() => void store.close().then(() => process.exit(0)));
  server.closeAllConnections();
};
process.stdin.resume();
process.stdin.on('end', stop);
