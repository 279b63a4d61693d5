// The partner console's revenue section in Chromium, through the demo's Referral API proxy to the sandbox: the
// pipeline figures and chart are the proxy's summary, the groups by month and client cover every filtered row,
// the filters ask the proxy again, the CSV export holds exactly the filtered rows, and every state passes axe
// at phone and desktop widths.
import { expect } from '@open-wc/testing';
import { revenueByClient } from '../../src/console/views/revenue/revenue-grouping.js';
import { pipelineOf, pipelineTotal } from '../../src/console/views/revenue/revenue-pipeline.js';
import type { TransactionsResponse } from '../../src/wire/referral-reporting.js';
import {
  choose,
  fieldNamed,
  mountConsole,
  readViaProxy,
  search,
  shownView,
  signInStaff,
  textOf,
  waitFor,
} from './console-harness.js';

const usd = (amount: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(amount);

async function revenueShown(width = 1280, locale = 'en') {
  const element = await mountConsole({ view: 'revenue', width, locale });
  const view = await shownView(element, 'debitura-console-revenue');
  await waitFor(() => view.querySelector('.figures'), 'the revenue never showed', 20_000);
  // The client filter offers the clients once they have loaded beside the transactions.
  await waitFor(() => view.querySelector('#revenue-client option[value="acme-ready"]'), 'no clients to filter by');
  return { element, view };
}

function rowsOf(view: ShadowRoot, selector: string): string[] {
  return [...view.querySelectorAll(`${selector} tbody tr`)].map((row) => textOf(row));
}

/** The transactions the proxy reports for a query (every page), as the console should show them. */
async function proxyTransactions(query = ''): Promise<TransactionsResponse> {
  return readViaProxy<TransactionsResponse>(`/reporting/transactions?PageSize=100${query}`);
}

describe('partner console: revenue', () => {
  before(() => signInStaff(true));

  it('fits a phone in German, whose longest headings are single words', async function () {
    this.timeout(40_000);
    const { element } = await revenueShown(375, 'de');
    expect(element.scrollWidth, 'nothing scrolls sideways').to.be.at.most(
      Math.ceil(element.getBoundingClientRect().width) + 1,
    );
  });

  for (const width of [375, 1280]) {
    it(`shows the pipeline, the groups and the transactions as the proxy reports them, axe-clean at ${width} px`, async function () {
      this.timeout(40_000);
      const expected = await proxyTransactions();
      const { element, view } = await revenueShown(width);
      const total = pipelineTotal(pipelineOf(expected.summary?.revenue));
      const figures = textOf(view.querySelector('.figures'));
      expect(figures).to.include(`Referral fees ${usd(total.referralFeeUsd)}`);
      expect(figures).to.include(`Transactions ${total.count}`);

      const pipeline = rowsOf(view, 'table.chart:not([id])');
      expect(pipeline.map((row) => row.split(' ')[0])).to.deep.equal([
        'Pending',
        'Confirmed',
        'Awaiting',
        'Ready',
        'Awaiting',
        'Paid',
        'Disputed',
      ]);
      expect(pipeline[5]).to.include(usd(expected.summary!.revenue!.paidReferralFeeUsd!));
      expect(pipeline[5]).to.include(String(expected.summary!.revenue!.paidCount));

      const clients = revenueByClient(expected.data ?? []);
      const shownClients = rowsOf(view, '#by-client');
      expect(shownClients).to.have.length(clients.length);
      expect(shownClients[0]).to.include(clients[0]!.label).and.include(usd(clients[0]!.referralFeeUsd));
      expect(view.querySelectorAll('#by-month tbody tr').length).to.be.greaterThan(1);
      expect(textOf(view.querySelector('[role="status"].quiet:not(.loading-text)'))).to.include(
        `of ${expected.page!.totalResults} transactions`,
      );
      expect(element.scrollWidth).to.be.at.most(Math.ceil(element.getBoundingClientRect().width) + 1);
      await expect(element).to.be.accessible();
    });
  }

  it('filters by client, stage, search and dates by asking the proxy again', async function () {
    this.timeout(40_000);
    const { element, view } = await revenueShown();

    choose(fieldNamed<HTMLSelectElement>(view, 'Client'), 'kyc-required');
    const kestrel = await proxyTransactions('&ExternalTenantId=kyc-required');
    await waitFor(
      () => rowsOf(view, '#by-client').length === 1 && rowsOf(view, '#by-client')[0]!.includes('Kestrel'),
      'the client filter did not narrow the groups',
      20_000,
    );
    expect(rowsOf(view, '#transactions')).to.have.length(kestrel.data!.length);

    choose(fieldNamed<HTMLSelectElement>(view, 'Client'), '');
    const paidBox = [...view.querySelectorAll<HTMLInputElement>('fieldset.stages input')][5]!;
    paidBox.click();
    const paid = await proxyTransactions('&RevenueStages=5');
    await waitFor(
      () => rowsOf(view, '#transactions').length === Math.min(25, paid.data!.length),
      'the stage filter did not narrow the transactions',
      20_000,
    );
    expect(rowsOf(view, '#transactions').every((row) => row.endsWith('Paid'))).to.equal(true);
    paidBox.click();

    const reference = (await proxyTransactions()).data![0]!.case!.caseReference!;
    search(view, 'Search', reference);
    await waitFor(
      () => rowsOf(view, '#transactions').length === 1 && rowsOf(view, '#transactions')[0]!.includes(reference),
      'the search did not find the transaction',
      20_000,
    );
    await expect(element).to.be.accessible();

    const from = fieldNamed(view, 'Collected from');
    const to = fieldNamed(view, 'Collected to');
    from.value = '2026-11-01';
    from.dispatchEvent(new Event('change'));
    to.value = '2026-10-01';
    to.dispatchEvent(new Event('change'));
    await waitFor(() => view.querySelector('#revenue-range-error'), 'a backward range was not flagged');
    expect(textOf(view.querySelector('#revenue-range-error'))).to.equal('The start date is after the end date.');
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('exports exactly the filtered transactions as CSV', async function () {
    this.timeout(40_000);
    const { view } = await revenueShown();
    choose(fieldNamed<HTMLSelectElement>(view, 'Client'), 'acme-ready');
    const acme = await proxyTransactions('&ExternalTenantId=acme-ready');
    await waitFor(
      () => rowsOf(view, '#by-client').length === 1 && rowsOf(view, '#by-client')[0]!.includes('Acme'),
      'the client filter did not apply',
      20_000,
    );

    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      [...view.querySelectorAll('button')].find((button) => textOf(button) === 'Export CSV')!.click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(blobs).to.have.length(1);
    const lines = (await blobs[0]!.text())
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).to.match(/^Collection date,Transaction ID,Tenant ID,Client,/);
    expect(lines).to.have.length(acme.data!.length + 1);
    expect(lines.slice(1).every((line) => line.includes(',acme-ready,Acme Supplies ApS,'))).to.equal(true);
    const feeColumn = lines[0]!.split(',').indexOf('Referral fee USD');
    const cents = lines.slice(1).reduce((sum, line) => sum + Math.round(Number(line.split(',')[feeColumn]) * 100), 0);
    const expectedCents = acme.data!.reduce(
      (sum, row) => sum + Math.round((row.earnings?.referralFeeAmountUsd ?? 0) * 100),
      0,
    );
    expect(cents).to.equal(expectedCents);
    await waitFor(
      () => textOf(view.querySelector('.view .quiet[role="status"]')).startsWith('Exported'),
      'no word of the export',
    );
  });

  it('speaks Danish with Danish months and amounts', async function () {
    this.timeout(30_000);
    const element = await mountConsole({ view: 'revenue', locale: 'da' });
    const view = await shownView(element, 'debitura-console-revenue');
    await waitFor(() => view.querySelector('.figures'), 'the revenue never showed', 20_000);
    expect(textOf(view.querySelector('h3'))).to.equal('Indtjening');
    expect(textOf(view.querySelector('#by-month'))).to.match(
      /(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) 20\d\d/,
    );
    expect(textOf(view.querySelector('.figures'))).to.include('US$');
  });
});
