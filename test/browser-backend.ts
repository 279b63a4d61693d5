// Koa middleware for web-test-runner: serves the dev backend (sandbox + token endpoint) on the test origin.
import { getRequestListener } from '@hono/node-server';
import { createDevBackend, isBackendPath } from '../demo/backend.js';

type KoaContext = {
  path: string;
  req: import('node:http').IncomingMessage;
  res: import('node:http').ServerResponse;
  respond: boolean;
};

export function browserBackendMiddleware() {
  // An empty environment: a DEBITURA_API_KEY in the shell must never send tests to Debitura.
  const backend = createDevBackend({ env: {} });
  const listener = getRequestListener(backend.fetch);
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    if (!isBackendPath(ctx.path)) return next();
    ctx.respond = false;
    await listener(ctx.req, ctx.res);
  };
}
