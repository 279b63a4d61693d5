// The case list against the real sandbox tenant `acme-ready` (about 150 cases over every lifecycle).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { lifecycleStatuses } from '../../src/wire/case.js';
import { core } from '../../src/widget/i18n/en/core.js';
import { cases } from '../../src/widget/i18n/en/cases.js';
import { defaultCaseListState, updateCaseListState } from '../../src/widget/views/cases/case-list-state.js';
import type { CaseListView } from '../../src/widget/views/cases/case-list-view.js';
import {
  button,
  casesContext,
  choose,
  mountList,
  mountWidget,
  rowCells,
  rows,
  shownDetail,
  shownList,
  text,
  waitForDetail,
  waitForList,
  type CasesContext,
} from './cases-harness.js';

const words = cases.list;

function summary(view: CaseListView): string {
  return text(view.shadowRoot!.querySelector('p[role=status]'));
}

function amountOf(cell: string): number {
  return Number(cell.replace(/[^\d.-]/g, ''));
}

describe('case list', () => {
  let context: CasesContext;
  before(async () => {
    context = await casesContext();
  });

  it('pages through every case, 10 at a time, without loading them all', async function () {
    // axe over a page of 100 rows alone takes several seconds on a busy two-core machine.
    this.timeout(30_000);
    const total = (await context.client.listCases({ PageSize: 1 })).page.totalResults ?? 0;
    expect(total).to.be.at.least(150);
    const view = await mountList(context, updateCaseListState(defaultCaseListState, { pageSize: 10 }));
    expect(rows(view)).to.have.length(10);
    expect(summary(view)).to.equal(`1–10 of ${total} cases`);
    const firstPage = rows(view).map((row) => row.querySelector('button')!.dataset.caseId);

    button(view.shadowRoot!, words.pager.next).click();
    await view.updateComplete;
    await waitForList(view);
    expect(summary(view)).to.equal(`11–20 of ${total} cases`);
    const secondPage = rows(view).map((row) => row.querySelector('button')!.dataset.caseId);
    expect(secondPage.filter((id) => firstPage.includes(id))).to.deep.equal([]);

    const pages = Math.ceil(total / 10);
    button(view.shadowRoot!, `Page ${pages}`).click();
    await view.updateComplete;
    await waitForList(view);
    expect(summary(view)).to.equal(`${(pages - 1) * 10 + 1}–${total} of ${total} cases`);
    expect(button(view.shadowRoot!, words.pager.next).disabled).to.equal(true);
    expect(button(view.shadowRoot!, `Page ${pages}`).getAttribute('aria-current')).to.equal('page');

    await choose(view, words.pageSize, '100');
    expect(rows(view)).to.have.length(100);
    expect(summary(view)).to.equal(`1–100 of ${total} cases`);
    await expect(view).to.be.accessible();
  });

  it('filters by each lifecycle status, showing Debitura’s label on every row', async () => {
    const view = await mountList(context, updateCaseListState(defaultCaseListState, { pageSize: 100 }));
    let seen = 0;
    for (const status of lifecycleStatuses) {
      await choose(view, words.status.label, core.status[status]);
      const expected = (await context.client.listCases({ Statuses: [status], PageSize: 1 })).page.totalResults ?? 0;
      if (expected === 0) {
        expect(text(view.shadowRoot!.querySelector('.alert')), status).to.contain(words.noMatch.title);
        continue;
      }
      seen++;
      expect(summary(view), status).to.contain(`of ${expected} cases`);
      const badges = [...view.shadowRoot!.querySelectorAll('[part=status-badge]')].map((badge) => text(badge));
      expect(new Set(badges), status).to.deep.equal(new Set([core.status[status]]));
    }
    expect(seen, 'the sandbox tenant covers most statuses').to.be.at.least(8);

    await choose(view, words.status.label, words.status.open);
    const badges = new Set([...view.shadowRoot!.querySelectorAll('[part=status-badge]')].map((badge) => text(badge)));
    expect(badges.has(core.status.Closed)).to.equal(false);
    expect(badges.has(core.status.Merged)).to.equal(false);
  });

  it('searches by debtor name and by reference, and says so when nothing matches', async () => {
    const view = await mountList(context);
    const sample = (await context.client.listCases({ PageSize: 1, Page: 7 })).cases![0]!;
    const debtor = sample.debtor!.name!;
    const search = view.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;

    search.value = debtor;
    search.dispatchEvent(new Event('input'));
    button(view.shadowRoot!, words.search.submit).click();
    await view.updateComplete;
    await waitForList(view);
    expect(rowCells(view).length).to.be.at.least(1);
    for (const cells of rowCells(view))
      expect(cells[words.columns.debtor]!.toLowerCase()).to.contain(debtor.toLowerCase());

    search.value = sample.reference!;
    search.dispatchEvent(new Event('input'));
    button(view.shadowRoot!, words.search.submit).click();
    await view.updateComplete;
    await waitForList(view);
    expect(rows(view).map((row) => row.querySelector('button')!.dataset.caseId)).to.include(sample.id);

    search.value = 'no-such-debtor-zzzz';
    search.dispatchEvent(new Event('input'));
    button(view.shadowRoot!, words.search.submit).click();
    await view.updateComplete;
    await waitForList(view);
    expect(text(view.shadowRoot!.querySelector('.alert'))).to.contain(words.noMatch.title);
    await expect(view).to.be.accessible();

    button(view.shadowRoot!, words.noMatch.action).click();
    await view.updateComplete;
    await waitForList(view);
    expect(rows(view).length).to.be.greaterThan(0);
  });

  it('sorts by amount, creation date and due date in both directions', async () => {
    const view = await mountList(context, updateCaseListState(defaultCaseListState, { pageSize: 50 }));
    const column = (name: string) => rowCells(view).map((cells) => cells[name]!);
    const isSorted = (values: number[], direction: 'asc' | 'desc') =>
      values.every(
        (value, index) =>
          index === 0 || (direction === 'asc' ? values[index - 1]! <= value : values[index - 1]! >= value),
      );

    await choose(view, words.sort.label, words.sort.GrossAmount.desc);
    expect(isSorted(column(words.columns.amount).map(amountOf), 'desc')).to.equal(true);
    await choose(view, words.sort.label, words.sort.GrossAmount.asc);
    expect(isSorted(column(words.columns.amount).map(amountOf), 'asc')).to.equal(true);

    const dates = (name: string) =>
      column(name)
        .filter(Boolean)
        .map((value) => Date.parse(value));
    await choose(view, words.sort.label, words.sort.DateCreated.asc);
    expect(isSorted(dates(words.columns.created), 'asc')).to.equal(true);
    await choose(view, words.sort.label, words.sort.DateCreated.desc);
    expect(isSorted(dates(words.columns.created), 'desc')).to.equal(true);
    await choose(view, words.sort.label, words.sort.DueDate.asc);
    expect(isSorted(dates(words.columns.due), 'asc')).to.equal(true);
    await choose(view, words.sort.label, words.sort.DueDate.desc);
    expect(isSorted(dates(words.columns.due), 'desc')).to.equal(true);
  });

  it('reports every change of filters, sort and page as a view change carrying the list state', async () => {
    const host = await mountWidget({ listState: { pageSize: 10 } });
    const view = shownList(host)!;
    const changed = oneEvent(host, 'debitura-view-change');
    await choose(view, words.status.label, core.status.Active);
    const event = await changed;
    expect(event.detail.view).to.equal('cases');
    expect(event.detail.state).to.deep.equal({ statuses: ['Active'], pageSize: 10 });
    expect(event.composed, 'reaches the partner page').to.equal(true);

    const paged = oneEvent(host, 'debitura-view-change');
    button(view.shadowRoot!, words.pager.next).click();
    expect((await paged).detail.state).to.deep.equal({ statuses: ['Active'], pageSize: 10, page: 2 });
    expect(host.listState, 'the property reads what the event reported').to.deep.equal({
      statuses: ['Active'],
      pageSize: 10,
      page: 2,
    });
  });

  it('shows skeleton rows while loading and passes axe', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = await casesContext({ fetch: async (input, init) => (await held, fetch(input, init)) });
    const view = document.createElement('debitura-case-list');
    view.context = slow;
    document.body.append(view);
    try {
      await view.updateComplete;
      expect(view.shadowRoot!.querySelectorAll('.skeleton tr').length).to.be.greaterThan(0);
      expect(text(view.shadowRoot!.querySelector('[role=status]'))).to.equal(words.loading);
      await expect(view).to.be.accessible();
      release();
      await waitForList(view);
      expect(rows(view).length).to.equal(defaultCaseListState.pageSize);
    } finally {
      view.remove();
    }
  });

  it('shows an error with a retry that loads the list once Debitura answers again', async () => {
    let failures = 1;
    const flaky = await casesContext({
      fetch: (input, init) => (failures-- > 0 ? Promise.reject(new TypeError('network down')) : fetch(input, init)),
    });
    const errorEvent = new Promise((resolve) => document.addEventListener('debitura-error', resolve, { once: true }));
    const view = await mountList(flaky);
    await errorEvent;
    const alert = view.shadowRoot!.querySelector('[role=alert]');
    expect(text(alert)).to.contain(words.loadFailed);
    expect(text(alert)).to.contain(core.errors.connection.title);
    await expect(view).to.be.accessible();
    button(view.shadowRoot!, core.common.retry).click();
    await view.updateComplete;
    await waitForList(view);
    expect(rows(view).length).to.be.greaterThan(0);
  });

  it('asks again when moved in the page, keeping its rows on screen meanwhile', async () => {
    const asked: string[] = [];
    const counting = await casesContext({
      fetch: (input, init) => {
        const url = input instanceof Request ? input.url : input.toString();
        if (url.includes('/cases?')) asked.push(url);
        return fetch(input, init);
      },
    });
    const view = await mountList(counting);
    const shown = rows(view).length;
    expect(asked).to.have.length(1);
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    try {
      elsewhere.append(view);
      await view.updateComplete;
      expect(rows(view), 'the rows stay while it asks').to.have.length(shown);
      expect(view.shadowRoot!.querySelector('.skeleton')).to.equal(null);
      await waitUntil(() => asked.length === 2, 'not loaded again after the move');
      await waitForList(view);
      expect(rows(view)).to.have.length(shown);
    } finally {
      elsewhere.remove();
    }
  });

  it('offers the way to a new case when the tenant has no cases yet', async () => {
    const empty = await casesContext({
      fetch: async (input, init) =>
        (input instanceof Request ? input.url : String(input)).includes('/cases?')
          ? new Response(
              JSON.stringify({
                page: { totalResults: 0, pageSize: 25, currentPage: 1, responseCount: 0, totalPages: 0 },
                cases: [],
              }),
              {
                headers: { 'Content-Type': 'application/json' },
              },
            )
          : fetch(input, init),
    });
    const view = await mountList(empty);
    expect(text(view.shadowRoot!.querySelector('.alert'))).to.contain(words.empty.title);
    const navigate = oneEvent(view, 'debitura-navigate');
    button(view.shadowRoot!, words.empty.action).click();
    expect(((await navigate) as CustomEvent).detail).to.deep.equal({ view: 'new-case' });
    await expect(view).to.be.accessible();
  });

  it('goes list → case → back with the keyboard alone, keeping page, filter and focus', async () => {
    const host = await mountWidget({ listState: { statuses: 'Active', pageSize: '10' } });
    let list = shownList(host)!;
    button(list.shadowRoot!, words.pager.next).click();
    await list.updateComplete;
    await waitForList(list);
    const rowButton = rows(list)[2]!.querySelector('button')!;
    const caseId = rowButton.dataset.caseId!;
    rowButton.focus();
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => shownDetail(host), 'Enter did not open the case');
    const detail = shownDetail(host)!;
    await waitForDetail(detail);
    expect(detail.caseId).to.equal(caseId);
    expect(detail.shadowRoot!.activeElement?.id, 'focus lands on the case heading').to.equal('case-title');
    await expect(detail).to.be.accessible();

    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(text(detail.shadowRoot!.activeElement)).to.contain(cases.detail.back);
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => shownList(host), 'Enter did not go back');
    list = shownList(host)!;
    await waitForList(list);
    expect(summary(list)).to.match(/^11–/);
    expect(list.shadowRoot!.querySelector<HTMLSelectElement>('#status')!.value).to.equal('Active');
    await waitUntil(
      () => list.shadowRoot!.activeElement instanceof HTMLButtonElement,
      'focus did not return to the row',
    );
    expect((list.shadowRoot!.activeElement as HTMLButtonElement).dataset.caseId).to.equal(caseId);
  });
});
