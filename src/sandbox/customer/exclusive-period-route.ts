// GET /cases/{id}/exclusive-period: the period chain (ExclusivePeriodDto); 404 when collection never started.
import type { Hono } from 'hono';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody } from './api-error-body.js';
import { findTenantCase } from './case-lookup.js';
import { exclusivePeriodOf } from './exclusive-period.js';

export function addExclusivePeriodRoute(app: Hono<CustomerEnv>, ctx: SandboxContext): void {
  app.get('/cases/:id/exclusive-period', (c) => {
    const stored = findTenantCase(ctx, c);
    if (stored instanceof Response) return stored;
    const period = exclusivePeriodOf(stored.invoice, stored.payments, ctx.now());
    if (!period) {
      return c.json(
        apiErrorBody('NotFound', 'No exclusive collection period exists for this case: collection has not started.'),
        404,
      );
    }
    return c.json(period, 200);
  });
}
