// Reading cases: the list, one case by id / creditor reference / case reference, and its timeline and
// payments. Every lookup stays inside the caller's tenant.
import type { Hono } from 'hono';
import type { CaseTimelineResponse, InvoiceListDto } from '../../wire/index.js';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody, caseNotFoundBody } from './api-error-body.js';
import { selectCases } from './case-list.js';
import { parseCaseListQuery } from './case-list-query.js';
import { findTenantCase } from './case-lookup.js';
import { pageOf } from './paging.js';

export function addCaseReadRoutes(app: Hono<CustomerEnv>, ctx: SandboxContext): void {
  app.get('/cases', (c) => {
    const query = parseCaseListQuery(new URL(c.req.url).searchParams);
    if (!query.ok) return c.json(apiErrorBody('ValidationError', query.message), 400);
    const invoices = ctx.store.casesOf(c.get('tenant').creditorId).map((stored) => stored.invoice);
    const { page, items } = pageOf(selectCases(invoices, query.value), query.value.page, query.value.pageSize);
    const body: InvoiceListDto = { page, cases: items };
    return c.json(body, 200);
  });

  app.get('/cases/by-creditor-reference/:creditorReference', (c) => {
    const wanted = c.req.param('creditorReference');
    const stored = ctx.store
      .casesOf(c.get('tenant').creditorId)
      .find((candidate) => candidate.invoice.creditorReference === wanted);
    return stored ? c.json(stored.invoice, 200) : c.json(caseNotFoundBody(), 404);
  });

  app.get('/cases/case-reference/:caseReference', (c) => {
    // References are shown upper-case; people type them any way.
    const wanted = c.req.param('caseReference').toUpperCase();
    const stored = ctx.store
      .casesOf(c.get('tenant').creditorId)
      .find((candidate) => candidate.invoice.reference?.toUpperCase() === wanted);
    return stored ? c.json(stored.invoice, 200) : c.json(caseNotFoundBody(), 404);
  });

  app.get('/cases/:id', (c) => {
    const stored = findTenantCase(ctx, c);
    return stored instanceof Response ? stored : c.json(stored.invoice, 200);
  });

  app.get('/cases/:id/timeline', (c) => {
    const stored = findTenantCase(ctx, c);
    if (stored instanceof Response) return stored;
    const body: CaseTimelineResponse = {
      items: [...stored.timeline].sort(byDate),
      currentEngagementPhase: stored.invoice.currentEngagementPhase ?? null,
    };
    return c.json(body, 200);
  });

  app.get('/cases/:id/payments', (c) => {
    const stored = findTenantCase(ctx, c);
    return stored instanceof Response ? stored : c.json([...stored.payments].sort(byDate), 200);
  });
}

/** Oldest first, the order a history reads in. */
function byDate(a: { date?: string | undefined }, b: { date?: string | undefined }): number {
  return (a.date ?? '').localeCompare(b.date ?? '');
}
