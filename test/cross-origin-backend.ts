// Koa middleware for web-test-runner: partner backends on another port than the test page, for the
// cross-origin tests. `GET /cross-origin-backends` answers their origins, starting them on first use: one whose
// allowedOrigins lists the test page's origin (token endpoint, proxy and sandbox of the demo backend), and one
// that lists nobody. Both are on the page's host name, so the demo session cookie reaches them, as a partner's
// session cookie reaches its API host.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createDevBackend } from '../demo/backend.js';
import { browserTestJwtSecret } from './browser-backend.js';

type KoaContext = {
  path: string;
  origin: string;
  hostname: string;
  body: unknown;
  set: (name: string, value: string) => void;
};

export const crossOriginBackendsPath = '/cross-origin-backends';

async function start(allowedOrigins: string[]): Promise<Server> {
  // An empty environment: a DEBITURA_API_KEY in the shell must never send tests to Debitura.
  const backend = createDevBackend({ env: {}, allowedOrigins, jwtSecret: browserTestJwtSecret });
  const server = createServer((request, response) => void getRequestListener(backend.fetch)(request, response));
  await new Promise<void>((resolve) => server.listen(0, resolve));
  server.unref();
  return server;
}

export function crossOriginBackendsMiddleware() {
  let started: Promise<{ allowing: Server; refusing: Server }> | null = null;
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    if (ctx.path !== crossOriginBackendsPath) return next();
    started ??= Promise.all([start([ctx.origin]), start([])]).then(([allowing, refusing]) => ({ allowing, refusing }));
    const { allowing, refusing } = await started;
    const originOf = (server: Server) => `http://${ctx.hostname}:${(server.address() as AddressInfo).port}`;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { allowing: originOf(allowing), refusing: originOf(refusing) };
  };
}
