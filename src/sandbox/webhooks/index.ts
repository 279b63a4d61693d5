// Webhooks of the sandbox's Referral Partner API: subscription routes, the test trigger, and delivery of
// the events the store's changes amount to (it publishes every change, whichever route made it).
import { Hono } from 'hono';
import type { SandboxContext } from '../context.js';
import { WebhookDispatcher, type WebhookDeliveryRecord } from './dispatcher.js';
import { WebhookPublisher } from './publisher.js';
import { subscriptionRoutes } from './subscription-routes.js';
import { testTriggerRoute } from './test-trigger-route.js';

export type { WebhookDeliveryRecord } from './dispatcher.js';
export type { WebhookSubscription } from './subscription.js';

export interface SandboxWebhooks {
  /** `/v1/Webhooks...`, to mount under the Referral API (behind its XApiKey check). */
  routes: Hono;
  /** Recent deliveries, newest first. */
  deliveries(): WebhookDeliveryRecord[];
  /** Resolves once nothing is waiting to be delivered or retried. */
  whenIdle(): Promise<void>;
}

export function createSandboxWebhooks(ctx: SandboxContext, origin: () => string): SandboxWebhooks {
  const dispatcher = new WebhookDispatcher({
    subscription: (id) => ctx.store.webhook(id),
    updateSubscription: (subscription, apply) => ctx.store.updateWebhook(subscription, apply),
    now: () => ctx.now(),
  });
  const publisher = new WebhookPublisher(ctx, dispatcher, origin);
  ctx.store.subscribe((change) => publisher.publishChange(change));
  const routes = new Hono();
  routes.route('/', subscriptionRoutes(ctx));
  routes.route('/', testTriggerRoute(ctx, publisher, origin));
  return {
    routes,
    deliveries: () => dispatcher.deliveries(),
    whenIdle: () => dispatcher.whenIdle(),
  };
}
