// The revenue section's pure rules: the pipeline in Debitura's order, sums to the cent, grouping by month and
// by client, bar lengths, the filters' query, reading every page, and a CSV that spreadsheets read back as it
// was written. The seeded sandbox gives the facts: 58 transactions, $5,803.77 in referral fees.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSandbox, SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';
import { readAllPages } from '../../src/console/api/all-pages.js';
import { transactionSearchParams } from '../../src/console/api/referral-queries.js';
import { barShares } from '../../src/console/views/revenue/bar-scale.js';
import {
  exportFileName,
  isBackwardRange,
  noRevenueFilters,
  transactionQueryOf,
} from '../../src/console/views/revenue/revenue-filters.js';
import { revenueByClient, revenueByMonth } from '../../src/console/views/revenue/revenue-grouping.js';
import { pipelineOf, pipelineTotal } from '../../src/console/views/revenue/revenue-pipeline.js';
import { toCsv, transactionCsvColumns } from '../../src/console/views/revenue/transactions-csv.js';
import { sumUsd } from '../../src/console/views/revenue/usd-sum.js';
import { consoleEn } from '../../src/console/i18n/en.js';
import { TransactionsResponse, revenueStageOf, type TransactionItem } from '../../src/wire/referral-reporting.js';

async function seededTransactions(): Promise<TransactionsResponse> {
  const sandbox = createSandbox({});
  const answer = await sandbox.fetch(
    new Request('http://sandbox.test/referral/reporting/transactions?PageSize=100', {
      headers: { XApiKey: SANDBOX_PARTNER_API_KEY },
    }),
  );
  return TransactionsResponse.parse(await answer.json());
}

describe('console revenue: pipeline and groups over the seeded sandbox', () => {
  it('shows the seven stages in order, totalling 58 transactions and $5,803.77', async () => {
    const answer = await seededTransactions();
    const stages = pipelineOf(answer.summary?.revenue);
    assert.deepEqual(
      stages.map((stage) => stage.stage),
      [
        'Pending',
        'ConfirmedPendingInvoice',
        'AwaitingCollectionPartnerPayment',
        'ReadyToInvoiceDebitura',
        'AwaitingDebituraPayment',
        'Paid',
        'Disputed',
      ],
    );
    assert.deepEqual(pipelineTotal(stages), { referralFeeUsd: 5803.77, count: 58 });
    assert.equal(
      stages.find((stage) => stage.stage === 'Paid')!.referralFeeUsd,
      answer.summary!.revenue!.paidReferralFeeUsd,
    );
  });

  it('groups by client and by month to the same total, biggest client and newest month first', async () => {
    const rows = (await seededTransactions()).data ?? [];
    assert.equal(rows.length, 58);
    const clients = revenueByClient(rows);
    assert.equal(sumUsd(clients.map((group) => group.referralFeeUsd)), 5803.77);
    assert.equal(
      clients.reduce((count, group) => count + group.count, 0),
      58,
    );
    assert.equal(clients[0]!.label, 'Acme Supplies ApS');
    assert.ok(
      clients.every((group, index) => index === 0 || clients[index - 1]!.referralFeeUsd >= group.referralFeeUsd),
    );
    const months = revenueByMonth(rows);
    assert.equal(sumUsd(months.map((group) => group.referralFeeUsd)), 5803.77);
    assert.deepEqual(
      months.map((group) => group.key),
      [...months.map((group) => group.key)].sort().reverse(),
    );
    assert.ok(months.every((group) => /^\d{4}-\d{2}$/.test(group.key)));
  });

  it('names each seeded transaction’s stage from its statuses, as the summary counts them', async () => {
    const answer = await seededTransactions();
    const counted = new Map<string, number>();
    for (const row of answer.data ?? []) {
      const stage = revenueStageOf(row.status);
      assert.ok(stage, `${row.transactionId} has a stage`);
      counted.set(stage, (counted.get(stage) ?? 0) + 1);
    }
    for (const stage of pipelineOf(answer.summary?.revenue)) assert.equal(counted.get(stage.stage) ?? 0, stage.count);
  });
});

describe('console revenue: pure rules', () => {
  it('adds in cents, so float drift never shows', () => {
    assert.equal(sumUsd([0.1, 0.2]), 0.3);
    assert.equal(sumUsd([]), 0);
  });

  it('scales bars to the largest value, zero and negative values drawing nothing', () => {
    assert.deepEqual(barShares([50, 100, 0, -5]), [0.5, 1, 0, 0]);
    assert.deepEqual(barShares([0, 0]), [0, 0]);
    assert.deepEqual(barShares([]), []);
  });

  it('asks for whole UTC days, the chosen client, stages and search, newest collection first', () => {
    const query = transactionQueryOf({
      from: '2026-10-01',
      to: '2026-10-31',
      client: 'acme-ready',
      stages: ['Paid', 'Disputed'],
      search: ' XS ',
    });
    assert.equal(
      transactionSearchParams(query).toString(),
      'FromDate=2026-10-01T00%3A00%3A00Z&ToDate=2026-10-31T23%3A59%3A59Z&ExternalTenantId=acme-ready&Sort=collectionDate%3Adesc&RevenueStages=5&RevenueStages=6&Search=XS',
    );
    assert.equal(
      transactionSearchParams(transactionQueryOf(noRevenueFilters)).toString(),
      'Sort=collectionDate%3Adesc',
    );
    assert.equal(isBackwardRange({ ...noRevenueFilters, from: '2026-11-01', to: '2026-10-01' }), true);
    assert.equal(isBackwardRange({ ...noRevenueFilters, from: '2026-10-01', to: '2026-10-01' }), false);
  });

  it('names an export after what it covers', () => {
    assert.equal(exportFileName(noRevenueFilters, '2026-12-01'), 'referral-transactions-to_2026-12-01.csv');
    assert.equal(
      exportFileName({ ...noRevenueFilters, from: '2026-10-01', client: 'acme/ready' }, '2026-12-01'),
      'referral-transactions-2026-10-01_2026-12-01-acme_ready.csv',
    );
  });

  it('reads every announced page up to the bound, and says when it stopped short', async () => {
    const asked: number[] = [];
    const readPage = async (page: number) => {
      asked.push(page);
      return { rows: [page * 10, page * 10 + 1], totalPages: 4 };
    };
    assert.deepEqual(await readAllPages(readPage, 10), { rows: [10, 11, 20, 21, 30, 31, 40, 41], truncated: false });
    asked.length = 0;
    assert.deepEqual((await readAllPages(readPage, 2)).truncated, true);
    assert.deepEqual(asked, [1, 2]);
  });

  it('writes CSV that quotes what it must and defuses formulas', () => {
    const csv = toCsv(
      [{ name: 'Acme, "the best"', note: '=HYPERLINK("x")', amount: 12.5, flag: true, none: null }],
      [
        { header: 'Name', value: (row) => row.name },
        { header: 'Note', value: (row) => row.note },
        { header: 'Amount', value: (row) => row.amount },
        { header: 'Flag', value: (row) => row.flag },
        { header: 'None', value: (row) => row.none },
      ],
    );
    assert.equal(csv, 'Name,Note,Amount,Flag,None\r\n"Acme, ""the best""","\'=HYPERLINK(""x"")",12.5,true,\r\n');
    const negative = toCsv([{ amount: -3 }], [{ header: 'Amount', value: (row) => row.amount }]);
    assert.equal(negative, 'Amount\r\n-3\r\n', 'numbers stay numbers, even negative ones');
  });

  it('exports a transaction with every figure staff reconcile', () => {
    const row: TransactionItem = {
      transactionId: '8829a262-f336-4fb3-9611-bcdb3df0270d',
      date: '2026-11-21T12:01:44.055Z',
      client: { externalTenantId: 'acme-ready', companyName: 'Acme Supplies ApS' },
      case: { caseReference: 'XSYIHR1Q', debtorName: 'Pioneer Foods Ltd', originalAmount: 8612.07, currency: 'GBP' },
      payment: { amount: 2153.02, currency: 'GBP' },
      earnings: { referralFeePercentage: 20, referralFeeAmount: 43.06, referralFeeAmountUsd: 54.69, isEstimate: false },
      status: {
        commissionPaymentStatus: 'Paid',
        platformInvoicingStatus: 'InvoiceIssued',
        referralInvoicingStatus: 'Pending',
      },
    };
    const [header, line] = toCsv([row], transactionCsvColumns(consoleEn.revenue.csv)).split('\r\n');
    assert.equal(header!.split(',').length, 16);
    assert.equal(
      line,
      '2026-11-21,8829a262-f336-4fb3-9611-bcdb3df0270d,acme-ready,Acme Supplies ApS,XSYIHR1Q,Pioneer Foods Ltd,2153.02,GBP,20,43.06,54.69,false,AwaitingCollectionPartnerPayment,Paid,InvoiceIssued,Pending',
    );
  });
});
