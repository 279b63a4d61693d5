// The overview against the real sandbox and the real token endpoint: its figures are checked against what the
// Customer API answers at that moment (other test files add cases and payments to the same tenant).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { DebituraViewChangeEvent } from '../../src/widget/events/debitura-events.js';
import { messages as de } from '../../src/widget/i18n/de/index.js';
import { en } from '../../src/widget/i18n/en/index.js';
import '../../src/widget/views/overview/overview-view.js';
import type { OverviewView } from '../../src/widget/views/overview/overview-view.js';
import { caseAmounts } from '../../src/widget/views/cases/case-amounts.js';
import type { InvoiceDto, LifecycleStatus } from '../../src/wire/case.js';
import {
  activatedTenant,
  button,
  casesContext,
  mountWidgetOn,
  shownDetail,
  text,
  type CasesContext,
} from './cases-harness.js';
import { signIn } from './harness.js';
import { expectFitsPhoneAndDesktop, expectRetryAfterServerError, restoreSandboxAndViewport } from './view-checks.js';

const words = en.overview;

async function everyCase(context: CasesContext): Promise<InvoiceDto[]> {
  const cases: InvoiceDto[] = [];
  for (let page = 1; ; page++) {
    const answer = await context.client.listCases({ Page: page, PageSize: 100 });
    cases.push(...(answer.cases ?? []));
    if (page >= (answer.page.totalPages ?? 1)) return cases;
  }
}

async function waitForOverview(view: OverviewView): Promise<void> {
  await waitUntil(
    () => view.shadowRoot?.querySelector('.overview__grid, .alert') && !view.shadowRoot.querySelector('.skeleton'),
    'the overview never loaded',
    { timeout: 15_000 },
  );
}

async function mountOverview(context: CasesContext, fastPolling = false): Promise<OverviewView> {
  const schedule = fastPolling
    ? { initialMs: 300, factor: 1, maxMs: 300 }
    : { initialMs: 120_000, factor: 1, maxMs: 120_000 };
  const view = await fixture<OverviewView>(
    html`<debitura-overview .context=${context} .pollSchedule=${schedule}></debitura-overview>`,
  );
  await waitForOverview(view);
  return view;
}

function money(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount).replace(/\s+/g, ' ');
}

describe('overview view', () => {
  let context: CasesContext;
  before(async () => {
    context = await casesContext();
  });
  afterEach(restoreSandboxAndViewport);

  it('counts open cases per status as the case list does, as bars and as a table', async function () {
    this.timeout(30_000);
    const cases = await everyCase(context);
    const view = await mountOverview(context);
    const open = cases.filter((item) => !['Closed', 'Merged'].includes(item.lifecycle!));
    expect(text(view.shadowRoot!.querySelector('[data-figure=open-cases]'))).to.equal(`${open.length} open cases`);
    const rows = [...view.shadowRoot!.querySelectorAll<HTMLTableRowElement>('#lifecycle-table tbody tr')];
    const counted = new Map<string, number>();
    for (const row of rows) counted.set(row.dataset.status!, Number(text(row.querySelector('td'))));
    for (const status of ['Active', 'LeadsQuoteGiven', 'PendingContractSigning'] as LifecycleStatus[]) {
      const listed = await context.client.listCases({ Statuses: [status], PageSize: 1 });
      expect(counted.get(status), status).to.equal(listed.page.totalResults);
      expect(text(rows.find((row) => row.dataset.status === status)!.querySelector('th'))).to.equal(en.status[status]);
    }
    expect(counted.has('Closed'), 'closed cases are not open').to.equal(false);
    // One bar per row of the table, the longest for the most cases.
    const bars = [...view.shadowRoot!.querySelectorAll<SVGRectElement>('.bars rect')];
    expect(bars).to.have.length(rows.length);
    const most = Math.max(...counted.values());
    const longest = bars.find((bar) => bar.getAttribute('width') === '100')!;
    expect(counted.get(longest.closest<HTMLElement>('.bars__row')!.dataset.status!)).to.equal(most);
    expect(view.shadowRoot!.querySelector('.bars')!.getAttribute('aria-hidden')).to.equal('true');

    // The table is there for screen readers all along; the button shows it to everyone.
    const table = view.shadowRoot!.querySelector('#lifecycle-table')!;
    expect(table.classList.contains('visually-hidden')).to.equal(true);
    button(view.shadowRoot!, words.lifecycle.showTable).click();
    await view.updateComplete;
    expect(table.classList.contains('visually-hidden')).to.equal(false);
    expect(button(view.shadowRoot!, words.lifecycle.hideTable).getAttribute('aria-pressed')).to.equal('true');
    await expect(view).to.be.accessible();
  });

  it('sums outstanding on open cases and recovered on all cases per currency, in German', async function () {
    this.timeout(30_000);
    const cases = await everyCase(context);
    const german = { ...context, messages: de, locale: 'de-DE' };
    const view = await mountOverview(german);
    const expected = new Map<string, { outstanding: number; recovered: number }>();
    for (const item of cases) {
      const amounts = caseAmounts(item);
      const entry = expected.get(item.currency!) ?? { outstanding: 0, recovered: 0 };
      entry.recovered = Math.round((entry.recovered + (amounts.collected ?? 0)) * 100) / 100;
      if (!['Closed', 'Merged'].includes(item.lifecycle!))
        entry.outstanding = Math.round((entry.outstanding + (amounts.outstanding ?? 0)) * 100) / 100;
      expected.set(item.currency!, entry);
    }
    const rows = [...view.shadowRoot!.querySelectorAll<HTMLTableRowElement>('table.money tbody tr')];
    expect(rows.length).to.be.greaterThan(1);
    for (const row of rows) {
      const currency = row.dataset.currency!;
      const sums = expected.get(currency)!;
      expect(text(row.querySelector('[data-amount=outstanding]')), currency).to.equal(
        money(sums.outstanding, currency, 'de-DE'),
      );
      expect(text(row.querySelector('[data-amount=recovered]')), currency).to.equal(
        money(sums.recovered, currency, 'de-DE'),
      );
    }
    expect(text(view.shadowRoot!.querySelector('#money-title'))).to.equal(de.overview.money.heading);
    await expect(view).to.be.accessible();
  });

  it('says how many tasks wait and leads to them; the latest events lead to their cases', async function () {
    this.timeout(30_000);
    const host = await mountWidgetOn('overview', 'overview-test');
    const view = host.shadowRoot!.querySelector<OverviewView>('debitura-overview')!;
    await waitForOverview(view);
    const tasks = (await context.client.listTasks({ status: 'Open', PageSize: 1 })).page.totalResults!;
    expect(text(view.shadowRoot!.querySelector('[data-figure=tasks]'))).to.equal(`${tasks} tasks need your attention`);

    const event = view.shadowRoot!.querySelector<HTMLLIElement>('.events li')!;
    const caseId = event.dataset.caseId!;
    const item = await context.client.getCase(caseId);
    const changed = oneEvent(host, 'debitura-view-change') as Promise<DebituraViewChangeEvent>;
    button(event, `Case ${item.reference}`).click();
    expect((await changed).detail).to.deep.equal({ view: 'case', caseId });
    await waitUntil(() => shownDetail(host), 'the case never opened', { timeout: 8000 });

    host.view = 'overview';
    await waitUntil(() => host.shadowRoot!.querySelector('debitura-overview'), 'the overview never came back');
    const again = host.shadowRoot!.querySelector<OverviewView>('debitura-overview')!;
    await waitForOverview(again);
    const toTasks = oneEvent(host, 'debitura-view-change') as Promise<DebituraViewChangeEvent>;
    button(again.shadowRoot!, words.tasks.open).click();
    expect((await toTasks).detail).to.deep.equal({ view: 'tasks' });
  });

  it('a case filed while the overview is open is counted by itself, and the change is announced', async function () {
    this.timeout(30_000);
    const view = await mountOverview(context, true);
    const before = Number(text(view.shadowRoot!.querySelector('[data-figure=open-cases]')).split(' ')[0]);
    await context.client.createCase(
      {
        currencyCode: 'DKK',
        amountToRecover: 980,
        date: '2026-01-05',
        dueDate: '2026-02-04',
        creditorReference: `OVERVIEW-${Date.now()}`,
        isTest: true,
        debtor: { type: 'Company', name: 'Lund Bageri ApS', address: 'Bygade 1', city: 'Odense', countryAlpha2: 'DK' },
      },
      { idempotencyKey: crypto.randomUUID() },
    );
    await waitUntil(
      () => text(view.shadowRoot!.querySelector('[data-figure=open-cases]')) === `${before + 1} open cases`,
      'the new case was never counted',
      { timeout: 15_000 },
    );
    expect(text(view.shadowRoot!.querySelector('[aria-live]'))).to.equal(words.updated);
  });

  it('a 500 shows an error with a retry and tells the page; the retry loads the overview', async () => {
    await expectRetryAfterServerError(
      () => mountOverview(context),
      words.loadFailed,
      (view) => view.shadowRoot!.querySelector('.overview__grid'),
    );
  });

  it('a tenant without cases is invited to start one', async () => {
    const fresh = await activatedTenant('unlinked-instant');
    const view = await mountOverview(fresh);
    expect(text(view.shadowRoot!.querySelector('.empty'))).to.contain(words.empty.title);
    const asked = oneEvent(view, 'debitura-navigate');
    button(view.shadowRoot!, words.empty.newCase).click();
    expect((await asked).detail).to.deep.equal({ view: 'new-case' });
    await expect(view).to.be.accessible();
    await signIn('acme-ready');
  });

  it('fits a phone and a desktop: nothing scrolls sideways', async function () {
    this.timeout(40_000);
    await expectFitsPhoneAndDesktop(
      () => mountOverview(context),
      (view) => view.shadowRoot!.querySelectorAll('.card'),
    );
  });
});
