// Koa middleware for web-test-runner: what the partner console's browser tests need besides the demo backend.
// A second Referral API proxy in front of the sandbox with no mutation enabled (a read-only console, as a
// partner gets by default), and a webhook receiver that answers 410 Gone, which makes Debitura stop delivering.
import { getRequestListener } from '@hono/node-server';
import { demoStaffSignedIn } from '../demo/backend.js';
import { SANDBOX_PARTNER_API_KEY } from '../src/sandbox/index.js';
import { createReferralApiProxy } from '../src/server/index.js';

type KoaContext = {
  path: string;
  origin: string;
  req: import('node:http').IncomingMessage;
  res: import('node:http').ServerResponse;
  respond: boolean;
  status: number;
  body: unknown;
};

export const readOnlyReferralProxyPath = '/partner-proxy/referral-readonly';
export const goneWebhookPath = '/partner-proxy/webhook-gone';

export function consoleProxyMiddleware() {
  const proxies = new Map<string, ReturnType<typeof getRequestListener>>();
  const listenerFor = (origin: string) => {
    let listener = proxies.get(origin);
    if (!listener) {
      listener = getRequestListener(
        createReferralApiProxy({
          apiKey: SANDBOX_PARTNER_API_KEY,
          baseUrl: `${origin}/referral`,
          pathPrefix: readOnlyReferralProxyPath,
          authorize: demoStaffSignedIn,
        }),
      );
      proxies.set(origin, listener);
    }
    return listener;
  };
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    if (ctx.path === goneWebhookPath) {
      ctx.status = 410;
      ctx.body = '';
      return;
    }
    if (ctx.path !== readOnlyReferralProxyPath && !ctx.path.startsWith(`${readOnlyReferralProxyPath}/`)) return next();
    ctx.respond = false;
    await listenerFor(ctx.origin)(ctx.req, ctx.res);
  };
}
