// What the case detail adds about the collection engagement, against the real sandbox tenant `acme-ready`: the
// case's own tasks, the quote requests with the partners' quotes, and the exclusive collection period. Each is
// checked against what the Customer API answers for the same case at that moment. Cases are found by status,
// never by position: other test files add cases to the same tenant.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { DebituraActionRequiredEvent } from '../../src/widget/events/debitura-events.js';
import { messages as da } from '../../src/widget/i18n/da/index.js';
import { en } from '../../src/widget/i18n/en/index.js';
import type { CaseDetailView } from '../../src/widget/views/case-detail/case-detail-view.js';
import { button, casesContext, findCases, mountDetail, text, type CasesContext } from './cases-harness.js';

const words = en.engagement;

function section(view: CaseDetailView, selector: string): Element | null {
  return view.shadowRoot!.querySelector(selector);
}

async function waitForSection(view: CaseDetailView, selector: string): Promise<Element> {
  await waitUntil(() => section(view, selector), `no ${selector} section`, { timeout: 8000 });
  return section(view, selector)!;
}

describe('case detail: tasks, quotes and the exclusive period', () => {
  let context: CasesContext;
  before(async () => {
    context = await casesContext();
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('a case awaiting quote selection shows each quote: partner, agreement, price, proposal, status', async () => {
    const item = (await findCases(context, ['LeadsQuoteGiven']))[0]!;
    const requests = (await context.client.listQuoteRequests(item.id!)).quoteRequests!;
    expect(requests.length, 'the sandbox seeds a quote request').to.be.greaterThan(0);
    const quotes = (await context.client.listQuotes(item.id!, requests[0]!.quoteRequestId!)).quotes!;
    expect(quotes.length).to.be.greaterThan(1);
    const view = await mountDetail(context, item.id!);
    const shown = await waitForSection(view, 'section.quotes');
    await waitUntil(() => shown.querySelectorAll('li.quote').length === quotes.length, 'not every quote shown');
    expect(text(shown.querySelector('h5'))).to.contain(
      new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date(requests[0]!.dateCreated!)),
    );
    expect(text(shown)).to.contain(words.quotes.requestStatuses.QuotesReceived);
    for (const quote of quotes) {
      const card = shown.querySelector(`li.quote[data-quote-id="${quote.quoteId}"]`)!;
      const field = (name: string) => text(card.querySelector(`[data-field=${name}]`));
      expect(field('partner')).to.equal(quote.partnerName);
      expect(field('agreement')).to.equal(
        words.quotes.agreementTypes[quote.agreementType as keyof typeof words.quotes.agreementTypes],
      );
      expect(field('pricing')).to.contain(
        `${new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 2 }).format(quote.successFee! / 100)} of what is recovered`,
      );
      expect(field('status')).to.equal(words.quotes.quoteStatuses.Submitted);
      expect(text(card)).to.contain(quote.proposedSolution!);
    }
    // Debitura's codes never reach the reader.
    expect(text(shown)).not.to.match(/SuccessFee|QuotesReceived|Submitted/);
    await expect(view).to.be.accessible();
  });

  it('links each quote to its full page at Debitura, announced first so the partner page may present it', async () => {
    const item = (await findCases(context, ['LeadsQuoteGiven']))[1]!;
    const request = (await context.client.listQuoteRequests(item.id!)).quoteRequests![0]!;
    const quote = (await context.client.listQuotes(item.id!, request.quoteRequestId!)).quotes![0]!;
    const detail = await context.client.getQuote(item.id!, request.quoteRequestId!, quote.quoteId!);
    const view = await mountDetail(context, item.id!);
    const shown = await waitForSection(view, 'section.quotes');
    const card = shown.querySelector(`li.quote[data-quote-id="${quote.quoteId}"]`)!;
    await waitUntil(() => card.querySelector('a.quote__link'), 'no link to the full quote');
    const link = card.querySelector<HTMLAnchorElement>('a.quote__link')!;
    expect(link.href).to.equal(detail.fullQuoteLink);
    expect(link.target).to.equal('_blank');
    expect(link.getAttribute('aria-label')).to.equal(
      `See the full quote from ${quote.partnerName} ${en.common.opensInNewTab}`,
    );
    const heard: DebituraActionRequiredEvent[] = [];
    view.addEventListener('debitura-action-required', (event) => {
      heard.push(event as DebituraActionRequiredEvent);
      event.preventDefault();
    });
    link.click();
    expect(heard).to.have.length(1);
    expect(heard[0]!.detail).to.deep.equal({
      kind: 'task',
      url: detail.fullQuoteLink,
      reasons: ['SelectQuoteWinner'],
    });
    await view.updateComplete;
    expect(card.querySelector('a.quote__link'), 'the partner presents it instead').to.equal(null);
    expect(text(card)).to.contain(words.quotes.presentedByPartner);
  });

  it('a case collecting quotes says the request is open and no quote has come yet', async () => {
    const item = (await findCases(context, ['Leads']))[0]!;
    const view = await mountDetail(context, item.id!);
    const shown = await waitForSection(view, 'section.quotes');
    expect(text(shown)).to.contain(words.quotes.requestStatuses.Open);
    expect(text(shown)).to.contain(words.quotes.none);
    expect(shown.querySelectorAll('li.quote')).to.have.length(0);
    await expect(view).to.be.accessible();
  });

  it('shows the case’s own tasks in the tasks view’s words, with the action for each', async () => {
    const item = (await findCases(context, ['LeadsQuoteGiven']))[0]!;
    const tasks = await context.client.listCaseTasks(item.id!);
    expect(tasks.length, 'a case awaiting a choice has a task').to.be.greaterThan(0);
    const view = await mountDetail(context, item.id!);
    const shown = await waitForSection(view, 'section.case-tasks');
    expect(text(shown.querySelector('h4'))).to.equal(words.tasks.heading);
    const items = [...shown.querySelectorAll<HTMLLIElement>('li.case-task')];
    expect(items.map((entry) => entry.dataset.taskId).sort()).to.deep.equal(tasks.map((task) => task.id).sort());
    const choose = tasks.find((task) => task.type === 'SelectQuoteWinner')!;
    const entry = items.find((candidate) => candidate.dataset.taskId === choose.id)!;
    expect(text(entry.querySelector('.case-task__type'))).to.equal(en.tasks.types.SelectQuoteWinner);
    expect(text(entry)).to.contain(choose.title!);
    expect(entry.querySelector<HTMLAnchorElement>('a.button')!.href).to.equal(choose.solutionUrl);
    await expect(view).to.be.accessible();
  });

  it('Reply on a chat task puts the cursor in the reply box; the reply clears the task', async () => {
    const open = (await context.client.listTasks({ status: 'Open', type: ['ReplyToChat'], PageSize: 100 })).tasks!;
    const task = open.find((candidate) => candidate.caseId)!;
    expect(task, 'the sandbox seeds unanswered partner messages').to.not.equal(undefined);
    const view = await mountDetail(context, task.caseId!);
    const shown = await waitForSection(view, 'section.case-tasks');
    const entry = shown.querySelector<HTMLLIElement>(`li.case-task[data-task-id="${task.id}"]`)!;
    button(entry, en.tasks.reply).click();
    const messages = view.shadowRoot!.querySelector('debitura-case-messages')!;
    await waitUntil(
      () => view.shadowRoot!.activeElement === messages && messages.shadowRoot!.activeElement?.tagName === 'TEXTAREA',
      'the reply box never got the focus',
    );
    const textarea = messages.shadowRoot!.querySelector('textarea')!;
    textarea.value = 'Thanks, we will send the copy today.';
    textarea.dispatchEvent(new Event('input'));
    button(messages.shadowRoot!, en.cases.detail.messages.send).click();
    await waitUntil(
      () => !view.shadowRoot!.querySelector(`li.case-task[data-task-id="${task.id}"]`),
      'the answered task stayed on screen',
      { timeout: 8000 },
    );
    const left = await context.client.listCaseTasks(task.caseId!);
    expect(left.map((candidate) => candidate.id)).not.to.include(task.id);
  });

  it('the case’s tasks are a live queue: one resolved elsewhere leaves the case view while the case stays the same', async () => {
    const open = (await context.client.listTasks({ status: 'Open', type: ['ReplyToChat'], PageSize: 100 })).tasks!;
    const task = open.find((candidate) => candidate.caseId)!;
    expect(task, 'the sandbox seeds unanswered partner messages').to.not.equal(undefined);
    // Debitura may add or resolve a task without the case changing: the case answers as it first did.
    const originalFetch = window.fetch;
    let firstCase: string | null = null;
    window.fetch = async (input, init) => {
      const response = await originalFetch(input, init);
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (!url.pathname.endsWith(`/cases/${task.caseId}`) || !response.ok) return response;
      firstCase ??= await response.clone().text();
      return new Response(firstCase, { status: 200, headers: response.headers });
    };
    try {
      const view = await mountDetail(context, task.caseId!, { fastPolling: true });
      const shown = await waitForSection(view, 'section.case-tasks');
      expect(shown.querySelector(`li.case-task[data-task-id="${task.id}"]`)).to.exist;
      const me = await context.client.listTeamUsers();
      await context.client.sendChat(task.caseId!, { message: 'Answered by phone.', userEmail: me[0]!.email! });
      await waitUntil(
        () => !view.shadowRoot!.querySelector(`li.case-task[data-task-id="${task.id}"]`),
        'the task answered elsewhere stayed on screen',
        { timeout: 8000 },
      );
      expect(text(view.shadowRoot!.querySelector('[aria-live]'))).to.equal(en.tasks.updated);
      await expect(view).to.be.accessible();
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('shows the exclusive period in Danish: start, end, days left and each extension', async () => {
    const danish = { ...context, messages: da, locale: 'da-DK' };
    const active = await findCases(context, ['Active']);
    let chosen: { id: string; extensions: number } | null = null;
    for (const item of active) {
      const period = await context.client.getExclusivePeriod(item.id!).catch(() => null);
      if (period?.status === 'Active' && (period.extensions?.length ?? 0) > 0) {
        chosen = { id: item.id!, extensions: period.extensions!.length };
        break;
      }
    }
    expect(chosen, 'an active case whose period a payment extended').to.not.equal(null);
    const period = await context.client.getExclusivePeriod(chosen!.id);
    const view = await mountDetail(danish, chosen!.id);
    const shown = await waitForSection(view, 'section.exclusive');
    const field = (name: string) => text(shown.querySelector(`[data-field=${name}]`));
    const date = (value: string) => new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium' }).format(new Date(value));
    expect(text(shown.querySelector('h4'))).to.equal(da.engagement.exclusive.heading);
    expect(field('status')).to.equal(da.engagement.exclusive.statuses.Active);
    expect(field('start')).to.equal(date(period.engagementStartDate!));
    expect(field('end')).to.equal(date(period.currentEndDate!));
    expect(field('remaining')).to.equal(
      new Intl.NumberFormat('da-DK', { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(period.daysRemaining!),
    );
    const extensions = [...shown.querySelectorAll('.exclusive__extensions li')];
    expect(extensions).to.have.length(chosen!.extensions);
    expect(text(extensions[0])).to.contain(da.engagement.exclusive.extensionTypes.Payment);
    expect(text(extensions[0])).to.contain(date(period.extensions![0]!.newEndDate!));
    await expect(view).to.be.accessible();
  });

  it('shows no tasks, quotes or period where the case has none', async () => {
    const asked: string[] = [];
    const answered: string[] = [];
    const counting = await casesContext({
      fetch: async (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        asked.push(url);
        const response = await fetch(input, init);
        answered.push(url);
        return response;
      },
    });
    const item = (await findCases(context, ['PendingVerification']))[0]!;
    expect(await context.client.listCaseTasks(item.id!)).to.deep.equal([]);
    const view = await mountDetail(counting, item.id!);
    await waitUntil(() => answered.some((url) => url.endsWith('/tasks')), 'the case’s tasks were never asked for');
    await waitUntil(() => answered.length === asked.length, 'requests still running');
    await view.updateComplete;
    expect(
      asked.some((url) => url.includes('/quote-requests')),
      'no quotes outside the quote stages',
    ).to.equal(false);
    expect(
      asked.some((url) => url.includes('/exclusive-period')),
      'no period before collection',
    ).to.equal(false);
    expect(section(view, 'section.case-tasks')).to.equal(null);
    expect(section(view, 'section.quotes')).to.equal(null);
    expect(section(view, 'section.exclusive')).to.equal(null);
  });

  it('a quote list that cannot be loaded says so with a retry, and the retry shows the quotes', async () => {
    let failing = true;
    const flaky = await casesContext({
      fetch: (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if (failing && url.includes('/quote-requests')) {
          return Promise.resolve(new Response('{"type":"InternalError"}', { status: 500 }));
        }
        return fetch(input, init);
      },
    });
    const item = (await findCases(context, ['LeadsQuoteGiven']))[0]!;
    const view = await mountDetail(flaky, item.id!);
    await waitUntil(
      () =>
        [...view.shadowRoot!.querySelectorAll('[role=alert]')].some((alert) =>
          text(alert).includes(words.quotes.heading),
        ),
      'no failure shown',
    );
    const alert = [...view.shadowRoot!.querySelectorAll('[role=alert]')].find((candidate) =>
      text(candidate).includes(words.quotes.heading),
    )!;
    await expect(view).to.be.accessible();
    failing = false;
    button(alert, en.common.retry).click();
    const shown = await waitForSection(view, 'section.quotes');
    await waitUntil(() => shown.querySelectorAll('li.quote').length > 0, 'the retry never showed the quotes');
  });

  it('fits a phone and a desktop: nothing scrolls sideways', async function () {
    this.timeout(30_000);
    const item = (await findCases(context, ['LeadsQuoteGiven']))[0]!;
    for (const width of [375, 1280]) {
      await setViewport({ width, height: 800 });
      const view = await mountDetail(context, item.id!);
      const quotes = await waitForSection(view, 'section.quotes');
      await waitForSection(view, 'section.case-tasks');
      expect(view.scrollWidth, `${width}px`).to.be.at.most(view.clientWidth + 0.5);
      for (const card of quotes.querySelectorAll('li.quote, li.case-task')) {
        expect(card.getBoundingClientRect().right, `${width}px`).to.be.at.most(
          view.getBoundingClientRect().right + 0.5,
        );
      }
      await expect(view).to.be.accessible();
    }
  });
});
