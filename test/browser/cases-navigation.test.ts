// Navigation both ways between <debitura-collect> and the partner page: the partner sets `view`, `case-id` and
// `listState` (from its URL) without hearing its own change back; the user's moves come out as
// `debitura-view-change`; with a URL pattern for cases, rows are real links.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { core } from '../../src/widget/i18n/en/core.js';
import { cases } from '../../src/widget/i18n/en/cases.js';
import type { ViewChangeDetail } from '../../src/widget/index.js';
import type { CaseListView } from '../../src/widget/views/cases/case-list-view.js';
import {
  button,
  mountWidget,
  rowCells,
  rows,
  shownDetail,
  shownList,
  text,
  waitForDetail,
  waitForList,
} from './cases-harness.js';

const words = cases.list;

function summary(view: CaseListView): string {
  return text(view.shadowRoot!.querySelector('p[role=status]'));
}

function rowIds(view: CaseListView): string[] {
  return rows(view).map((row) => row.querySelector<HTMLElement>('[data-case-id]')!.dataset.caseId!);
}

function select(view: CaseListView, id: string): HTMLSelectElement {
  return view.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
}

describe('navigation and list state', () => {
  it('reports nothing when the partner sets view, case-id or listState in code', async () => {
    const host = await mountWidget();
    const heard: ViewChangeDetail[] = [];
    host.addEventListener('debitura-view-change', (event) => heard.push(event.detail));
    const caseId = rowIds(shownList(host)!)[0]!;

    host.caseId = caseId;
    host.view = 'case';
    await waitUntil(() => shownDetail(host), 'the case is not shown');
    await waitForDetail(shownDetail(host)!);

    host.listState = { page: '2' };
    host.setAttribute('view', 'cases');
    await waitUntil(() => shownList(host), 'the list is not shown');
    await waitForList(shownList(host)!);
    expect(summary(shownList(host)!)).to.match(/^26–50 of /);

    host.listState = { statuses: ['Active'] };
    await waitUntil(() => select(shownList(host)!, 'status').value === 'Active', 'the new state is not shown');
    await waitForList(shownList(host)!);

    host.view = 'new-case';
    await waitUntil(() => host.shadowRoot!.querySelector('debitura-new-case'), 'the form is not shown');
    expect(heard, 'changes made in code are not user navigation').to.deep.equal([]);
  });

  it('reports each move the user makes: a case opened, back to the list, a new case', async () => {
    const host = await mountWidget({ listState: { pageSize: 10 } });
    const list = shownList(host)!;
    const caseId = rowIds(list)[1]!;

    const opened = oneEvent(host, 'debitura-view-change');
    rows(list)[1]!.querySelector('button')!.click();
    expect((await opened).detail).to.deep.equal({ view: 'case', caseId });
    expect(host.view).to.equal('case');
    expect(host.caseId).to.equal(caseId);
    await waitUntil(() => shownDetail(host), 'the case is not shown');
    const detail = shownDetail(host)!;
    await waitForDetail(detail);

    const back = oneEvent(host, 'debitura-view-change');
    button(detail.shadowRoot!, `← ${cases.detail.back}`).click();
    const backDetail = (await back).detail;
    expect(backDetail.view).to.equal('cases');
    expect(backDetail.state).to.deep.include({ pageSize: 10, opened: caseId });
    await waitUntil(() => shownList(host), 'the list is not back');
    await waitForList(shownList(host)!);

    const newCase = oneEvent(host, 'debitura-view-change');
    button(shownList(host)!.shadowRoot!, words.newCase).click();
    expect((await newCase).detail).to.deep.equal({ view: 'new-case' });
  });

  it('restores filter, sort, page and page size from listState as a partner reads it from its URL', async () => {
    const fromUrl = Object.fromEntries(new URLSearchParams('statuses=active&sort=GrossAmount:asc&page=2&pageSize=10'));
    const host = await mountWidget({ listState: fromUrl });
    const list = shownList(host)!;
    expect(summary(list)).to.match(/^11–20 of /);
    expect(select(list, 'status').value).to.equal('Active');
    expect(select(list, 'sort').value).to.equal('GrossAmount:asc');
    expect(select(list, 'page-size').value).to.equal('10');
    expect(button(list.shadowRoot!, 'Page 2').getAttribute('aria-current')).to.equal('page');
    const badges = new Set([...list.shadowRoot!.querySelectorAll('[part=status-badge]')].map((badge) => text(badge)));
    expect([...badges]).to.deep.equal([core.status.Active]);
    const amounts = rowCells(list).map((cells) => Number(cells[words.columns.amount]!.replace(/[^\d.-]/g, '')));
    expect(amounts.every((amount, index) => index === 0 || amounts[index - 1]! <= amount)).to.equal(true);
    expect(host.listState, 'read back in the form debitura-view-change reports').to.deep.equal({
      statuses: ['Active'],
      sort: 'GrossAmount:asc',
      page: 2,
      pageSize: 10,
    });
    await expect(host).to.be.accessible();
  });

  it('makes case rows links from the partner’s URL pattern, left to the browser for a new tab', async () => {
    const host = await mountWidget({ caseUrlPattern: '/collections/cases/{caseId}?tab=overview' });
    const list = shownList(host)!;
    const links = rows(list).map((row) => row.querySelector<HTMLAnchorElement>('a.row-link'));
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) {
      const caseId = link!.dataset.caseId!;
      expect(link!.href).to.equal(
        new URL(`/collections/cases/${encodeURIComponent(caseId)}?tab=overview`, location.href).href,
      );
    }
    await expect(host).to.be.accessible();

    // Ctrl-click (a new tab) is the browser's: the widget neither cancels it nor changes view.
    const first = links[0]!;
    let cancelledByWidget: boolean | null = null;
    const stopTheNewTab = (event: Event) => {
      cancelledByWidget = event.defaultPrevented;
      event.preventDefault();
    };
    const heard: ViewChangeDetail[] = [];
    host.addEventListener('debitura-view-change', (event) => heard.push(event.detail));
    window.addEventListener('click', stopTheNewTab);
    try {
      first.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
    } finally {
      window.removeEventListener('click', stopTheNewTab);
    }
    expect(cancelledByWidget).to.equal(false);
    expect(heard).to.deep.equal([]);
    expect(host.view).to.equal('cases');

    // A plain click opens the case inside the widget, and the partner page hears where the user went.
    const opened = oneEvent(host, 'debitura-view-change');
    first.click();
    expect((await opened).detail).to.deep.equal({ view: 'case', caseId: first.dataset.caseId });
    await waitUntil(() => shownDetail(host), 'the case is not shown');
    expect(location.pathname, 'the page itself did not navigate').not.to.contain('/collections/cases/');
  });

  it('keeps rows as buttons when the pattern is not a web address', async () => {
    const host = await mountWidget({ caseUrlPattern: 'javascript:alert(1)//{caseId}' });
    const list = shownList(host)!;
    expect(list.shadowRoot!.querySelector('a.row-link')).to.equal(null);
    expect(rows(list)[0]!.querySelector('button.row-link')).to.not.equal(null);
  });
});
