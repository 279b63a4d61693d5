// GET /Payments (every payment on the account, newest first, paged) and GET /Payments/{id}. They are the
// payments of the creditor's cases, so per case they add up to what the case reports as collected.
import type { Hono } from 'hono';
import type { PaymentDto } from '../../wire/index.js';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody } from './api-error-body.js';
import { parsePaging } from './case-list-query.js';
import { isGuid } from './case-lookup.js';
import { pageOf } from './paging.js';

const DEFAULT_PAGE_SIZE = 10;

export function addAccountPaymentRoutes(app: Hono<CustomerEnv>, ctx: SandboxContext): void {
  const paymentsOf = (creditorId: string): PaymentDto[] =>
    ctx.store
      .casesOf(creditorId)
      .flatMap((stored) => stored.payments)
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (b.id ?? '').localeCompare(a.id ?? ''));

  app.get('/Payments', (c) => {
    const paging = parsePaging(new URL(c.req.url).searchParams, DEFAULT_PAGE_SIZE);
    if (!paging.ok) return c.json(apiErrorBody('ValidationError', paging.message), 400);
    const { page, items } = pageOf(paymentsOf(c.get('tenant').creditorId), paging.value.page, paging.value.pageSize);
    return c.json({ page, payments: items }, 200);
  });

  app.get('/Payments/:id', (c) => {
    const id = c.req.param('id');
    if (!isGuid(id)) return c.json(apiErrorBody('ValidationError', `'${id}' is not a valid payment id (GUID).`), 400);
    const wanted = id.toLowerCase();
    const payment = paymentsOf(c.get('tenant').creditorId).find((candidate) => candidate.id?.toLowerCase() === wanted);
    return payment ? c.json(payment, 200) : c.json(apiErrorBody('NotFound', 'Payment not found.'), 404);
  });
}
