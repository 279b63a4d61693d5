// A partner's Cloudflare Worker: the token endpoint, the Customer API proxy and a webhook receiver, written with
// the fetch-standard handlers exactly as the README shows them, bundled the way wrangler bundles a Worker.
// Bindings: SANDBOX_URL (Debitura's stand-in), WEBHOOK_SECRET. The tenant comes from the `session=` cookie.
import {
  constructWebhookEvent,
  createCustomerApiProxy,
  createTokenHandler,
  tokenFromHandler,
  WebhookVerificationError,
  type DebituraWebhookEvent,
} from '../../src/server/index.js';

interface Env {
  SANDBOX_URL: string;
  WEBHOOK_SECRET: string;
}

const resolveTenant = (request: Request) =>
  /(?:^|; )session=([\w-]+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null;

let routes: ((request: Request) => Promise<Response>) | null = null;
/** Events this isolate verified, for the test to read back. */
const received: DebituraWebhookEvent[] = [];

function partnerRoutes(env: Env) {
  const tokenHandler = createTokenHandler({
    apiKey: 'sandbox-partner-key',
    baseUrl: `${env.SANDBOX_URL}/referral`,
    resolveTenant,
    branding: false,
  });
  const customerProxy = createCustomerApiProxy({
    tokenFor: tokenFromHandler(tokenHandler),
    baseUrl: `${env.SANDBOX_URL}/customer`,
    pathPrefix: '/api/debitura/customer',
  });
  return async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (pathname === '/api/debitura/token') return tokenHandler(request);
    if (pathname.startsWith('/api/debitura/customer/')) return customerProxy(request);
    if (pathname === '/webhooks/debitura' && request.method === 'POST') {
      const event = await constructWebhookEvent({
        payload: await request.text(),
        header: request.headers.get('X-Debitura-Signature'),
        secret: env.WEBHOOK_SECRET,
      }).catch((error: unknown) => error);
      if (event instanceof WebhookVerificationError) return new Response(event.reason, { status: 400 });
      if (event instanceof Error) throw event;
      received.push(event as DebituraWebhookEvent);
      return new Response(null, { status: 204 });
    }
    if (pathname === '/webhooks/debitura/received') return Response.json(received);
    if (pathname === '/runtime') return new Response(navigator.userAgent);
    return new Response('Not found', { status: 404 });
  };
}

export default {
  fetch(request: Request, env: Env): Promise<Response> {
    routes ??= partnerRoutes(env);
    return routes(request);
  },
};
