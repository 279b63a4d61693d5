// Koa middleware for web-test-runner: a partner backend in proxy mode on the test origin. It forwards the
// widget's calls under /partner-proxy/customer to the sandbox's Customer API over HTTP, with the token the
// partner's token endpoint issues for the browser's session cookie, as a separate partner server would.
import { getRequestListener } from '@hono/node-server';
import { createCustomerApiProxy, tokenFromHandler } from '../src/server/index.js';

type KoaContext = {
  path: string;
  origin: string;
  req: import('node:http').IncomingMessage;
  res: import('node:http').ServerResponse;
  respond: boolean;
};

export const partnerProxyPath = '/partner-proxy/customer';

export function partnerProxyMiddleware() {
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    if (ctx.path !== partnerProxyPath && !ctx.path.startsWith(`${partnerProxyPath}/`)) return next();
    const origin = ctx.origin;
    const proxy = createCustomerApiProxy({
      // The dev backend's token endpoint resolves the tenant from the demo session cookie the request carries.
      tokenFor: tokenFromHandler((request) => fetch(new Request(`${origin}/api/debitura/token`, request))),
      baseUrl: `${origin}/customer`,
      pathPrefix: partnerProxyPath,
    });
    ctx.respond = false;
    await getRequestListener(proxy)(ctx.req, ctx.res);
  };
}
