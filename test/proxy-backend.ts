// Koa middleware for web-test-runner: a partner backend in proxy mode on the test origin. It forwards the
// widget's calls under /partner-proxy/customer to the sandbox's Customer API over HTTP, with the token its own
// token handler mints (over HTTP, from the sandbox's Referral API) for the browser's session cookie, as a
// separate partner server would.
import { getRequestListener } from '@hono/node-server';
import { demoSessionTenant } from '../demo/backend.js';
import { SANDBOX_PARTNER_API_KEY } from '../src/sandbox/index.js';
import { createCustomerApiProxy, createTokenHandler, tokenFromHandler } from '../src/server/index.js';

type KoaContext = {
  path: string;
  origin: string;
  req: import('node:http').IncomingMessage;
  res: import('node:http').ServerResponse;
  respond: boolean;
};

export const partnerProxyPath = '/partner-proxy/customer';

export function partnerProxyMiddleware() {
  const proxies = new Map<string, ReturnType<typeof getRequestListener>>();
  const listenerFor = (origin: string) => {
    let listener = proxies.get(origin);
    if (!listener) {
      const tokenHandler = createTokenHandler({
        apiKey: SANDBOX_PARTNER_API_KEY,
        baseUrl: `${origin}/referral`,
        resolveTenant: demoSessionTenant,
        branding: false,
      });
      listener = getRequestListener(
        createCustomerApiProxy({
          tokenFor: tokenFromHandler(tokenHandler),
          baseUrl: `${origin}/customer`,
          pathPrefix: partnerProxyPath,
        }),
      );
      proxies.set(origin, listener);
    }
    return listener;
  };
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    if (ctx.path !== partnerProxyPath && !ctx.path.startsWith(`${partnerProxyPath}/`)) return next();
    ctx.respond = false;
    await listenerFor(ctx.origin)(ctx.req, ctx.res);
  };
}
