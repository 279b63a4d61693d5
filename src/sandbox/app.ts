// The sandbox's HTTP surface: the Referral API under /referral, the Customer API under /customer, the
// hosted pages under /hosted and the sandbox controls under /sandbox.
import { Hono } from 'hono';
import {
  creditorCallerOf,
  identifyCreditor,
  partnerAuth,
  partnerCallerOf,
  requireCreditor,
  type CustomerEnv,
} from './auth.js';
import { limitRequestBodies } from './body-limits.js';
import { creditorMeRoutes } from './auth-me.js';
import { expireLinkRequests } from './client-actions.js';
import type { SandboxContext } from './context.js';
import { answerWithCallerOrigin, type RequestOrigins } from './context-origin.js';
import { apiErrorBody } from './customer/api-error-body.js';
import { customerCaseRoutes, referralPreviewRoute } from './customer/index.js';
import {
  DroppedResponseError,
  FaultConfigRequest,
  injectFaults,
  type FaultConfig,
  type FaultInjector,
} from './faults.js';
import { hostedRoutes } from './hosted/index.js';
import { HOSTED_PREFIX } from './hosted/urls.js';
import { rateLimit, type RateLimiter } from './rate-limit.js';
import { guardRequests, sandboxCors } from './request-guard.js';
import { caseRoutes } from './referral/case-routes.js';
import { clientAdminRoutes } from './referral/client-admin-routes.js';
import { clientRoutes } from './referral/clients.js';
import { coverageRoutes } from './referral/coverage.js';
import { partnerProfileRoutes } from './referral/partner-profile.js';
import { reportingRoutes } from './referral/reporting-routes.js';
import { tokenRoutes } from './referral/token.js';
import { testEndpointRoutes } from './test-endpoints.js';
import { createSandboxWebhooks } from './webhooks/index.js';

export interface SandboxRuntime {
  ctx: SandboxContext;
  origins: RequestOrigins;
  faults: FaultInjector;
  limiter: RateLimiter;
  setFaults(config: FaultConfig): void;
  reset(): void;
}

export function createSandboxApp(runtime: SandboxRuntime): Hono {
  const { ctx } = runtime;
  const app = new Hono();
  const webhooks = createSandboxWebhooks(ctx, () => runtime.origins.current());

  app.onError((error, c) => {
    // A dropped answer must reach the client as a broken connection, never as a response.
    if (error instanceof DroppedResponseError) throw error;
    return c.json(
      {
        error: null,
        message: null,
        businessErrors: [{ type: 'UnexpectedError', message: error.message, solutionUrl: null }],
      },
      500,
    );
  });
  app.notFound((c) => c.json(apiErrorBody('NotFound', `No sandbox route for ${c.req.method} ${c.req.path}.`), 404));

  app.use('*', guardRequests(ctx.options));
  app.use('*', sandboxCors(ctx.options));
  app.use('*', limitRequestBodies());
  app.use('*', (c, next) =>
    runtime.origins.run(c.req.raw, async () => {
      expireLinkRequests(ctx);
      await next();
    }),
  );
  app.use('*', answerWithCallerOrigin(runtime.origins));

  // Faults and the rate limit apply to the two emulated APIs only, never to the sandbox's own pages.
  for (const api of ['/referral/*', '/customer/*']) app.use(api, injectFaults(runtime.faults));

  const referral = new Hono();
  referral.use('*', rateLimit(ctx, runtime.limiter, partnerCallerOf));
  referral.use('*', partnerAuth());
  referral.route('/', tokenRoutes(ctx));
  referral.route('/', partnerProfileRoutes(ctx));
  referral.route('/', clientRoutes(ctx));
  referral.route('/', clientAdminRoutes(ctx));
  referral.route('/', coverageRoutes());
  referral.route('/', referralPreviewRoute(ctx));
  referral.route('/', caseRoutes(ctx));
  referral.route('/', reportingRoutes(ctx));
  referral.route('/', webhooks.routes);
  app.route('/referral', referral);

  const customer = new Hono<CustomerEnv>();
  customer.use('*', identifyCreditor(ctx));
  customer.use('*', rateLimit(ctx, runtime.limiter, creditorCallerOf));
  customer.use('*', requireCreditor());
  customer.route('/', creditorMeRoutes());
  customer.route('/test', testEndpointRoutes(ctx));
  customer.route('/', customerCaseRoutes(ctx));
  customer.route('/', webhooks.creditorRoutes);
  app.route('/customer', customer);

  app.route(HOSTED_PREFIX, hostedRoutes(ctx));

  app.get('/sandbox/faults', (c) => c.json(runtime.faults.config));
  app.post('/sandbox/faults', async (c) => {
    const parsed = FaultConfigRequest.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) {
      return c.json(
        apiErrorBody(
          'ValidationError',
          'Expected { rate: 0..1, kinds?: ("error500"|"error503"|"delay"|"dropAfterCommit")[], delayMs?: number, seed?: number }.',
        ),
        400,
      );
    }
    runtime.setFaults(parsed.data);
    return c.json(runtime.faults.config);
  });
  // Not a Debitura endpoint: lets a developer see what the sandbox delivered (or failed to) and why.
  app.get('/sandbox/webhooks/deliveries', (c) => c.json(webhooks.deliveries()));
  app.post('/sandbox/reset', (c) => {
    runtime.reset();
    return c.body(null, 204);
  });

  app.get('/', (c) => {
    const origin = runtime.origins.current();
    return c.json({
      referralApi: `${origin}/referral`,
      customerApi: `${origin}/customer`,
      tenants: ctx.store.tenants().map((tenant) => ({
        externalTenantId: tenant.externalTenantId,
        companyName: tenant.companyName,
        link: tenant.link,
        creditorApiKey: tenant.creditorApiKey,
      })),
    });
  });

  return app;
}
