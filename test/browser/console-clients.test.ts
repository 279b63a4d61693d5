// The partner console's clients section in Chromium, through the demo's real Referral API proxy to the sandbox:
// what the proxy reports is what staff see (rows, counts, earnings in USD), search, filters and sort ask the
// proxy again, a client's detail offers its onboarding link, failures show with a retry and a debitura-error,
// signed-out staff are told so, and every state passes axe at phone and desktop widths.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { DebituraErrorEvent } from '../../src/widget/index.js';
import type { GetClientsResponse } from '../../src/wire/referral.js';
import {
  buttonNamed,
  choose,
  consoleProxyBase,
  deepText,
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

/** Company names of the rows shown, in order. */
function shownCompanies(view: ShadowRoot): string[] {
  return [...view.querySelectorAll('tbody th .link-button')].map((cell) => textOf(cell));
}

async function listShown(view: ShadowRoot): Promise<void> {
  await waitFor(() => view.querySelector('tbody tr') || view.querySelector('.empty'), 'the client list never showed');
}

async function setFaults(config: object): Promise<void> {
  await fetch('/sandbox/faults', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(config),
  });
}

describe('partner console: clients', () => {
  beforeEach(() => signInStaff(true));
  after(() => signInStaff(true));

  for (const width of [375, 1280]) {
    it(`shows every linked client with the proxy's counts and earnings, axe-clean at ${width} px`, async function () {
      this.timeout(30_000);
      const expected = await readViaProxy<GetClientsResponse>('/clients?Page=1&PageSize=25&Sort=dateCreated%3Adesc');
      const element = await mountConsole({ width });
      const view = await shownView(element, 'debitura-console-clients');
      await listShown(view);

      expect(shownCompanies(view)).to.deep.equal(expected.clients!.map((client) => client.client!.companyName));
      const figures = textOf(view.querySelector('.figures'));
      expect(figures).to.include(`Clients ${expected.summary!.totalClients}`);
      expect(figures).to.include(`Onboarding pending ${expected.summary!.onboardingPending}`);
      expect(figures).to.include(`Cases ${expected.summary!.totalCases}`);
      const acme = expected.clients!.find((client) => client.externalTenantId === 'acme-ready')!;
      const acmeRow = view.querySelector('[data-tenant="acme-ready"]')!.closest('tr')!;
      expect(textOf(acmeRow)).to.include(usd(acme.caseStats!.earningsUsd!));
      expect(textOf(acmeRow)).to.include(`${acme.caseStats!.casesTotal} (${acme.caseStats!.casesClosed} closed)`);
      expect(textOf(acmeRow)).to.include('Verified');
      const newco = view.querySelector('[data-tenant="newco-onboarding"]')!.closest('tr')!;
      expect(textOf(newco)).to.include('Pending');

      // Nothing scrolls sideways: the rows turn into cards on a phone.
      const box = element.getBoundingClientRect();
      expect(element.scrollWidth).to.be.at.most(Math.ceil(box.width) + 1);
      await expect(element).to.be.accessible();
    });
  }

  it('searches, filters and sorts by asking the proxy again', async function () {
    this.timeout(30_000);
    const element = await mountConsole();
    const view = await shownView(element, 'debitura-console-clients');
    await listShown(view);

    search(view, 'Search', 'Kestrel');
    await waitFor(() => shownCompanies(view).join() === 'Kestrel Imports Ltd', 'the search did not narrow the list');

    buttonNamed(view, 'Clear search').click();
    const pending = await readViaProxy<GetClientsResponse>('/clients?OnboardingDone=false&PageSize=25');
    await waitFor(() => shownCompanies(view).length > 1, 'clearing the search did not bring the clients back');
    choose(fieldNamed<HTMLSelectElement>(view, 'Onboarding'), 'pending');
    await waitFor(
      () => shownCompanies(view).length === pending.clients!.length,
      'the onboarding filter did not narrow the list',
    );
    expect([...shownCompanies(view)].sort()).to.deep.equal(
      pending.clients!.map((client) => client.client!.companyName!).sort(),
    );

    choose(fieldNamed<HTMLSelectElement>(view, 'Onboarding'), 'all');
    choose(fieldNamed<HTMLSelectElement>(view, 'Sort by'), 'name:asc');
    const byName = await readViaProxy<GetClientsResponse>('/clients?PageSize=25&Sort=name%3Aasc');
    const names = byName.clients!.map((client) => client.client!.companyName);
    await waitFor(() => shownCompanies(view).join() === names.join(), 'sorting by name did not reorder the list');

    search(view, 'Search', 'no such company anywhere');
    await waitFor(() => view.querySelector('.empty'), 'no "no clients match" state');
    expect(textOf(view.querySelector('.empty'))).to.include('No clients match');
    await expect(element).to.be.accessible();
    buttonNamed(view, 'Show all').click();
    await waitFor(() => shownCompanies(view).length === names.length, '"Show all" did not clear the filters');
  });

  it('opens a client with its onboarding link to copy or open, and goes back to the same list', async function () {
    this.timeout(30_000);
    const element = await mountConsole({ width: 375 });
    const view = await shownView(element, 'debitura-console-clients');
    await listShown(view);
    const expected = await readViaProxy<{ onboardingLinks: { url: string } }>('/clients/newco-onboarding');

    view.querySelector<HTMLButtonElement>('[data-tenant="newco-onboarding"]')!.click();
    await waitFor(() => view.querySelector('debitura-console-client-detail'), 'the detail never opened');
    const detail = view.querySelector('debitura-console-client-detail')!.shadowRoot!;
    await waitFor(() => detail.querySelector('#onboarding-link'), 'no onboarding link');
    expect(textOf(detail.querySelector('h3'))).to.equal('Newco Trading Ltd');
    expect(detail.querySelector<HTMLInputElement>('#onboarding-link')!.value).to.equal(expected.onboardingLinks.url);
    const open = [...detail.querySelectorAll('a')].find((link) => textOf(link).startsWith('Open onboarding'))!;
    expect(open.href).to.equal(expected.onboardingLinks.url);
    expect(open.target).to.equal('_blank');
    expect(textOf(detail.querySelector('.details'))).to.include('newco-onboarding');
    await expect(element).to.be.accessible();

    buttonNamed(detail, 'Back to clients').click();
    await waitFor(() => view.querySelector('tbody tr'), 'the list did not come back');
    await waitFor(
      () => view.activeElement === view.querySelector('[data-tenant="newco-onboarding"]'),
      'focus did not return to the client',
    );
  });

  it('shows a failure with a retry and a debitura-error, and recovers', async function () {
    this.timeout(30_000);
    await setFaults({ rate: 1, kinds: ['error503'] });
    let element;
    let error: DebituraErrorEvent;
    try {
      element = await mountConsole();
      error = await oneEvent(element, 'debitura-error');
    } finally {
      await setFaults({ rate: 0 });
    }
    expect(error.detail.recoverable).to.equal(true);
    const view = await shownView(element, 'debitura-console-clients');
    await waitFor(() => view.querySelector('[role="alert"]'), 'no error shown');
    expect(textOf(view.querySelector('[role="alert"]'))).to.include('This could not be loaded.');
    await expect(element).to.be.accessible();
    buttonNamed(view, 'Try again').click();
    await listShown(view);
    expect(shownCompanies(view)).to.include('Acme Supplies ApS');
  });

  it('tells signed-out staff they may not use the console', async function () {
    this.timeout(30_000);
    await signInStaff(false);
    const element = await mountConsole();
    const error = await oneEvent(element, 'debitura-error');
    expect(error.detail.message).to.not.include('staff');
    const view = await shownView(element, 'debitura-console-clients');
    await waitFor(() => view.querySelector('[role="alert"]'), 'no refusal shown');
    expect(textOf(view.querySelector('[role="alert"]'))).to.include('You may not use the partner console');
    await expect(element).to.be.accessible();
  });

  it('speaks Danish and German, with amounts in the reader’s format', async function () {
    this.timeout(30_000);
    for (const [locale, title, count] of [
      ['da', 'Tilknyttede kunder', 'lukket'],
      ['de', 'Verknüpfte Kunden', 'abgeschlossen'],
    ] as const) {
      const element = await mountConsole({ locale });
      const view = await shownView(element, 'debitura-console-clients');
      await listShown(view);
      expect(textOf(view.querySelector('h3'))).to.equal(title);
      expect(deepText(element)).to.include(count);
      const nav = textOf(element.shadowRoot!.querySelector('nav'));
      expect(nav).to.include(locale === 'da' ? 'Kunder' : 'Kunden');
    }
  });

  it('speaks the locale set right after the element was inserted, as framework wrappers set it', async function () {
    this.timeout(15_000);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1280px"></div>`);
    const element = document.createElement('debitura-partner-console');
    element.setAttribute('api-base', consoleProxyBase);
    element.setAttribute('environment', 'sandbox');
    wrapper.append(element);
    element.locale = 'da';
    await waitFor(
      () => textOf(element.shadowRoot!.querySelector('nav')).includes('Kunder'),
      'the console never spoke Danish',
    );
  });

  it('says what is missing when api-base is not set', async function () {
    const element = await mountConsole({ apiBase: null });
    await waitFor(() => element.shadowRoot!.querySelector('[role="alert"]'), 'no configuration notice');
    expect(textOf(element.shadowRoot!.querySelector('[role="alert"]'))).to.include('not configured');
  });
});
