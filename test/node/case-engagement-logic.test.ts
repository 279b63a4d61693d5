// The case detail's engagement parts without a DOM: quote prices in words, the trusted link to a full quote,
// the exclusive period's facts, the deadline wording shared with the tasks view, and the loaders run against
// the real sandbox through the widget's own Customer API client.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messages as da } from '../../src/widget/i18n/da/index.js';
import { messages as de } from '../../src/widget/i18n/de/index.js';
import { en } from '../../src/widget/i18n/en/index.js';
import {
  awaitsSelection,
  loadCaseQuotes,
  quoteHandoff,
  quotePriceLines,
  type CaseQuote,
} from '../../src/widget/views/case-detail/case-quotes.js';
import {
  exclusivePeriodFacts,
  formatDays,
  loadExclusivePeriod,
} from '../../src/widget/views/case-detail/exclusive-period-facts.js';
import { deadlineText } from '../../src/widget/views/tasks/deadline-text.js';
import type { LeadDto, LeadQuoteDto } from '../../src/wire/quote-requests.js';
import { sandboxNow } from './sandbox-cases-harness.js';
import { widgetClientOnSandbox } from './widget-sandbox-client.js';

const words = en.engagement.quotes.price;

/** Intl puts no-break spaces between amount and currency; the texts are compared with plain ones. */
function priced(item: CaseQuote, locale: string, texts = words): string[] {
  return quotePriceLines(item, texts, locale).map((line) => line.replace(/\s/g, ' '));
}

function quote(fields: Partial<LeadQuoteDto>, detail: CaseQuote['detail'] = null): CaseQuote {
  return {
    quote: {
      partnerName: 'Nordic Recovery',
      status: 'Submitted',
      agreementType: 'SuccessFee',
      currency: 'DKK',
      ...fields,
    },
    detail,
  };
}

test('a success-fee quote reads as a share of what is recovered, in the reader’s language', () => {
  assert.deepEqual(priced(quote({ successFee: 20 }), 'en-US'), ['20% of what is recovered']);
  assert.deepEqual(priced(quote({ successFee: 12.5 }), 'da-DK', da.engagement.quotes.price), [
    '12,5 % af det inddrevne',
  ]);
});

test('a hybrid quote lists the hours, the fee share, the estimate and other costs from the quote’s detail', () => {
  const hybrid = quote(
    { agreementType: 'Hybrid', hourlyRate: 95, hourlyEstimated: 4, successFee: 12, hybridEstimate: 620 },
    {
      partnerName: 'Nordic Recovery',
      status: 'Submitted',
      agreementType: 'Hybrid',
      currency: 'DKK',
      pricing: { costProcessMisc: 25 },
    },
  );
  assert.deepEqual(priced(hybrid, 'en-US'), [
    '12% of what is recovered',
    'DKK 95.00 per hour, about 4 hours',
    'Estimated cost DKK 620.00',
    'Other costs DKK 25.00',
  ]);
  const german = priced(hybrid, 'de-DE', de.engagement.quotes.price);
  assert.equal(german[1], '95,00 DKK pro Stunde, etwa 4 Stunden');
});

test('a flat fee, a bare hourly rate, and a quote without any price each read sensibly', () => {
  assert.deepEqual(priced(quote({ agreementType: 'FlatFee', flatFeeEstimate: 1500 }), 'en-US'), [
    'About DKK 1,500.00 in total',
  ]);
  assert.deepEqual(priced(quote({ hourlyRate: 80 }), 'en-US'), ['DKK 80.00 per hour']);
  assert.deepEqual(priced(quote({}), 'en-US'), [words.none]);
});

test('the full quote is linked only when Debitura’s link is trusted, with the partner’s return URL', () => {
  const request: LeadDto = { status: 'QuotesReceived', leadFlowStatus: 'AwaitingCreditorSelection', quoteType: null };
  const linked = quote(
    {},
    {
      partnerName: 'x',
      status: 'Submitted',
      agreementType: 'SuccessFee',
      currency: 'DKK',
      pricing: null,
      fullQuoteLink: 'https://app.debitura.com/creditor/cases/1#quotes',
    },
  );
  const trusted = (url: string) => url.startsWith('https://app.debitura.com/');
  assert.deepEqual(
    quoteHandoff({ request, quote: linked }, { returnUrl: 'https://partner.example/back', isAllowed: trusted }),
    {
      url: 'https://app.debitura.com/creditor/cases/1?returnUrl=https%3A%2F%2Fpartner.example%2Fback#quotes',
      reasons: ['SelectQuoteWinner'],
    },
  );
  assert.equal(quoteHandoff({ request, quote: linked }, { returnUrl: null, isAllowed: () => false }), null);
  assert.equal(quoteHandoff({ request, quote: quote({}) }, { returnUrl: null, isAllowed: trusted }), null);
  const decided = { ...request, status: 'Accepted', leadFlowStatus: 'Done' };
  assert.deepEqual(
    quoteHandoff({ request: decided, quote: linked }, { returnUrl: null, isAllowed: trusted })!.reasons,
    [],
  );
  assert.equal(awaitsSelection({ status: 'Open', leadFlowStatus: 'CollectingQuotes', quoteType: null }), false);
});

test('a running period counts its days left; an ended one has none; extensions come in the order they happened', () => {
  const now = new Date('2026-06-15T10:00:00Z');
  const running = exclusivePeriodFacts(
    {
      engagementStartDate: '2026-01-01T00:00:00Z',
      currentEndDate: '2026-09-01T00:00:00Z',
      daysRemaining: 78,
      status: 'Active',
      extensions: [
        { type: 'Payment', eventDate: '2026-03-01T00:00:00Z', newEndDate: '2026-09-01T00:00:00Z' },
        { type: 'PromiseToPay', eventDate: '2026-02-01T00:00:00Z', newEndDate: '2026-08-01T00:00:00Z' },
      ],
    },
    now,
  );
  assert.equal(running.running, true);
  assert.equal(running.daysRemaining, 78);
  assert.deepEqual(
    running.extensions.map((extension) => extension.type),
    ['PromiseToPay', 'Payment'],
  );
  const ended = exclusivePeriodFacts(
    { currentEndDate: '2026-05-01T00:00:00Z', daysRemaining: 0, status: 'Terminated', extensions: null },
    now,
  );
  assert.equal(ended.running, false);
  assert.equal(ended.daysRemaining, null);
  assert.deepEqual(ended.extensions, []);
  // Without a status or a day count, the end date decides.
  const unknown = exclusivePeriodFacts({ currentEndDate: '2026-06-20T10:00:00Z' }, now);
  assert.equal(unknown.running, true);
  assert.equal(unknown.daysRemaining, 5);
});

test('days left are written by Intl in each language', () => {
  assert.equal(formatDays(1, 'en'), '1 day');
  assert.equal(formatDays(120, 'da-DK'), '120 dage');
  assert.equal(formatDays(120, 'de-DE'), '120 Tage');
});

test('a task’s deadline reads the same on a case as in the tasks view', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  assert.deepEqual(deadlineText({ deadline: '2026-12-04T09:00:00Z' }, now, en.tasks, 'en-US'), {
    text: 'Due in 3 days (Dec 4, 2026)',
    overdue: false,
  });
  assert.deepEqual(deadlineText({ deadline: '2026-11-30T09:00:00Z' }, now, da.tasks, 'da-DK'), {
    text: 'Overskredet: fristen var i går (30. nov. 2026)',
    overdue: true,
  });
  assert.deepEqual(deadlineText({ deadline: null }, now, de.tasks, 'de-DE'), {
    text: de.tasks.deadline.none,
    overdue: false,
  });
});

test('against the sandbox: a case awaiting a choice loads its request with every quote and the link to each', async () => {
  const { client } = await widgetClientOnSandbox();
  const cases = (await client.listCases({ Statuses: ['LeadsQuoteGiven'], PageSize: 100 })).cases ?? [];
  assert.ok(cases.length > 0);
  const requests = await loadCaseQuotes(client, cases[0]!.id!, new AbortController().signal);
  assert.equal(requests.length, 1);
  assert.equal(awaitsSelection(requests[0]!.request), true);
  assert.ok(requests[0]!.quotes.length >= 2);
  for (const { quote: item, detail } of requests[0]!.quotes) {
    assert.equal(detail?.quoteId, item.quoteId);
    assert.match(detail?.fullQuoteLink ?? '', /#quotes$/);
  }
  const created = requests[0]!.quotes.map(({ quote: item }) => Date.parse(item.dateCreated!));
  assert.deepEqual(
    created,
    [...created].sort((a, b) => a - b),
    'in the order they came in',
  );
});

test('against the sandbox: a case before collection has no period (404 becomes none); an active case has one', async () => {
  const { client } = await widgetClientOnSandbox();
  const signal = new AbortController().signal;
  const waiting = (await client.listCases({ Statuses: ['PendingVerification'], PageSize: 1 })).cases![0]!;
  assert.equal(await loadExclusivePeriod(client, waiting.id!, signal), null);
  const active = (await client.listCases({ Statuses: ['Active'], PageSize: 1 })).cases![0]!;
  const period = await loadExclusivePeriod(client, active.id!, signal);
  assert.equal(period?.status, 'Active');
  assert.ok((period?.daysRemaining ?? 0) > 0);
  assert.ok(Date.parse(period!.currentEndDate!) > sandboxNow.getTime());
});
