// Customer GET /me: the creditor the credential acts for; the cheap "does my token work" check.
import { Hono } from 'hono';
import type { CustomerEnv } from './auth.js';
import { creditorMeOf } from './tenants.js';

export function creditorMeRoutes(): Hono<CustomerEnv> {
  const app = new Hono<CustomerEnv>();
  app.get('/me', (c) => c.json(creditorMeOf(c.get('tenant'))));
  return app;
}
