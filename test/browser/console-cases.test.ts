// The partner console's cases section in Chromium, through the demo's Referral API proxy to the sandbox: the
// cases and counts the proxy reports, a client filter and a search that ask again, and a case's detail with
// the revenue it could bring, as Debitura splits it. Axe-clean at phone and desktop widths.
import { expect } from '@open-wc/testing';
import type { GetCaseDetailResponse, GetCasesResponse } from '../../src/wire/referral-reporting.js';
import {
  buttonNamed,
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

function shownReferences(view: ShadowRoot): string[] {
  return [...view.querySelectorAll('#partner-cases tbody th .link-button')].map((cell) => textOf(cell));
}

async function casesShown(width = 1280) {
  const element = await mountConsole({ view: 'cases', width });
  const view = await shownView(element, 'debitura-console-cases');
  await waitFor(() => view.querySelector('#partner-cases tbody tr, .empty'), 'the cases never showed', 20_000);
  await waitFor(() => view.querySelector('#case-client option[value="acme-ready"]'), 'no clients to filter by');
  return { element, view };
}

describe('partner console: cases', () => {
  before(() => signInStaff(true));

  for (const width of [375, 1280]) {
    it(`lists the cases and counts the proxy reports, axe-clean at ${width} px`, async function () {
      this.timeout(40_000);
      const expected = await readViaProxy<GetCasesResponse>('/cases?Page=1&PageSize=25&Sort=DateCreated%3Adesc');
      const { element, view } = await casesShown(width);
      expect(shownReferences(view)).to.deep.equal(expected.cases!.map((item) => `Case ${item.reference}`));
      expect(textOf(view.querySelector('.figures'))).to.include(`Cases ${expected.summary!.totalCases}`);
      expect(element.scrollWidth).to.be.at.most(Math.ceil(element.getBoundingClientRect().width) + 1);
      await expect(element).to.be.accessible();
    });
  }

  it('filters by client and finds a case by its reference', async function () {
    this.timeout(40_000);
    const { view } = await casesShown();
    const kestrel = await readViaProxy<GetCasesResponse>('/cases?PageSize=25&ExternalTenantId=kyc-required');
    choose(fieldNamed<HTMLSelectElement>(view, 'Client'), 'kyc-required');
    await waitFor(
      () => shownReferences(view).join() === kestrel.cases!.map((item) => `Case ${item.reference}`).join(),
      'the client filter did not narrow the list',
      20_000,
    );
    choose(fieldNamed<HTMLSelectElement>(view, 'Client'), '');
    const reference = kestrel.cases![0]!.reference!;
    search(view, 'Search', reference);
    await waitFor(
      () => shownReferences(view).join() === `Case ${reference}`,
      'the search did not find the case',
      20_000,
    );
  });

  it('opens a case with its potential revenue split, and goes back to it in the list', async function () {
    this.timeout(40_000);
    const list = await readViaProxy<GetCasesResponse>('/cases?PageSize=100&ExternalTenantId=acme-ready');
    const assigned = list.cases!.find((item) => item.collectionPartner)!;
    const detail = await readViaProxy<GetCaseDetailResponse>(`/cases/${assigned.id}`);
    const { element, view } = await casesShown(375);
    search(view, 'Search', assigned.reference!);
    await waitFor(
      () => shownReferences(view).join() === `Case ${assigned.reference}`,
      'the case is not listed',
      20_000,
    );
    view.querySelector<HTMLButtonElement>(`[data-case="${assigned.id}"]`)!.click();
    await waitFor(
      () => view.querySelector('debitura-console-case-detail')?.shadowRoot?.querySelector('#potential-revenue'),
      'no revenue split',
      20_000,
    );
    const shown = view.querySelector('debitura-console-case-detail')!.shadowRoot!;
    expect(textOf(shown.querySelector('h3'))).to.equal(`Case ${assigned.reference}`);
    const rows = [...shown.querySelectorAll('#potential-revenue tbody tr')].map((row) => textOf(row));
    const revenue = detail.potentialRevenue!;
    expect(rows[0]).to.include(usd(revenue.grossAmountUsd!));
    expect(rows[1]).to.include(usd(revenue.collectionPartnerRevenueUsd!));
    expect(rows[3]).to.include('Your referral fee').and.include(usd(revenue.referralRevenueUsd!));
    expect(textOf(shown.querySelector('.details'))).to.include(assigned.collectionPartner!);
    await expect(element).to.be.accessible();

    buttonNamed(shown, 'Back to cases').click();
    await waitFor(
      () => view.activeElement === view.querySelector(`[data-case="${assigned.id}"]`),
      'focus did not return to the case',
    );
  });
});
