// Koa middleware for web-test-runner: serves the dev backend (sandbox + token endpoint) on the test origin.
import { getRequestListener } from '@hono/node-server';
import { createDevBackend, isBackendPath } from '../demo/backend.js';

type KoaContext = {
  path: string;
  req: import('node:http').IncomingMessage;
  res: import('node:http').ServerResponse;
  respond: boolean;
};

/**
 * The sandboxes of the test page and of the cross-origin backends sign tokens with one secret, so a token one
 * of them mints is good at the page's Customer API, as tokens of one Debitura are (each sandbox would otherwise
 * pick a random secret of its own).
 */
export const browserTestJwtSecret = 'browser-tests-one-debitura';

export function browserBackendMiddleware() {
  // An empty environment: a DEBITURA_API_KEY in the shell must never send tests to Debitura.
  const backend = createDevBackend({ env: {}, jwtSecret: browserTestJwtSecret });
  const listener = getRequestListener(backend.fetch);
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    if (!isBackendPath(ctx.path)) return next();
    ctx.respond = false;
    await listener(ctx.req, ctx.res);
  };
}
