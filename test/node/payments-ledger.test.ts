// The payments view's pure logic: the reader's calendar day of a payment, the date range (both ends included,
// a reversed one refused), totals per currency to the cent, screen pages, and every page of GET /Payments read
// from the real sandbox through the widget's own client.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  calendarDay,
  dateRangeProblem,
  inDateRange,
  ledgerFingerprint,
  loadPaymentLedger,
  newestFirst,
  screenPage,
  totalsByCurrency,
} from '../../src/widget/views/payments/payment-ledger.js';
import type { PaymentDto } from '../../src/wire/case-resources.js';
import { widgetClientOnSandbox } from './widget-sandbox-client.js';

function payment(id: string, date: string, grossAmount: number, currency: string | null = 'DKK'): PaymentDto {
  return {
    id: `00000000-0000-4000-8000-${id.padStart(12, '0')}`,
    date,
    grossAmount,
    currency,
    recipient: 'Collection partner',
    method: 'Bank transfer',
    invoice: { status: 'Active', reference: `REF${id}`, invoiceId: '11111111-1111-4111-8111-111111111111' },
  };
}

test('a payment falls on the reader’s calendar day: late evening UTC is the next day in Copenhagen', () => {
  assert.equal(calendarDay('2026-06-30T22:30:00Z', 'UTC'), '2026-06-30');
  assert.equal(calendarDay('2026-06-30T22:30:00Z', 'Europe/Copenhagen'), '2026-07-01');
  assert.equal(calendarDay('2026-06-30T22:30:00', 'Europe/Copenhagen'), '2026-07-01', 'no zone means UTC');
  assert.equal(calendarDay('2026-06-30', 'America/New_York'), '2026-06-30', 'a date-only value stays its day');
  assert.equal(calendarDay(null), null);
});

test('a date range includes both ends; an open end is unbounded; a reversed range is refused and not applied', () => {
  const payments = [
    payment('1', '2026-05-31T12:00:00Z', 10),
    payment('2', '2026-06-01T00:00:00Z', 20),
    payment('3', '2026-06-30T23:59:00Z', 30),
    payment('4', '2026-07-01T00:00:00Z', 40),
  ];
  const ids = (list: PaymentDto[]) => list.map((item) => item.grossAmount);
  assert.deepEqual(ids(inDateRange(payments, { from: '2026-06-01', to: '2026-06-30' }, 'UTC')), [20, 30]);
  assert.deepEqual(ids(inDateRange(payments, { from: '2026-06-30', to: '' }, 'UTC')), [30, 40]);
  assert.deepEqual(ids(inDateRange(payments, { from: '', to: '2026-05-31' }, 'UTC')), [10]);
  assert.equal(dateRangeProblem({ from: '2026-07-01', to: '2026-06-01' }), 'reversed');
  assert.equal(dateRangeProblem({ from: '1 June', to: '' }), 'invalid');
  assert.equal(dateRangeProblem({ from: '2026-06-01', to: '2026-06-01' }), null);
  assert.deepEqual(ids(inDateRange(payments, { from: '2026-07-01', to: '2026-06-01' }, 'UTC')), [10, 20, 30, 40]);
});

test('totals per currency are exact to the cent, most payments first, and a missing currency is its own line', () => {
  const totals = totalsByCurrency([
    payment('1', '2026-06-01T00:00:00Z', 0.1, 'eur'),
    payment('2', '2026-06-02T00:00:00Z', 0.2, 'EUR'),
    payment('3', '2026-06-03T00:00:00Z', 100, 'DKK'),
    payment('4', '2026-06-04T00:00:00Z', 5, null),
  ]);
  assert.deepEqual(totals, [
    { currency: 'EUR', amount: 0.3, count: 2 },
    { currency: '', amount: 5, count: 1 },
    { currency: 'DKK', amount: 100, count: 1 },
  ]);
  assert.deepEqual(totalsByCurrency([]), []);
});

test('screen pages are clamped to the pages there are', () => {
  const items = Array.from({ length: 45 }, (_, index) => index);
  assert.deepEqual(screenPage(items, 1, 20).items, items.slice(0, 20));
  assert.deepEqual(screenPage(items, 3, 20), { items: items.slice(40), page: 3, pageCount: 3 });
  assert.equal(screenPage(items, 9, 20).page, 3, 'a page past the end shows the last');
  assert.equal(screenPage(items, 0, 20).page, 1);
  assert.deepEqual(screenPage([], 1, 20), { items: [], page: 1, pageCount: 1 });
});

test('newest first, and a reload that changes nothing is not a change', () => {
  const older = payment('1', '2026-06-01T00:00:00Z', 10);
  const newer = payment('2', '2026-06-02T00:00:00Z', 20);
  assert.deepEqual(newestFirst([older, newer]), [newer, older]);
  const ledger = { payments: [newer, older], totalResults: 2 };
  assert.equal(
    ledgerFingerprint(ledger),
    ledgerFingerprint({ payments: [{ ...newer }, { ...older }], totalResults: 2 }),
  );
  assert.notEqual(ledgerFingerprint(ledger), ledgerFingerprint({ payments: [newer], totalResults: 1 }));
});

test('against the sandbox: every page is read, and per case the payments add up to what the case collected', async () => {
  const { client, requested } = await widgetClientOnSandbox();
  const ledger = await loadPaymentLedger(client);
  const first = await client.listAccountPayments({ PageSize: 1 });
  assert.equal(ledger.totalResults, first.page.totalResults);
  assert.equal(ledger.payments.length, ledger.totalResults);
  assert.ok(requested.some((url) => url.endsWith('/Payments?Page=1&PageSize=100')));
  const detail = await client.getAccountPayment(ledger.payments[0]!.id!);
  assert.deepEqual(detail, ledger.payments[0]);
  const byCase = new Map<string, number>();
  for (const item of ledger.payments) {
    const id = item.invoice.invoiceId!;
    byCase.set(id, Math.round(((byCase.get(id) ?? 0) + item.grossAmount!) * 100) / 100);
  }
  for (const [caseId, collected] of [...byCase].slice(0, 5)) {
    const item = await client.getCase(caseId);
    assert.equal(Math.round((item.grossAmount! - item.remainder!) * 100) / 100, collected, caseId);
  }
});
