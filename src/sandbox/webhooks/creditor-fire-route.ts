// Customer POST /test/webhooks/fire: fires one event about a test case as it is now, to one of the
// creditor's test subscriptions or to every active test subscription of the event. The spec declares the
// 400, 404 and 422 answers without a body.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { isGuid } from '../customer/case-lookup.js';
import { currentStateData, isCreditorWebhookEvent, type CreditorWebhookPublisher } from './creditor-events.js';
import { parseRequestBody } from './request-validation.js';

const FireWebhookRequest = z.strictObject({
  event: z.nullable(z.string()),
  caseId: z.string(),
  subscriptionId: z.optional(z.nullable(z.string())),
});

export function creditorFireRoute(ctx: SandboxContext, publisher: CreditorWebhookPublisher): Hono<CustomerEnv> {
  const app = new Hono<CustomerEnv>();
  app.post('/test/webhooks/fire', async (c) => {
    const parsed = await parseRequestBody(c, FireWebhookRequest);
    if (parsed instanceof Response) return parsed;
    const { event, caseId, subscriptionId } = parsed.value;
    if (!event || !isCreditorWebhookEvent(event) || !isGuid(caseId)) return c.body(null, 400);
    const creditorId = c.get('tenant').creditorId;
    const stored = ctx.store.caseOf(creditorId, caseId);
    if (!stored) return c.body(null, 404);
    if (!stored.invoice.isTestCase) return c.body(null, 400);
    let targets = publisher.subscribersOf(stored, event);
    if (subscriptionId) {
      const chosen = isGuid(subscriptionId) ? ctx.store.creditorWebhook(creditorId, subscriptionId) : undefined;
      if (!chosen || !chosen.isTestMode) return c.body(null, 400);
      targets = [chosen];
    }
    const data = currentStateData(event, stored);
    if (typeof data === 'string') return c.body(null, 422);
    const enqueuedCount = publisher.publish(stored, event, data, targets);
    return c.json({ eventType: event, caseId: stored.invoice.id, enqueuedCount }, 200);
  });
  return app;
}
