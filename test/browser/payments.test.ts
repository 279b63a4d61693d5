// "Recovered money" against the real sandbox and the real token endpoint: GET /Payments summed per currency, a
// date range, screen pages, each payment's case and its detail. What the view shows is checked against what the
// Customer API answers at that moment, since other test files record payments on the same tenant.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { DebituraViewChangeEvent } from '../../src/widget/events/debitura-events.js';
import { messages as da } from '../../src/widget/i18n/da/index.js';
import { en } from '../../src/widget/i18n/en/index.js';
import { calendarDay } from '../../src/widget/views/payments/payment-ledger.js';
import { PaymentsViewMemory } from '../../src/widget/views/payments/payments-memory.js';
import '../../src/widget/views/payments/payments-view.js';
import type { PaymentsView } from '../../src/widget/views/payments/payments-view.js';
import type { PaymentDto } from '../../src/wire/case-resources.js';
import {
  activatedTenant,
  advanceCase,
  button,
  casesContext,
  shownDetail,
  text,
  waitForDetail,
  mountWidgetOn,
  type CasesContext,
} from './cases-harness.js';
import { signIn } from './harness.js';
import { expectFitsPhoneAndDesktop, expectRetryAfterServerError, restoreSandboxAndViewport } from './view-checks.js';

const words = en.payments;

async function allPayments(context: CasesContext): Promise<PaymentDto[]> {
  return (await context.client.listAccountPayments({ PageSize: 100 })).payments ?? [];
}

function money(amount: number, currency: string, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount).replace(/\s+/g, ' ');
}

function sums(payments: readonly PaymentDto[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const payment of payments) {
    totals.set(
      payment.currency!,
      Math.round(((totals.get(payment.currency!) ?? 0) + payment.grossAmount!) * 100) / 100,
    );
  }
  return totals;
}

async function waitForPayments(view: PaymentsView): Promise<void> {
  await waitUntil(
    () => view.shadowRoot?.querySelector('table, .alert') && !view.shadowRoot.querySelector('.skeleton'),
    'the payments never loaded',
    { timeout: 8000 },
  );
}

async function mountPayments(
  context: CasesContext,
  options: { fastPolling?: boolean; memory?: PaymentsViewMemory } = {},
): Promise<PaymentsView> {
  const view = await fixture<PaymentsView>(html`
    <debitura-payments
      .context=${context}
      .memory=${options.memory ?? new PaymentsViewMemory()}
      .pollSchedule=${options.fastPolling ? { initialMs: 200, factor: 1, maxMs: 200 } : { initialMs: 60_000, factor: 1, maxMs: 60_000 }}
    ></debitura-payments>
  `);
  await waitForPayments(view);
  return view;
}

function rowsOf(view: PaymentsView): HTMLTableRowElement[] {
  return [...view.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tr.payment')];
}

function totalsShown(view: PaymentsView): Map<string, string> {
  return new Map(
    [...view.shadowRoot!.querySelectorAll<HTMLElement>('.totals__list li')].map((item) => [
      item.dataset.currency!,
      text(item.querySelector('.totals__amount')),
    ]),
  );
}

async function setRange(view: PaymentsView, end: 'from' | 'to', value: string): Promise<void> {
  const input = view.shadowRoot!.querySelector<HTMLInputElement>(`#range-${end}`)!;
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await view.updateComplete;
}

describe('payments view', () => {
  let context: CasesContext;
  before(async () => {
    context = await casesContext();
  });
  afterEach(restoreSandboxAndViewport);

  it('lists the newest payments first and totals every currency as GET /Payments has them', async () => {
    const payments = await allPayments(context);
    expect(payments.length, 'the sandbox seeds payments').to.be.greaterThan(20);
    const view = await mountPayments(context);
    const rows = rowsOf(view);
    expect(rows).to.have.length(20);
    expect(rows.map((row) => row.dataset.paymentId)).to.deep.equal(payments.slice(0, 20).map((payment) => payment.id));
    const first = payments[0]!;
    expect(text(rows[0]!.querySelector('.payment__amount'))).to.equal(money(first.grossAmount!, first.currency!));
    expect(text(rows[0]!.querySelector('.payment__case'))).to.equal(`Case ${first.invoice.reference}`);
    expect(text(view.shadowRoot!.querySelector('#totals-title'))).to.equal(words.totals.heading);
    const shown = totalsShown(view);
    const expected = sums(payments);
    expect([...shown.keys()].sort()).to.deep.equal([...expected.keys()].sort());
    for (const [currency, amount] of expected) expect(shown.get(currency), currency).to.equal(money(amount, currency));
    await expect(view).to.be.accessible();
  });

  it('narrows to a date range in Danish: only its payments, totals over them, and it says which dates', async () => {
    const danish = { ...context, messages: da, locale: 'da-DK' };
    const payments = await allPayments(context);
    const days = payments.map((payment) => calendarDay(payment.date)!).sort();
    const from = days[Math.floor(days.length / 3)]!;
    const to = days[Math.floor((days.length * 2) / 3)]!;
    const inRange = payments.filter((payment) => {
      const day = calendarDay(payment.date)!;
      return day >= from && day <= to;
    });
    const view = await mountPayments(danish);
    await setRange(view, 'from', from);
    await setRange(view, 'to', to);
    const date = (day: string) =>
      new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
    expect(text(view.shadowRoot!.querySelector('#totals-title'))).to.equal(
      `Inddrevet fra ${date(from)} til ${date(to)}`,
    );
    const shown = rowsOf(view).map((row) => row.dataset.paymentId);
    expect(shown).to.deep.equal(inRange.slice(0, 20).map((payment) => payment.id));
    const totals = totalsShown(view);
    for (const [currency, amount] of sums(inRange))
      expect(totals.get(currency)).to.equal(money(amount, currency, 'da-DK'));
    // Methods and recipients in the widget's Danish words, not as Debitura sends them.
    expect(text(view)).to.contain(da.cases.detail.payments.methods['Bank transfer']);
    expect(text(view)).not.to.match(/Bank transfer|Collection partner/);
    await expect(view).to.be.accessible();

    button(view.shadowRoot!, da.payments.range.clear).click();
    await view.updateComplete;
    expect(text(view.shadowRoot!.querySelector('#totals-title'))).to.equal(da.payments.totals.heading);
  });

  it('refuses an end before the start at the fields and keeps showing what was shown', async () => {
    const view = await mountPayments(context);
    const before = rowsOf(view).map((row) => row.dataset.paymentId);
    await setRange(view, 'from', '2026-06-10');
    await setRange(view, 'to', '2026-06-01');
    const to = view.shadowRoot!.querySelector<HTMLInputElement>('#range-to')!;
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    const problem = view.shadowRoot!.getElementById(to.getAttribute('aria-describedby')!)!;
    expect(text(problem)).to.equal(words.range.reversed);
    expect(to.value, 'what the user typed stays').to.equal('2026-06-01');
    await setRange(view, 'from', '');
    await setRange(view, 'to', '');
    expect(rowsOf(view).map((row) => row.dataset.paymentId)).to.deep.equal(before);
    await expect(view).to.be.accessible();
  });

  it('pages through the payments, twenty at a time, with the case list’s pager', async () => {
    const payments = await allPayments(context);
    const view = await mountPayments(context);
    const pages = Math.ceil(payments.length / 20);
    expect(text(view.shadowRoot!.querySelector('.pager'))).to.contain(`Page 1 of ${pages}`);
    button(view.shadowRoot!, words.pager.next).click();
    await view.updateComplete;
    expect(rowsOf(view).map((row) => row.dataset.paymentId)).to.deep.equal(
      payments.slice(20, 40).map((payment) => payment.id),
    );
    expect(text(view.shadowRoot!.querySelector('.pager'))).to.contain(`Page 2 of ${pages}`);
    expect(text(view.shadowRoot!.querySelector('.pager [aria-current=page]')), 'the page numbers follow').to.equal('2');
    expect(view.shadowRoot!.activeElement?.id, 'the reader lands on the new page').to.equal('payments-table-caption');
  });

  it('shows a payment’s detail from GET /Payments/{id}, focused, and gives the focus back on close', async () => {
    const payments = await allPayments(context);
    const chosen = payments[1]!;
    const detail = await context.client.getAccountPayment(chosen.id!);
    const view = await mountPayments(context);
    const row = rowsOf(view).find((candidate) => candidate.dataset.paymentId === chosen.id)!;
    const details = row.querySelector<HTMLButtonElement>('.payment__details')!;
    details.click();
    await waitUntil(() => view.shadowRoot!.querySelector('.payment-detail dl'), 'the detail never showed');
    const panel = view.shadowRoot!.querySelector('.payment-detail')!;
    const field = (name: string) => text(panel.querySelector(`[data-field=${name}]`));
    expect(field('amount')).to.equal(money(detail.grossAmount!, detail.currency!));
    expect(field('case')).to.equal(`Case ${detail.invoice.reference}`);
    expect(field('id')).to.equal(detail.id);
    expect(field('method')).to.equal(en.cases.detail.payments.methods['Bank transfer']);
    await waitUntil(() => view.shadowRoot!.activeElement?.id === 'payment-detail-title', 'the detail never got focus');
    expect(details.getAttribute('aria-expanded')).to.equal('true');
    await expect(view).to.be.accessible();
    button(panel, words.detail.close).click();
    await waitUntil(() => view.shadowRoot!.activeElement === details, 'the focus never came back');
    expect(view.shadowRoot!.querySelector('.payment-detail')).to.equal(null);
  });

  it('a payment’s case opens in the widget, reported as the user’s move', async () => {
    const host = await mountWidgetOn('payments', 'payments-test');
    const view = host.shadowRoot!.querySelector<PaymentsView>('debitura-payments')!;
    await waitForPayments(view);
    const row = rowsOf(view)[0]!;
    const payment = (await allPayments(context)).find((candidate) => candidate.id === row.dataset.paymentId)!;
    const changed = oneEvent(host, 'debitura-view-change') as Promise<DebituraViewChangeEvent>;
    button(row, `Case ${payment.invoice.reference}`).click();
    expect((await changed).detail).to.deep.equal({ view: 'case', caseId: payment.invoice.invoiceId });
    await waitUntil(() => shownDetail(host), 'the case never opened', { timeout: 8000 });
    await waitForDetail(shownDetail(host)!);
    expect(text(shownDetail(host)!)).to.contain(payment.invoice.reference!);

    // The date range outlives the trip to the case and back.
    host.view = 'payments';
    await waitUntil(() => host.shadowRoot!.querySelector('debitura-payments'), 'the payments never came back');
    const again = host.shadowRoot!.querySelector<PaymentsView>('debitura-payments')!;
    await waitForPayments(again);
    await setRange(again, 'from', '2026-01-01');
    host.view = 'cases';
    await waitUntil(() => !host.shadowRoot!.querySelector('debitura-payments'));
    host.view = 'payments';
    await waitUntil(() => host.shadowRoot!.querySelector('debitura-payments'));
    const third = host.shadowRoot!.querySelector<PaymentsView>('debitura-payments')!;
    await waitForPayments(third);
    expect(third.shadowRoot!.querySelector<HTMLInputElement>('#range-from')!.value).to.equal('2026-01-01');
  });

  it('a payment recorded while the view is open appears by itself and is announced', async () => {
    const view = await mountPayments(context, { fastPolling: true });
    const created = await context.client.createCase(
      {
        currencyCode: 'DKK',
        amountToRecover: 4321.5,
        date: '2026-01-05',
        dueDate: '2026-02-04',
        creditorReference: `PAY-${Date.now()}`,
        isTest: true,
        debtor: { type: 'Company', name: 'Skov Møbler ApS', address: 'Torvet 2', city: 'Vejle', countryAlpha2: 'DK' },
      },
      { idempotencyKey: crypto.randomUUID() },
    );
    await advanceCase(context, created.id!, { to: 'Active' });
    await advanceCase(context, created.id!, { to: 'Closed:Paid', amount: 4321.5 });
    const payment = (await allPayments(context)).find((candidate) => candidate.invoice.invoiceId === created.id)!;
    await waitUntil(
      () => rowsOf(view).some((row) => row.dataset.paymentId === payment.id),
      'the new payment never showed',
      { timeout: 8000 },
    );
    expect(text(view.shadowRoot!.querySelector('[aria-live]'))).to.equal(words.updated);
  });

  it('a 500 shows an error with a retry and tells the page; the retry loads the payments', async () => {
    await expectRetryAfterServerError(
      () => mountPayments(context),
      words.loadFailed,
      (view) => rowsOf(view).length > 0,
    );
  });

  it('asks again when put back on the page', async () => {
    let asked = 0;
    const counting = await casesContext({
      fetch: (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if (url.includes('/Payments')) asked++;
        return fetch(input, init);
      },
    });
    const view = await mountPayments(counting);
    const first = asked;
    const parent = view.parentElement!;
    view.remove();
    parent.append(view);
    await waitUntil(() => asked > first, 'the view never asked again');
    await waitForPayments(view);
    expect(rowsOf(view).length).to.be.greaterThan(0);
  });

  it('a tenant without payments is told none came in yet', async () => {
    const fresh = await activatedTenant('unlinked-instant');
    expect(await allPayments(fresh)).to.deep.equal([]);
    const view = await mountPayments(fresh);
    expect(text(view.shadowRoot!.querySelector('.empty'))).to.contain(words.empty.title);
    expect(view.shadowRoot!.querySelector('.range'), 'no range without payments').to.equal(null);
    await expect(view).to.be.accessible();
    await signIn('acme-ready');
  });

  it('fits a phone and a desktop: nothing scrolls sideways, each payment readable', async function () {
    this.timeout(30_000);
    await expectFitsPhoneAndDesktop(() => mountPayments(context), rowsOf);
  });
});
