// Webhooks of the sandbox's Referral Partner API: subscription routes, the test trigger, and delivery of
// the events the store's changes amount to (it publishes every change, whichever route made it).
import { Hono } from 'hono';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { CreditorWebhookPublisher } from './creditor-events.js';
import { creditorFireRoute } from './creditor-fire-route.js';
import { creditorWebhookRoutes } from './creditor-routes.js';
import { WebhookDispatcher, type WebhookDeliveryRecord } from './dispatcher.js';
import { WebhookPublisher } from './publisher.js';
import { subscriptionRoutes } from './subscription-routes.js';
import { pinnedTransport } from './target-connection.js';
import { webhookUrlProblem } from './target-url.js';
import { testTriggerRoute } from './test-trigger-route.js';

export type { WebhookDeliveryRecord } from './dispatcher.js';
export type { WebhookSubscription } from './subscription.js';

export interface SandboxWebhooks {
  /** `/v1/Webhooks...`, to mount under the Referral API (behind its XApiKey check). */
  routes: Hono;
  /** The creditor's `/webhooks...` and `/test/webhooks/fire`, to mount under the Customer API. */
  creditorRoutes: Hono<CustomerEnv>;
  /** Recent deliveries (the partner's and the creditors'), newest first. */
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

  // Creditors' subscriptions have their own dispatcher: their own lookups, their own event log.
  const transport = pinnedTransport();
  const creditorDispatcher = new WebhookDispatcher({
    subscription: (id) => ctx.store.creditorWebhooks().find((hook) => hook.id === id),
    updateSubscription: (subscription, apply) => {
      const owned = ctx.store.creditorWebhooks().find((hook) => hook.id === subscription.id);
      if (owned) ctx.store.updateCreditorWebhook(owned, apply);
    },
    now: () => ctx.now(),
    transport,
  });
  const creditorPublisher = new CreditorWebhookPublisher(ctx, creditorDispatcher, origin);
  ctx.store.subscribe((change) => creditorPublisher.publishChange(change));
  const creditorRoutes = new Hono<CustomerEnv>();
  creditorRoutes.route('/', creditorWebhookRoutes(ctx, { dispatcher: creditorDispatcher, transport, origin }));
  creditorRoutes.route('/', creditorFireRoute(ctx, creditorPublisher));
  return {
    routes,
    creditorRoutes,
    deliveries: () =>
      [...dispatcher.deliveries(), ...creditorDispatcher.deliveries()].sort((a, b) =>
        b.createdAt.localeCompare(a.createdAt),
      ),
    whenIdle: () => Promise.all([dispatcher.whenIdle(), creditorDispatcher.whenIdle()]).then(() => undefined),
  };
}

/**
 * Switches off subscriptions whose URL today's rules refuse (a data file written by hand, or by an older
 * sandbox), keeping them, with the reason, so the partner sees why nothing arrives.
 */
export function disableForbiddenWebhooks(ctx: SandboxContext): void {
  for (const subscription of ctx.store.webhooks()) {
    const problem = webhookUrlProblem(subscription.url);
    if (!problem || !subscription.isActive) continue;
    ctx.store.updateWebhook(subscription, (record) => {
      record.isActive = false;
      record.disabledReason = `The URL is not allowed: ${problem}`;
      record.updatedUtc = ctx.now().toISOString();
    });
  }
}
