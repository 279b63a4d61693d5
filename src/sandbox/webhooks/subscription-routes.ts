// Referral `/v1/Webhooks` subscription management (REFERENCE §2.11): create (200 with the secret), list
// and read (never the secret), update (the secret only when regenerated), delete (204).
import { Hono } from 'hono';
import { CreateWebhookRequest, UpdateWebhookRequest } from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody } from '../customer/api-error-body.js';
import { isGuid } from '../customer/case-lookup.js';
import { eventListProblem, parseRequestBody, subscriptionProblems } from './request-validation.js';
import { applySubscriptionUpdate, newSubscription, webhookDtoOf, type WebhookSubscription } from './subscription.js';
import { webhookUrlProblem } from './target-url.js';

const notFound = apiErrorBody('NotFound', 'Webhook not found.');

export function subscriptionRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();
  // The spec declares only 404 for these paths, so an id that is not a GUID is simply not found.
  function findSubscription(id: string): WebhookSubscription | undefined {
    return isGuid(id) ? ctx.store.webhook(id) : undefined;
  }

  app.post('/v1/Webhooks', async (c) => {
    const parsed = await parseRequestBody(c, CreateWebhookRequest);
    if (parsed instanceof Response) return parsed;
    const problems = subscriptionProblems(webhookUrlProblem(parsed.value.url), eventListProblem(parsed.value.events));
    if (problems) return c.json(problems, 400);

    const subscription = newSubscription(parsed.value, ctx.now());
    ctx.store.addWebhook(subscription);
    return c.json(webhookDtoOf(subscription, true), 200);
  });

  app.get('/v1/Webhooks', (c) => c.json(ctx.store.webhooks().map((subscription) => webhookDtoOf(subscription, false))));

  app.get('/v1/Webhooks/:id', (c) => {
    const subscription = findSubscription(c.req.param('id'));
    return subscription ? c.json(webhookDtoOf(subscription, false)) : c.json(notFound, 404);
  });

  app.put('/v1/Webhooks/:id', async (c) => {
    const subscription = findSubscription(c.req.param('id'));
    if (!subscription) return c.json(notFound, 404);
    const parsed = await parseRequestBody(c, UpdateWebhookRequest);
    if (parsed instanceof Response) return parsed;
    const update = parsed.value;
    // The spec sets no minimum on an update's events; an empty list would silence the hook, so the
    // create rule (at least one) applies here too.
    const problems = subscriptionProblems(
      update.url != null ? webhookUrlProblem(update.url) : null,
      update.events != null ? eventListProblem(update.events) : null,
    );
    if (problems) return c.json(problems, 400);

    const regenerate = update.regenerateSecret === true;
    ctx.store.updateWebhook(subscription, (record) => applySubscriptionUpdate(record, update, ctx.now()));
    return c.json(webhookDtoOf(subscription, regenerate));
  });

  app.delete('/v1/Webhooks/:id', (c) => {
    const subscription = findSubscription(c.req.param('id'));
    if (!subscription) return c.json(notFound, 404);
    ctx.store.removeWebhook(subscription);
    return c.body(null, 204);
  });

  return app;
}
