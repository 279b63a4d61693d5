// The case detail against the real sandbox tenant `acme-ready`: cases in several lifecycles, what blocks them,
// timeline, payments, messages, files, and a case that moves while it is open.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { core } from '../../src/widget/i18n/en/core.js';
import { cases } from '../../src/widget/i18n/en/cases.js';
import type { CaseDetailView } from '../../src/widget/views/case-detail/case-detail-view.js';
import type { DebituraActionRequiredEvent, DebituraCaseUpdatedEvent } from '../../src/widget/events/debitura-events.js';
import { parseDebituraInstant } from '../../src/widget/format/date.js';
import type { DebituraApiError } from '../../src/widget/api/api-error.js';
import { caseParts } from '../../src/widget/views/case-detail/case-parts.js';
import {
  advanceCase,
  button,
  casesContext,
  findCases,
  mountDetail,
  text,
  waitForDetail,
  type CasesContext,
} from './cases-harness.js';

const words = cases.detail;

function section(view: CaseDetailView, heading: string): Element {
  const title = [...view.shadowRoot!.querySelectorAll('h4')].find((candidate) => text(candidate) === heading);
  if (!title) throw new Error(`no section "${heading}"`);
  return title.closest('section')!;
}

function part(view: CaseDetailView, tag: 'debitura-case-messages' | 'debitura-case-files'): ShadowRoot {
  return view.shadowRoot!.querySelector(tag)!.shadowRoot!;
}

function chooseFile(root: ShadowRoot, file: File): void {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

describe('case detail', () => {
  let context: CasesContext;
  before(async () => {
    context = await casesContext();
  });

  it('summarises an active case: debtor, amounts, status in words, partner and dates', async () => {
    const item = (await findCases(context, ['Active']))[0]!;
    const view = await mountDetail(context, item.id!);
    const summary = text(section(view, words.summary.heading));
    expect(text(view.shadowRoot!.querySelector('h3'))).to.equal(`Case ${item.reference}`);
    expect(summary).to.contain(item.debtor!.name!);
    expect(summary).to.contain(item.creditorReference ?? '');
    expect(summary).to.contain(words.statusExplanation.Active);
    expect(text(view.shadowRoot!.querySelector('[part=status-badge]'))).to.equal(core.status.Active);
    const money = (value: number) =>
      new Intl.NumberFormat('en-US', { style: 'currency', currency: item.currency! })
        .format(value)
        .replace(/\s+/g, ' ');
    expect(text(view.shadowRoot!.querySelector('[data-amount=outstanding]'))).to.equal(money(item.remainder!));
    expect(text(view.shadowRoot!.querySelector('[data-amount=collected]'))).to.equal(
      money(item.grossAmount! - item.remainder!),
    );
    if (item.collectionPartner?.name) expect(summary).to.contain(item.collectionPartner.name);
    expect(view.shadowRoot!.querySelector('[part=blocking]'), 'nothing blocks an active case').to.equal(null);
    await expect(view).to.be.accessible();
  });

  it('keeps each fact right under its label beside a partner name over two lines, on a phone and a wide page', async function () {
    this.timeout(30_000);
    const item = (await findCases(context, ['Active'])).find((candidate) => candidate.collectionPartner?.officeEmail);
    expect(item, 'an active case with a partner to contact').to.not.equal(undefined);
    try {
      for (const width of [375, 1280]) {
        await setViewport({ width, height: 800 });
        const view = await mountDetail(context, item!.id!);
        const facts = [...section(view, words.summary.heading).querySelectorAll<HTMLElement>('.facts > div')];
        expect(facts.length).to.be.greaterThan(6);
        for (const fact of facts) {
          // From where the label's text ends, not its box (a stretched box would hide a value that drifted down),
          // to the value: less than half a letter apart.
          const dt = fact.querySelector('dt')!;
          const label = document.createRange();
          label.selectNodeContents(dt);
          const gap = fact.querySelector('dd')!.getBoundingClientRect().top - label.getBoundingClientRect().bottom;
          expect(gap, `${width}px: ${text(fact)}`).to.be.below(parseFloat(getComputedStyle(dt).fontSize) / 2);
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('explains the outcome of a closed case in plain words and lists its payments with their total', async () => {
    const closed = (await findCases(context, ['Closed'])).filter((item) => item.closeCode === 'Paid');
    expect(closed.length, 'the sandbox has paid cases').to.be.greaterThan(0);
    const item = closed[0]!;
    const view = await mountDetail(context, item.id!);
    expect(text(section(view, words.summary.heading))).to.contain(words.closeCodes.Paid);
    expect(text(view.shadowRoot!.querySelector('[part=status-badge]'))).to.equal(core.status.Closed);
    expect(view.shadowRoot!.querySelector('[part=status-badge]')!.getAttribute('data-family')).to.equal('recovered');

    const payments = await context.client.getPayments(item.id!);
    expect(payments.length).to.be.greaterThan(0);
    const table = section(view, words.payments.heading);
    expect(table.querySelectorAll('tbody tr')).to.have.length(payments.length);
    const sum = payments.reduce((total, payment) => total + (payment.grossAmount ?? 0), 0);
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: payments[0]!.currency! })
      .format(sum)
      .replace(/\s+/g, ' ');
    expect(text(table.querySelector('[data-total]'))).to.equal(money);
    await expect(view).to.be.accessible();
  });

  it('shows the timeline oldest first with readable entries', async () => {
    const item = (await findCases(context, ['Active']))[0]!;
    const timeline = (await context.client.getTimeline(item.id!)).items ?? [];
    expect(timeline.length).to.be.greaterThan(1);
    const view = await mountDetail(context, item.id!);
    const entries = [...section(view, words.timeline.heading).querySelectorAll('li')];
    expect(entries).to.have.length(timeline.length);
    const times = entries.map((entry) =>
      parseDebituraInstant(entry.querySelector('time')!.getAttribute('datetime')!)!.getTime(),
    );
    expect(times.every((time, index) => index === 0 || times[index - 1]! <= time)).to.equal(true);
    // Each entry in the widget's words where the catalogue knows its type, else as Debitura titled it.
    const types = words.timeline.types as Record<string, string>;
    for (const entry of timeline)
      expect(text(section(view, words.timeline.heading))).to.contain(types[entry.type!] ?? entry.title!);
    // No raw PascalCase type names reach the reader.
    expect(text(section(view, words.timeline.heading))).not.to.match(/\b[A-Z][a-z]+[A-Z][a-z]+\b/);
  });

  it('waits on contracts: lists what to sign and hands the signing link to the partner page', async () => {
    const item = (await findCases(context, ['PendingContractSigning']))[0]!;
    const view = document.createElement('debitura-case-detail');
    view.context = context;
    view.caseId = item.id!;
    const handoff = oneEvent(view, 'debitura-action-required') as Promise<DebituraActionRequiredEvent>;
    document.body.append(view);
    try {
      const event = await handoff;
      expect(event.detail.kind).to.equal('signing');
      expect(context.isAllowedHandoffUrl(event.detail.url)).to.equal(true);
      await waitUntil(() => view.shadowRoot!.querySelector('[part=signing-link]'), 'no signing link');
      const blocking = view.shadowRoot!.querySelector('[part=blocking]')!;
      expect(text(blocking)).to.contain(words.blocking.contractsIntro);
      expect(text(blocking)).to.contain(words.blocking.needsSigning);
      expect(view.shadowRoot!.querySelector('[part=signing-link]')!.getAttribute('href')).to.equal(event.detail.url);
      await expect(view).to.be.accessible();
    } finally {
      view.remove();
    }
  });

  it('lets the partner page present the signing link itself', async () => {
    const item = (await findCases(context, ['PendingContractSigning']))[0]!;
    const taken = (event: Event) => event.preventDefault();
    document.addEventListener('debitura-action-required', taken);
    try {
      const view = await mountDetail(context, item.id!);
      await waitUntil(() =>
        text(view.shadowRoot!.querySelector('[part=blocking]')).includes(words.blocking.signElsewhere),
      );
      expect(view.shadowRoot!.querySelector('[part=signing-link]')).to.equal(null);
    } finally {
      document.removeEventListener('debitura-action-required', taken);
    }
  });

  it('shows what the partner needs when a case needs more information', async () => {
    const item = (await findCases(context, ['NeedsAdditionalDetails']))[0]!;
    const view = await mountDetail(context, item.id!);
    const blocking = text(view.shadowRoot!.querySelector('[part=blocking]'));
    expect(blocking).to.contain(words.blocking.heading);
    expect(text(section(view, words.summary.heading))).to.contain(words.statusExplanation.NeedsAdditionalDetails);
    const response = await fetch(`${context.client.baseUrl}/cases/${item.id}/validation`, {
      headers: { Authorization: `Bearer ${await context.getToken()}` },
    });
    const validation = await response.json();
    for (const entry of validation.items ?? []) expect(blocking).to.contain(entry.description);
    await expect(view).to.be.accessible();
  });

  it('sends a message as a team member and keeps the text when sending fails', async () => {
    let failNextSend = true;
    const flaky = await casesContext({
      fetch: (input, init) => {
        if (
          init?.method === 'POST' &&
          (input instanceof Request ? input.url : String(input)).endsWith('/chats') &&
          failNextSend
        ) {
          failNextSend = false;
          return Promise.reject(new TypeError('network down'));
        }
        return fetch(input, init);
      },
    });
    const item = (await findCases(flaky, ['Active']))[1]!;
    const view = await mountDetail(flaky, item.id!);
    const root = part(view, 'debitura-case-messages');
    const before = root.querySelectorAll('.messages li').length;
    const textarea = root.querySelector('textarea')!;
    const message = `Has the debtor replied? ${Date.now()}`;
    textarea.value = message;
    textarea.dispatchEvent(new Event('input'));

    button(root, words.messages.send).click();
    await waitUntil(() => root.querySelector('[role=alert]'), 'no failure shown');
    expect(text(root.querySelector('[role=alert]'))).to.contain(words.messages.failed);
    expect(root.querySelector('textarea')!.value, 'the typed text survives').to.equal(message);

    button(root, words.messages.send).click();
    await waitUntil(() => text(root.querySelector('.messages')).includes(message), 'the message never appeared');
    expect(root.querySelectorAll('.messages li')).to.have.length(before + 1);
    expect(root.querySelector('textarea')!.value).to.equal('');
    expect(text(root.querySelector('[role=status]'))).to.equal(words.messages.sent);
    const stored = await flaky.client.getChats(item.id!);
    expect(stored.map((chat) => chat.message)).to.include(message);
    await expect(view).to.be.accessible();
  });

  it('uploads a file with progress and refuses a wrong type or an oversized file before sending', async () => {
    const item = (await findCases(context, ['Active']))[2]!;
    const view = await mountDetail(context, item.id!);
    const root = part(view, 'debitura-case-files');

    chooseFile(root, new File(['not allowed'], 'notes.docx'));
    await view.updateComplete;
    await waitUntil(() => root.querySelector('#file-problem'));
    expect(text(root.querySelector('#file-problem'))).to.contain('notes.docx is not a file type Debitura accepts');
    await expect(root.host).to.be.accessible();

    chooseFile(root, new File([new Uint8Array(25 * 1024 * 1024 + 1)], 'scan.pdf'));
    await waitUntil(() => text(root.querySelector('#file-problem')).includes('larger than 25 MB'));

    const name = `invoice-${Date.now()}.pdf`;
    chooseFile(root, new File(['%PDF-1.4 sandbox invoice'], name, { type: 'application/pdf' }));
    await waitUntil(() => !root.querySelector('#file-problem'));
    button(root, words.files.upload).click();
    await waitUntil(
      () => text(root.querySelector('form [role=status]')) === `${name} was uploaded.`,
      'the upload never finished',
    );
    expect(text(root.querySelector('.files'))).to.contain(name);
    const stored = await context.client.getFiles(item.id!);
    expect(stored.map((file) => file.fileName)).to.include(name);
    await expect(root.host).to.be.accessible();
  });

  it('reports upload progress up to the whole file', async () => {
    const item = (await findCases(context, ['Active']))[2]!;
    const fractions: number[] = [];
    const name = `progress-${Date.now()}.pdf`;
    const body = new Uint8Array(512 * 1024).fill(0x25);
    const stored = await context.client.uploadCaseFile(item.id!, new File([body], name, { type: 'application/pdf' }), {
      onProgress: (fraction) => fractions.push(fraction),
    });
    expect(stored.fileName).to.equal(name);
    expect(fractions.length, 'progress was reported').to.be.greaterThan(0);
    expect(fractions.every((fraction, index) => index === 0 || fractions[index - 1]! <= fraction)).to.equal(true);
    expect(fractions.at(-1)).to.equal(1);
  });

  it('says "try again", not "sign in again", when an upload meets a brief outage, and the retry uploads once', async () => {
    const item = (await findCases(context, ['Active']))[3]!;
    const view = await mountDetail(context, item.id!);
    const root = part(view, 'debitura-case-files');
    const name = `outage-${Date.now()}.pdf`;
    chooseFile(root, new File(['%PDF-1.4 sent through an outage'], name, { type: 'application/pdf' }));
    await waitUntil(() => root.querySelector<HTMLButtonElement>('button[type=submit]'));
    const failure = () => text(root.querySelector('[role=alert]'));

    // The token endpoint answers 503 for a moment.
    context.failTokenRequests(1);
    button(root, words.files.upload).click();
    await waitUntil(() => root.querySelector('[role=alert]'), 'no failure shown');
    expect(failure()).to.contain(core.errors.connection.title);
    expect(failure()).not.to.contain(core.errors.authentication.title);
    expect(failure()).not.to.match(/sign in/i);

    // Then Debitura itself answers 503 once.
    const faults = (config: object) =>
      fetch('/sandbox/faults', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(config),
      });
    await faults({ rate: 1, kinds: ['error503'] });
    try {
      button(root, words.files.upload).click();
      await waitUntil(() => failure().includes(core.errors.server.title), 'the 503 was not explained');
    } finally {
      await faults({ rate: 0 });
    }
    expect(failure()).not.to.match(/sign in/i);

    button(root, words.files.upload).click();
    await waitUntil(
      () => text(root.querySelector('form [role=status]')) === `${name} was uploaded.`,
      'the retry never finished',
    );
    const stored = await context.client.getFiles(item.id!);
    expect(stored.filter((file) => file.fileName === name)).to.have.length(1);
    await expect(root.host).to.be.accessible();
  });

  it('maps Debitura’s own 415 refusal to an error the upload form can explain', async () => {
    const item = (await findCases(context, ['Active']))[2]!;
    const refusal = await context.client
      .uploadCaseFile(item.id!, new File(['x'], 'macro.docm'))
      .catch((error: DebituraApiError) => error);
    expect((refusal as DebituraApiError).status).to.equal(415);
  });

  it('updates itself when the case advances while open, announces it and tells the partner page', async () => {
    const created = await context.client.createCase(
      {
        currencyCode: 'DKK',
        amountToRecover: 12500,
        date: '2026-01-05',
        dueDate: '2026-02-04',
        creditorReference: `LIVE-${Date.now()}`,
        isTest: true,
        debtor: {
          type: 'Company',
          name: 'Fjord Timber ApS',
          address: 'Havnegade 4',
          city: 'Aarhus',
          countryAlpha2: 'DK',
        },
      },
      { idempotencyKey: crypto.randomUUID() },
    );
    await advanceCase(context, created.id!, { to: 'Active' });
    const item = await context.client.getCase(created.id!);
    const view = await mountDetail(context, item.id!, { fastPolling: true });
    const updated = oneEvent(view, 'debitura-case-updated') as Promise<DebituraCaseUpdatedEvent>;
    await advanceCase(context, item.id!, { to: 'Closed:Paid', amount: item.remainder! });

    const event = await updated;
    expect(event.detail.caseId).to.equal(item.id);
    expect(event.detail.previousLifecycle).to.equal('Active');
    expect(event.detail.lifecycle).to.equal('Closed');
    expect(event.detail.closeCode).to.equal('Paid');
    await waitUntil(
      () => text(view.shadowRoot!.querySelector('[part=status-badge]')) === core.status.Closed,
      'the badge never changed',
    );
    expect(text(view.shadowRoot!.querySelector('[aria-live=polite]'))).to.equal(
      `Status changed to ${core.status.Closed}.`,
    );
    await waitUntil(
      () => section(view, words.payments.heading).querySelectorAll('tbody tr').length > 0,
      'the payment never showed',
    );
    await expect(view).to.be.accessible();
  });

  it('shows its sections once their code arrives, and where it could not be fetched, the error with Try again', async () => {
    const item = (await findCases(context, ['Active']))[0]!;
    const code = caseParts.sections;
    const load = code.load;
    let offline = true;
    code.load = () =>
      offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load.call(code);
    try {
      const view = await mountDetail(context, item.id!);
      const timeline = section(view, words.timeline.heading);
      expect(text(timeline)).to.contain(words.sectionFailed);
      expect(text(section(view, words.summary.heading))).to.contain(item.debtor!.name!);
      expect(view.shadowRoot!.querySelector('debitura-case-messages')).to.equal(null);
      await expect(view).to.be.accessible();

      offline = false;
      expect(text(timeline.querySelector('button'))).to.equal(core.common.retry);
      timeline.querySelector('button')!.click();
      await waitUntil(() => view.shadowRoot!.querySelector('debitura-case-messages'), 'the messages never showed');
      await waitForDetail(view);
      expect(view.shadowRoot!.querySelector('[role=alert]'), 'no section is left failed').to.equal(null);
      expect(section(view, words.timeline.heading).querySelectorAll('li').length).to.be.greaterThan(0);
    } finally {
      code.load = load;
    }
  });

  it('says when a case does not exist', async () => {
    const view = await mountDetail(context, '00000000-0000-0000-0000-00000000dead');
    expect(text(view.shadowRoot!.querySelector('[role=alert]'))).to.contain(core.errors.notFound.title);
    await expect(view).to.be.accessible();
  });
});
