// The partner console's cases section in Chromium, through the demo's Referral API proxy to the sandbox: the
// cases and counts the proxy reports, client, debtor country and collection partner filters and a search that ask
// again, and a case's detail with the revenue it could bring, as Debitura splits it. Axe-clean at phone and
// desktop widths.
import { expect } from '@open-wc/testing';
import type {
  GetCaseDetailResponse,
  GetCasesResponse,
  GetFilterOptionsResponse,
} from '../../src/wire/referral-reporting.js';
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

/** The first of `ids` whose filter narrows the list to some of the cases but not all, with those cases. */
async function narrowingFilter(parameter: string, ids: readonly (string | number | undefined)[], total: number) {
  for (const id of ids) {
    const found = await readViaProxy<GetCasesResponse>(`/cases?PageSize=25&${parameter}=${id}`);
    const count = found.page?.totalResults ?? 0;
    if (count > 0 && count < total)
      return { id: String(id), references: found.cases!.map((c) => `Case ${c.reference}`) };
  }
  throw new Error(`no ${parameter} narrows the sandbox's cases`);
}

function optionLabels(select: HTMLSelectElement): string[] {
  return [...select.options].slice(1).map((option) => textOf(option));
}

async function casesShown(width = 1280, locale = 'en') {
  const element = await mountConsole({ view: 'cases', width, locale });
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

  it('keeps every status pill on one line inside its card on a 375 px phone, in English and German', async function () {
    this.timeout(40_000);
    for (const locale of ['en', 'de']) {
      const { view } = await casesShown(375, locale);
      const badges = [...view.querySelectorAll<HTMLElement>('#partner-cases .badge')];
      expect(badges.length).to.be.greaterThan(0);
      for (const badge of badges) {
        // One line with its padding is about 1.75 em high; a second line would make it 3.
        const fontSize = parseFloat(getComputedStyle(badge).fontSize);
        const pill = badge.getBoundingClientRect();
        expect(pill.height, `${locale}: ${textOf(badge)}`).to.be.below(fontSize * 2.25);
        expect(pill.right, `${locale}: ${textOf(badge)} inside its card`).to.be.at.most(
          badge.closest('tr')!.getBoundingClientRect().right + 0.5,
        );
      }
    }
  });

  it('gives the search box the whole width of a 375 px phone, in Danish too (the shortest search button)', async function () {
    this.timeout(40_000);
    const { view } = await casesShown(375, 'da');
    const input = view.querySelector('input[type="search"]')!.getBoundingClientRect();
    const field = view.querySelector('.field--search')!.getBoundingClientRect();
    expect(input.width).to.be.closeTo(field.width, 0.5);
  });

  it('sets the labels of the filters that share a row on one line, the search with its hint among them', async function () {
    this.timeout(40_000);
    const { view } = await casesShown(1280, 'de');
    const fields = [...view.querySelectorAll<HTMLElement>('.filters > .field')];
    const box = (element: Element) => element.getBoundingClientRect();
    const sameRow = (a: DOMRect, b: DOMRect) => a.top < b.bottom && b.top < a.bottom;
    let pairs = 0;
    for (const field of fields.slice(1)) {
      if (!sameRow(box(field), box(fields[0]!))) continue; // wrapped onto a row of its own
      pairs++;
      expect(box(field.querySelector('label')!).bottom, textOf(field.querySelector('label'))).to.be.closeTo(
        box(fields[0]!.querySelector('label')!).bottom,
        1,
      );
    }
    expect(pairs, 'fields beside the search at 1280 px').to.be.greaterThan(0);
  });

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

  it('filters by debtor country and by collection partner, with the choices Debitura offers', async function () {
    this.timeout(60_000);
    const options = await readViaProxy<GetFilterOptionsResponse>('/referral-partner/filter-options');
    const total = (await readViaProxy<GetCasesResponse>('/cases?PageSize=1')).page!.totalResults!;
    const country = await narrowingFilter(
      'CountryIds',
      options.countries!.map((option) => option.id),
      total,
    );
    const partner = await narrowingFilter(
      'CollectionPartnerIds',
      options.carveoutPartners!.map((option) => option.id),
      total,
    );
    const { view } = await casesShown();
    const countries = fieldNamed<HTMLSelectElement>(view, 'Debtor country');
    const partners = fieldNamed<HTMLSelectElement>(view, 'Collection partner');
    await waitFor(() => countries.options.length > 1 && partners.options.length > 1, 'no filter choices');
    expect(optionLabels(countries)).to.deep.equal(options.countries!.map((option) => option.name));
    expect(optionLabels(partners)).to.deep.equal(options.carveoutPartners!.map((option) => option.name));

    choose(countries, country.id);
    await waitFor(
      () => shownReferences(view).join() === country.references.join(),
      'the country filter did not narrow the list',
      20_000,
    );
    choose(countries, '');
    choose(partners, partner.id);
    await waitFor(
      () => shownReferences(view).join() === partner.references.join(),
      'the collection partner filter did not narrow the list',
      20_000,
    );

    // With nothing matching, "Show all" clears every choice, and the fields say so.
    const clients = fieldNamed<HTMLSelectElement>(view, 'Client');
    choose(clients, 'kyc-required');
    choose(countries, country.id);
    search(view, 'Search', 'no-such-case-anywhere');
    await waitFor(() => view.querySelector('.empty'), 'no "no cases match" notice', 20_000);
    buttonNamed(view, 'Show all').click();
    await waitFor(
      () => [clients, countries, partners].every((field) => field.value === '') && shownReferences(view).length > 0,
      'Show all did not clear the client, country and partner fields',
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
