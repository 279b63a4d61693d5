// "Needs your attention" against the real sandbox and the real token endpoint: the sandbox derives each tenant's
// tasks from its cases (an unanswered partner message is a ReplyToChat task until the creditor replies), so what
// the view shows is checked against what GET /tasks answers at that moment.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { DebituraActionRequiredEvent, DebituraViewChangeEvent } from '../../src/widget/events/debitura-events.js';
import { messages as da } from '../../src/widget/i18n/da/index.js';
import { en } from '../../src/widget/i18n/en/index.js';
import type { DebituraCollect, DebituraReadyEvent } from '../../src/widget/index.js';
import '../../src/widget/views/tasks/tasks-view.js';
import type { TasksView } from '../../src/widget/views/tasks/tasks-view.js';
import type { TaskDto } from '../../src/wire/tasks.js';
import {
  casesContext,
  shownDetail,
  shownList,
  text,
  waitForDetail,
  waitForList,
  type CasesContext,
} from './cases-harness.js';
import { freshTokenEndpoint, signIn, tokenEndpoint } from './harness.js';
import { expectFitsPhoneAndDesktop, expectRetryAfterServerError, restoreSandboxAndViewport } from './view-checks.js';

async function openTasks(context: CasesContext): Promise<TaskDto[]> {
  return (await context.client.listTasks({ status: 'Open', PageSize: 100 })).tasks ?? [];
}

async function mountTasks(context: CasesContext, fastPolling = false): Promise<TasksView> {
  const view = await fixture<TasksView>(html`
    <debitura-tasks
      .context=${context}
      .pollSchedule=${fastPolling ? { initialMs: 200, factor: 1, maxMs: 200 } : { initialMs: 60_000, factor: 1, maxMs: 60_000 }}
    ></debitura-tasks>
  `);
  await waitForTasks(view);
  return view;
}

async function waitForTasks(view: TasksView): Promise<void> {
  await waitUntil(
    () => view.shadowRoot?.querySelector('.list, .alert') && !view.shadowRoot.querySelector('.skeleton'),
    'the tasks never loaded',
    { timeout: 8000 },
  );
}

function shownTasks(view: TasksView): HTMLLIElement[] {
  return [...view.shadowRoot!.querySelectorAll<HTMLLIElement>('li.task')];
}

function buttonIn(root: ParentNode, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].filter((candidate) => text(candidate) === label);
  if (found.length !== 1) throw new Error(`expected one button "${label}", found ${found.length}`);
  return found[0]!;
}

/** The real widget on the tasks view, in `locale`, with its own token cache. */
async function mountWidgetOnTasks(locale = 'en'): Promise<{ host: DebituraCollect; view: TasksView }> {
  await signIn('acme-ready');
  const host = document.createElement('debitura-collect');
  host.setAttribute('environment', 'sandbox');
  host.setAttribute('locale', locale);
  host.setAttribute('token-endpoint', freshTokenEndpoint('tasks-test'));
  host.setAttribute('view', 'tasks');
  const ready = oneEvent(host, 'debitura-ready') as Promise<DebituraReadyEvent>;
  (await fixture(html`<div></div>`)).append(host);
  expect((await ready).detail.view).to.equal('tasks');
  const view = host.shadowRoot!.querySelector<TasksView>('debitura-tasks')!;
  await waitForTasks(view);
  return { host, view };
}

describe('tasks view', () => {
  let context: CasesContext;
  before(async () => {
    context = await casesContext();
  });
  afterEach(restoreSandboxAndViewport);

  it('lists every open task of the tenant with the widget’s Danish words for each type', async function () {
    // axe over a few dozen tasks takes several seconds on a busy two-core machine.
    this.timeout(30_000);
    const danish = { ...context, messages: da, locale: 'da-DK' };
    const expected = await openTasks(context);
    expect(expected.length, 'the seed has open tasks').to.be.greaterThan(5);
    const view = await mountTasks(danish);
    const shown = shownTasks(view);
    expect(shown.map((item) => item.dataset.taskId).sort()).to.deep.equal(expected.map((task) => task.id).sort());
    const all = text(view);
    expect(all).to.contain(`${expected.length} opgaver kræver din handling`);
    for (const task of expected) {
      const item = shown.find((candidate) => candidate.dataset.taskId === task.id)!;
      expect(text(item.querySelector('.task__type'))).to.equal(
        da.tasks.types[task.type as keyof typeof da.tasks.types],
      );
      expect(text(item)).to.contain(task.title!);
      if (task.caseReference) expect(text(item)).to.contain(`Sag ${task.caseReference}`);
    }
    // Debitura's enum names and English labels never reach the reader.
    expect(all).not.to.match(/ReplyToChat|SelectQuoteWinner|AssignBankAccount|Reply to chat/);
    expect(text(shown.find((item) => text(item).includes(da.tasks.types.ReplyToChat)))).to.contain('Svar');
    expect(all).to.contain('Ingen frist');
    await expect(view).to.be.accessible();
  });

  it('fits a phone and a desktop: nothing scrolls sideways, every action reachable', async function () {
    this.timeout(30_000);
    await expectFitsPhoneAndDesktop(() => mountTasks(context), shownTasks);
  });

  it('Reply opens the case’s messages in the widget, with the cursor in the reply box', async () => {
    const { host, view } = await mountWidgetOnTasks();
    const reply = shownTasks(view).find((item) => text(item).includes(en.tasks.types.ReplyToChat))!;
    const task = (await openTasks(context)).find((candidate) => candidate.id === reply.dataset.taskId)!;
    const changed = oneEvent(host, 'debitura-view-change') as Promise<DebituraViewChangeEvent>;
    buttonIn(reply, en.tasks.reply).click();
    expect((await changed).detail).to.deep.equal({ view: 'case', caseId: task.caseId });
    await waitUntil(() => shownDetail(host), 'the case never opened', { timeout: 8000 });
    const detail = shownDetail(host)!;
    await waitForDetail(detail);
    const messages = detail.shadowRoot!.querySelector('debitura-case-messages')!;
    await waitUntil(
      () => detail.shadowRoot!.activeElement === messages && messages.shadowRoot!.activeElement?.tagName === 'TEXTAREA',
      'the reply box never got the focus',
    );
    expect(text(detail)).to.contain(task.caseReference!);
  });

  it('other tasks open Debitura’s page for them, announced first so the partner page can present it itself', async () => {
    const view = await mountTasks(context);
    const tasks = await openTasks(context);
    const heard: DebituraActionRequiredEvent[] = [];
    view.addEventListener('debitura-action-required', (event) => {
      heard.push(event as DebituraActionRequiredEvent);
      event.preventDefault();
    });
    for (const [type, kind] of [
      ['SelectQuoteWinner', 'task'],
      ['SignContract', 'signing'],
    ] as const) {
      const task = tasks.find((candidate) => candidate.type === type)!;
      const item = shownTasks(view).find((candidate) => candidate.dataset.taskId === task.id)!;
      const link = item.querySelector<HTMLAnchorElement>('a.button')!;
      expect(text(link)).to.equal(en.tasks.openAtDebitura);
      expect(link.href).to.equal(task.solutionUrl);
      expect(link.target).to.equal('_blank');
      link.click();
      expect(heard.at(-1)!.detail).to.deep.equal({ kind, url: task.solutionUrl, reasons: [type] });
      await view.updateComplete;
      expect(item.querySelector('a.button'), 'the partner presents it instead').to.equal(null);
      expect(text(item)).to.contain(en.tasks.presentedByPartner);
    }
    await expect(view).to.be.accessible();
  });

  it('the case reference opens the case; the case list counts the tasks and leads to them', async () => {
    const { host, view } = await mountWidgetOnTasks();
    const withCase = shownTasks(view).find((item) => item.querySelector('.link-button'))!;
    const task = (await openTasks(context)).find((candidate) => candidate.id === withCase.dataset.taskId)!;
    buttonIn(withCase, `Case ${task.caseReference}`).click();
    await waitUntil(() => shownDetail(host), 'the case never opened', { timeout: 8000 });
    expect(host.caseId).to.equal(task.caseId);

    host.view = 'cases';
    await waitUntil(() => shownList(host), 'the list never showed', { timeout: 8000 });
    const list = shownList(host)!;
    await waitForList(list);
    const total = (await openTasks(context)).length;
    const notice = `${total} tasks need your attention`;
    await waitUntil(() => text(list).includes(notice), 'no count of the tasks', { timeout: 8000 });
    const changed = oneEvent(host, 'debitura-view-change') as Promise<DebituraViewChangeEvent>;
    buttonIn(list.shadowRoot!, notice).click();
    expect((await changed).detail).to.deep.equal({ view: 'tasks' });
    await waitUntil(() => host.shadowRoot!.querySelector('debitura-tasks'), 'the tasks never showed', {
      timeout: 8000,
    });
  });

  it('a case row with open tasks carries their count', async function () {
    // A page of 100 rows, as the case list's own tests: axe over it alone takes several seconds.
    this.timeout(30_000);
    const tasks = await openTasks(context);
    const counts = new Map<string, number>();
    for (const task of tasks) if (task.caseId) counts.set(task.caseId, (counts.get(task.caseId) ?? 0) + 1);
    await signIn('acme-ready');
    const host = document.createElement('debitura-collect');
    host.setAttribute('environment', 'sandbox');
    host.setAttribute('locale', 'en');
    host.setAttribute('token-endpoint', freshTokenEndpoint('tasks-badge'));
    host.setAttribute('view', 'cases');
    // Other test files add cases without tasks to this tenant, newest first: search for one that has tasks.
    const tasked = tasks.find((task) => task.caseId && task.caseReference);
    expect(tasked, 'the sandbox seeds tasks on acme-ready cases').to.not.equal(undefined);
    host.listState = { pageSize: 100, query: tasked!.caseReference! };
    (await fixture(html`<div></div>`)).append(host);
    await waitUntil(() => shownList(host), 'the list never showed', { timeout: 8000 });
    const list = shownList(host)!;
    await waitForList(list);
    await waitUntil(() => list.shadowRoot!.querySelector('.task-badge'), 'no badge on any row', { timeout: 8000 });
    const rowsShown = [...list.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    let badged = 0;
    for (const row of rowsShown) {
      const caseId = row.querySelector<HTMLElement>('[data-case-id]')!.dataset.caseId!;
      const badge = row.querySelector('.task-badge');
      const count = counts.get(caseId);
      if (!count) expect(badge, caseId).to.equal(null);
      else {
        badged++;
        expect(text(badge)).to.equal(count === 1 ? '1 task' : `${count} tasks`);
      }
    }
    expect(badged).to.be.greaterThan(0);
    await expect(list).to.be.accessible();
  });

  it('a task disappears once it is resolved: the creditor’s reply in the chat clears it at the next refresh', async () => {
    const view = await mountTasks(context, true);
    const task = (await openTasks(context)).find((candidate) => candidate.type === 'ReplyToChat')!;
    expect(shownTasks(view).some((item) => item.dataset.taskId === task.id)).to.equal(true);
    const before = shownTasks(view).length;
    const me = await context.client.listTeamUsers();
    await context.client.sendChat(task.caseId!, {
      message: 'Thanks, we will send the copy today.',
      userEmail: me[0]!.email!,
    });
    await waitUntil(
      () => !shownTasks(view).some((item) => item.dataset.taskId === task.id),
      'the resolved task stayed on screen',
      { timeout: 8000 },
    );
    expect(shownTasks(view)).to.have.length(before - 1);
    expect(text(view.shadowRoot!.querySelector('[aria-live]'))).to.equal(en.tasks.updated);
    await expect(view).to.be.accessible();
  });

  it('a tenant without tasks is told nothing needs its attention', async () => {
    await signIn('unlinked-instant');
    await fetch(tokenEndpoint, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ intent: 'activate' }),
    });
    const fresh = await casesContext({ tenant: 'unlinked-instant' });
    expect(await openTasks(fresh)).to.deep.equal([]);
    const view = await mountTasks(fresh);
    expect(shownTasks(view)).to.have.length(0);
    expect(text(view.shadowRoot!.querySelector('.empty'))).to.contain(en.tasks.empty.title);
    await expect(view).to.be.accessible();
    await signIn('acme-ready');
  });

  it('a 500 shows an error with a retry and tells the page; the retry loads the tasks', async () => {
    await expectRetryAfterServerError(
      () => mountTasks(context),
      en.tasks.loadFailed,
      (view) => shownTasks(view).length > 0,
    );
  });

  it('leaves no timer behind: a disconnected view asks Debitura nothing more', async () => {
    let asked = 0;
    const counting = await casesContext({
      fetch: (input, init) => {
        const url = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
        if (url.includes('/tasks')) asked++;
        return fetch(input, init);
      },
    });
    const view = await mountTasks(counting, true);
    await waitUntil(() => asked >= 2, 'the view never refreshed', { timeout: 8000 });
    view.remove();
    const after = asked;
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(asked).to.equal(after);
  });
});
