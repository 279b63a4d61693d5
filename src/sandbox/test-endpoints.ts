// Customer test endpoints (REFERENCE §3.7): move a test case forward, delete test cases. Only cases
// created with `isTest: true` qualify; another creditor's case is as absent as a missing one.
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import {
  AdvanceTestCaseRequest,
  advanceTargets,
  lifecycleLabels,
  type AdvanceTarget,
  type AdvanceTestCaseResponse,
} from '../wire/index.js';
import type { CustomerEnv } from './auth.js';
import type { SandboxContext } from './context.js';
import { apiErrorBody } from './customer/api-error-body.js';
import { buildPayment } from './customer/case-resource-factories.js';
import { findTenantCase, isGuid } from './customer/case-lookup.js';
import { jsonBodyOf } from './customer/request-body.js';
import {
  caseClosedEntry,
  paymentReceivedEntry,
  statusChangedEntry,
  type TimelineActor,
} from './customer/timeline-entries.js';
import type { StoredCase } from './state.js';

const paidCloseCode = 'Paid';
const noPaymentCloseCode = 'Pre-Legal Exhausted – No Payment';

/** The advance state a case is in, in the vocabulary of the response's `state`. */
function advanceStateOf(stored: StoredCase): string | null {
  const { lifecycle, closeCode } = stored.invoice;
  if (lifecycle === lifecycleLabels.Closed) {
    if (closeCode === paidCloseCode) return 'Closed:Paid';
    if (closeCode === noPaymentCloseCode) return 'Closed:NoPayment';
    return 'Closed';
  }
  return lifecycle ?? null;
}

function partnerActor(stored: StoredCase): TimelineActor {
  return { type: 'Partner user', name: stored.invoice.collectionPartner?.name ?? 'Collection partner' };
}

function roundMoney(amount: number): number {
  return Math.round(amount * 100) / 100;
}

function startCollection(stored: StoredCase, now: Date): void {
  const invoice = stored.invoice;
  invoice.lifecycle = lifecycleLabels.Active;
  invoice.dateCollectionStarted ??= now.toISOString();
  invoice.currentEngagementPhase ??= 'Pre-legal';
  invoice.exclusivePeriodEndDate ??= new Date(now.getTime() + 183 * 86_400_000).toISOString();
  stored.timeline.push(statusChangedEntry(now, 'Active', partnerActor(stored)));
}

function close(stored: StoredCase, closeCode: string, now: Date): void {
  const invoice = stored.invoice;
  invoice.lifecycle = lifecycleLabels.Closed;
  invoice.closeCode = closeCode;
  invoice.dateFinished = now.toISOString();
  invoice.exclusivePeriodEndDate = null;
  stored.timeline.push(caseClosedEntry(now, closeCode, partnerActor(stored)));
}

function recordPayment(stored: StoredCase, amount: number, now: Date): void {
  const invoice = stored.invoice;
  const rounded = roundMoney(amount);
  stored.payments.push(
    buildPayment({ id: randomUUID(), at: now, amount: rounded, invoice, invoiceStatus: paidCloseCode }),
  );
  invoice.remainder = roundMoney(Math.max(0, (invoice.remainder ?? invoice.grossAmount ?? 0) - rounded));
  if (invoice.allocationOutstanding)
    invoice.allocationOutstanding = { ...invoice.allocationOutstanding, principal: invoice.remainder };
  stored.timeline.push(paymentReceivedEntry(now, rounded, invoice.currency ?? '', partnerActor(stored)));
}

export function testEndpointRoutes(ctx: SandboxContext): Hono<CustomerEnv> {
  const app = new Hono<CustomerEnv>();
  // The spec declares no body for these endpoints' 400 and 404: the status alone answers.
  app.use('*', async (c, next) => {
    await next();
    if (c.res.status === 400 || c.res.status === 404) c.res = new Response(null, { status: c.res.status });
  });

  app.post('/cases/:id/advance', async (c) => {
    const found = findTenantCase(ctx, c);
    if (found instanceof Response) return found;
    const stored = found;
    const body = await jsonBodyOf(c);
    if (body instanceof Response) return body;
    const parsed = AdvanceTestCaseRequest.safeParse(body.value);
    const to = parsed?.success ? parsed.data.to : undefined;
    if (!parsed.success || !to || !(advanceTargets as readonly string[]).includes(to)) {
      return c.json(apiErrorBody('ValidationError', `'to' must be one of ${advanceTargets.join(', ')}.`), 400);
    }
    const target = to as AdvanceTarget;
    const amount = parsed.data.amount ?? undefined;
    if (!stored.invoice.isTestCase) {
      return c.json(
        apiErrorBody('ValidationError', 'Only test cases (created with isTest: true) can be advanced.'),
        400,
      );
    }
    if (target === 'Closed:Paid' && !(amount !== undefined && amount > 0)) {
      return c.json(apiErrorBody('ValidationError', "'amount' must be greater than 0 for Closed:Paid."), 400);
    }

    const current = advanceStateOf(stored);
    if (current === target) {
      return c.json({ advanced: false, state: current } satisfies AdvanceTestCaseResponse);
    }
    if (current?.startsWith('Closed')) {
      return c.json(
        apiErrorBody('ValidationError', `The case is already closed (${stored.invoice.closeCode ?? 'Closed'}).`),
        400,
      );
    }
    const now = ctx.now();
    ctx.store.updateCase(stored, (record) => {
      if (target === 'Active' || record.invoice.lifecycle !== lifecycleLabels.Active) startCollection(record, now);
      if (target === 'Closed:Paid') {
        recordPayment(record, amount ?? 0, now);
        close(record, paidCloseCode, now);
      } else if (target === 'Closed:NoPayment') {
        close(record, noPaymentCloseCode, now);
      }
      record.invoice.dateUpdated = now.toISOString();
    });
    return c.json({ advanced: true, state: target } satisfies AdvanceTestCaseResponse);
  });

  app.delete('/cases/:id', (c) => {
    const id = c.req.param('id');
    if (!isGuid(id)) return c.json(apiErrorBody('ValidationError', `'${id}' is not a valid case id (GUID).`), 400);
    const stored = ctx.store.caseOf(c.get('tenant').creditorId, id);
    // Deleting is idempotent: an absent case (or another creditor's) is already gone for this caller.
    if (!stored) return c.body(null, 204);
    if (!stored.invoice.isTestCase) {
      return c.json(apiErrorBody('ValidationError', 'Only test cases can be deleted.'), 400);
    }
    ctx.store.removeCase(stored);
    return c.body(null, 204);
  });

  app.delete('/cases', (c) => {
    const tag = c.req.query('tag') ?? c.req.query('Tag');
    if (!tag) return c.json(apiErrorBody('ValidationError', "The 'tag' query parameter is required."), 400);
    for (const stored of ctx.store.casesOf(c.get('tenant').creditorId)) {
      if (stored.invoice.isTestCase && stored.tag === tag) ctx.store.removeCase(stored);
    }
    return c.body(null, 204);
  });

  return app;
}
