// The overview's aggregation without a DOM: open cases per lifecycle, outstanding and recovered per currency,
// bar lengths and shares, the latest events across cases, and the whole overview read from the real sandbox.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadOverview } from '../../src/widget/views/overview/load-overview.js';
import {
  barPercent,
  isOpenCase,
  latestEvents,
  overviewFigures,
  recentlyChanged,
  recoveredShare,
} from '../../src/widget/views/overview/overview-figures.js';
import type { InvoiceDto } from '../../src/wire/case.js';
import { widgetClientOnSandbox } from './widget-sandbox-client.js';

let serial = 0;
function invoice(lifecycle: string, grossAmount: number, remainder: number, currency = 'DKK', dateUpdated?: string) {
  serial++;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    reference: `REF${serial}`,
    lifecycle,
    grossAmount,
    remainder,
    currency,
    dateCreated: '2026-01-01T00:00:00Z',
    ...(dateUpdated ? { dateUpdated } : {}),
  } as InvoiceDto;
}

test('open cases are counted per lifecycle in Debitura’s order; closed and merged ones are not open', () => {
  const figures = overviewFigures([
    invoice('Active', 1000, 400),
    invoice('Active', 500, 500),
    invoice('Pending Quote Selection', 800, 800),
    invoice('Closed', 300, 0),
    invoice('Merged', 200, 200),
    invoice('Pending contract signing', 100, 100),
  ]);
  assert.equal(figures.totalCases, 6);
  assert.equal(figures.openCases, 4);
  assert.deepEqual(
    figures.byLifecycle.map((entry) => [entry.status, entry.count, entry.family]),
    [
      ['PendingContractSigning', 1, 'action'],
      ['LeadsQuoteGiven', 1, 'action'],
      ['Active', 2, 'active'],
    ],
  );
  assert.equal(isOpenCase({ lifecycle: 'Something new' }), true, 'an unknown lifecycle is still open');
});

test('outstanding counts open cases only; recovered counts every case; each currency on its own, to the cent', () => {
  const figures = overviewFigures([
    invoice('Active', 1000.1, 400.05),
    invoice('Closed', 300.2, 0),
    invoice('Paused', 50, 50, 'EUR'),
    invoice('Closed', 80, 80, 'SEK'),
  ]);
  assert.deepEqual(figures.amounts, [
    { currency: 'DKK', outstanding: 400.05, recovered: 900.25, openCases: 1 },
    { currency: 'EUR', outstanding: 50, recovered: 0, openCases: 1 },
  ]);
});

test('bars are relative to the longest, never invisible when non-zero; the recovered share is a percentage', () => {
  assert.equal(barPercent(32, 32), 100);
  assert.equal(barPercent(8, 32), 25);
  assert.equal(barPercent(1, 1000), 2);
  assert.equal(barPercent(0, 10), 0);
  assert.equal(recoveredShare({ recovered: 250, outstanding: 750 }), 25);
  assert.equal(recoveredShare({ recovered: 0, outstanding: 0 }), 0);
});

test('the latest events are the newest timeline entries of the cases changed last, newest first', () => {
  const old = invoice('Active', 1, 1, 'DKK', '2026-03-01T00:00:00Z');
  const recent = invoice('Active', 1, 1, 'DKK', '2026-06-01T00:00:00Z');
  assert.deepEqual(recentlyChanged([old, recent], 1), [recent]);
  const entry = (date: string, type: string) => ({ date, type, title: type, description: null });
  const events = latestEvents(
    [
      {
        item: old,
        entries: [entry('2026-02-01T00:00:00Z', 'CaseCreated'), entry('2026-03-01T00:00:00Z', 'PaymentReceived')],
      },
      { item: recent, entries: [entry('2026-05-01T00:00:00Z', 'StatusChanged')] },
    ],
    2,
  );
  assert.deepEqual(
    events.map((event) => [event.reference, event.item.type]),
    [
      [recent.reference, 'StatusChanged'],
      [old.reference, 'PaymentReceived'],
    ],
  );
});

test('against the sandbox: the overview reads every case and agrees with the case list and the task queue', async () => {
  const { client } = await widgetClientOnSandbox();
  const overview = await loadOverview(client, new AbortController().signal);
  const active = await client.listCases({ Statuses: ['Active'], PageSize: 1 });
  const closed = await client.listCases({ Statuses: ['Closed', 'Merged'], PageSize: 1 });
  assert.equal(overview.figures.totalCases, overview.totalResults);
  assert.equal(overview.figures.openCases, overview.totalResults - closed.page.totalResults!);
  assert.equal(
    overview.figures.byLifecycle.find((entry) => entry.status === 'Active')?.count,
    active.page.totalResults,
  );
  const tasks = await client.listTasks({ status: 'Open', PageSize: 100 });
  assert.equal(overview.openTasks, tasks.page.totalResults);
  assert.ok(overview.events.length > 0);
  const dates = overview.events.map((event) => Date.parse(event.item.date!));
  assert.deepEqual(
    dates,
    [...dates].sort((a, b) => b - a),
  );
});
