// Webhooks of the sandbox's Referral Partner API: subscription routes, the test trigger, and delivery of
// case events raised by whatever request changed a case.
import { Hono, type MiddlewareHandler } from 'hono';
import type { SandboxContext } from '../context.js';
import { watchCaseChanges } from './case-change-watch.js';
import { WebhookDispatcher, type WebhookDeliveryRecord } from './dispatcher.js';
import { WebhookPublisher } from './publisher.js';
import { subscriptionRoutes } from './subscription-routes.js';
import { testTriggerRoute } from './test-trigger-route.js';

export type { WebhookDeliveryRecord } from './dispatcher.js';
export type { WebhookSubscription } from './subscription.js';

export interface SandboxWebhooks {
  /** `/v1/Webhooks...`, to mount under the Referral API (behind its XApiKey check). */
  routes: Hono;
  /** Middleware for every request that may change cases; it raises case.created / case.updated / case.closed. */
  watchCases: MiddlewareHandler;
  /** Recent deliveries, newest first. */
  deliveries(): WebhookDeliveryRecord[];
  /** Resolves once nothing is waiting to be delivered or retried. */
  whenIdle(): Promise<void>;
}

export function createSandboxWebhooks(ctx: SandboxContext, origin: () => string): SandboxWebhooks {
  const dispatcher = new WebhookDispatcher({
    subscription: (id) => ctx.store.webhooks.get(id),
    subscriptionChanged: () => ctx.store.save(),
    now: () => ctx.now(),
  });
  const publisher = new WebhookPublisher(ctx, dispatcher, origin);
  const routes = new Hono();
  routes.route('/', subscriptionRoutes(ctx));
  routes.route('/', testTriggerRoute(ctx, publisher, origin));
  return {
    routes,
    watchCases: watchCaseChanges(
      ctx,
      () => publisher.hasSubscriptions(),
      (changes) => publisher.publishCaseChanges(changes),
    ),
    deliveries: () => dispatcher.deliveries(),
    whenIdle: () => dispatcher.whenIdle(),
  };
}
