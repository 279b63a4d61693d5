// What stands between a case and collection, told once per situation at the price check with one way forward:
// unsigned contracts (send now, sign later, or sign first), KYC (verify first: it cannot be deferred), a blocked
// creditor (nothing to send, nothing about the debtor to change). The widget notices a signature made in another
// tab, and the success screen leads to the new case.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { DebituraActionRequiredEvent, DebituraCaseCreatedEvent } from '../../src/widget/index.js';
import { en } from '../../src/widget/i18n/en/index.js';
import {
  button,
  choose,
  clickButton,
  confirmLabel,
  control,
  fillDanishCompany,
  fillField,
  mountNewCase,
  viewText,
  waitForStep,
  waitForText,
} from './harness.js';
import { comeBack, finishInSecondTab, resetSandbox } from './activation-harness.js';
import type { NewCaseView } from '../../src/widget/views/new-case/new-case-view.js';

const returnUrl = 'https://partner.example/invoices/42';
const m = en.newCase;

async function checkPrice(view: NewCaseView): Promise<void> {
  await clickButton(view, m.actions.preview);
  await waitForStep(view, m.steps.preview);
}

async function chooseFirstDivision(view: NewCaseView): Promise<void> {
  const label = m.fields.creditorDivisionId.label;
  const divisions = () => {
    try {
      return (control(view, label) as HTMLSelectElement).options.length;
    } catch {
      return 0; // the field shows once the divisions have arrived
    }
  };
  await waitUntil(() => divisions() > 1, 'no divisions arrived');
  await fillField(view, label, (control(view, label) as HTMLSelectElement).options[1]!.value);
}

/** Every link that leaves for Debitura's pages. */
function handoffLinks(view: NewCaseView): HTMLAnchorElement[] {
  return [...view.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[target="_blank"]')];
}

/** The one filled (not secondary) button: the step's primary action. */
function primaryActions(view: NewCaseView): string[] {
  return [...view.shadowRoot!.querySelectorAll<HTMLElement>('button.button, a.button')]
    .filter(
      (element) => !element.classList.contains('button--secondary') && !element.classList.contains('button--quiet'),
    )
    .map((element) => visibleText(element));
}

/** The text a sighted user reads: without the visually hidden "(opens in a new tab)". */
function visibleText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Follows a hand-off link as a click would, without letting the test page itself navigate away. */
function followWithoutLeaving(link: HTMLAnchorElement): void {
  link.addEventListener('click', (event) => event.preventDefault(), { once: true });
  link.click();
}

describe('new case: hand-offs at the price check', () => {
  afterEach(resetSandbox);

  it('unsigned contracts: one message, one signing link, "Send and sign later" as the one primary action', async () => {
    const { view } = await mountNewCase({ tenant: 'unsigned-contract', returnUrl });
    await fillDanishCompany(view);
    await checkPrice(view);
    const text = viewText(view);
    expect(text).not.to.contain(m.preview.eligible);
    expect(text).to.contain(m.preview.contractsTitle);
    expect(text).to.contain(m.preview.actionTypes.MissingDebtCollectionContract);
    const links = handoffLinks(view);
    expect(links, 'exactly one way to Debitura’s signing page').to.have.length(1);
    expect(new URL(links[0]!.href).searchParams.get('returnUrl')).to.equal(returnUrl);
    expect(links[0]!.rel).to.contain('noopener');
    expect(primaryActions(view)).to.deep.equal([m.actions.submitPending]);
    expect(button(view, m.actions.submit), 'no plain send while contracts are pending').to.equal(undefined);
    await expect(view).to.be.accessible();
  });

  it('sends with pending contracts up front; the success screen opens the new case through "View case"', async () => {
    const { view, host } = await mountNewCase({ tenant: 'unsigned-contract', returnUrl });
    const reference = await fillDanishCompany(view);
    await checkPrice(view);
    await choose(view, confirmLabel);
    const created = oneEvent(host, 'debitura-case-created') as Promise<DebituraCaseCreatedEvent>;
    const required = oneEvent(host, 'debitura-action-required') as Promise<DebituraActionRequiredEvent>;
    await clickButton(view, m.actions.submitPending);
    const { detail } = await created;
    expect((await required).detail.kind).to.equal('signing');
    await waitForStep(view, m.steps.success);
    expect(detail.case.creditorReference).to.equal(reference);
    expect(viewText(view)).to.contain(en.status.PendingContractSigning);
    expect(viewText(view)).to.contain(m.success.signingNeeded);
    expect(handoffLinks(view)).to.have.length(1);
    expect(primaryActions(view)).to.deep.equal([m.actions.viewCase]);
    await expect(view).to.be.accessible();

    await clickButton(view, m.actions.viewCase);
    await waitUntil(() => host.shadowRoot!.querySelector('debitura-case-detail'), 'the case never opened');
    expect(host.view).to.equal('case');
    expect(host.caseId).to.equal(detail.case.id);
  });

  it('leaves the signing link to the partner page when it calls preventDefault(), without asking to send again', async () => {
    const { view, host } = await mountNewCase({ tenant: 'unsigned-contract' });
    host.addEventListener('debitura-action-required', (event) => event.preventDefault(), { once: true });
    await fillDanishCompany(view);
    await checkPrice(view);
    await choose(view, confirmLabel);
    await clickButton(view, m.actions.submitPending);
    await waitForStep(view, m.steps.success);
    expect(viewText(view)).to.contain(m.success.signingHandled);
    expect(viewText(view)).not.to.contain(m.outcomes.handoffHandled);
    expect(handoffLinks(view), 'the success screen links nowhere itself').to.have.length(0);
  });

  it('KYC is a verification to do first: no "sign later", no send, the verification link the one action', async () => {
    const { view } = await mountNewCase({ tenant: 'kyc-required', returnUrl });
    await fillDanishCompany(view);
    await fillField(view, 'Country', 'United Kingdom');
    // This creditor files under one of two branches: it must choose before the price check goes through.
    await chooseFirstDivision(view);
    await checkPrice(view);
    const text = viewText(view);
    expect(text).to.contain(m.preview.kycTitle);
    expect(text).to.contain(m.preview.kycBody);
    expect(text.toLowerCase()).not.to.contain('sign later');
    expect(text).not.to.contain(m.preview.eligible);
    expect(button(view, m.actions.submit)).to.equal(undefined);
    expect(button(view, m.actions.submitPending)).to.equal(undefined);
    const links = handoffLinks(view);
    expect(links).to.have.length(1);
    expect(primaryActions(view)).to.deep.equal([m.actions.openKyc]);
    expect(new URL(links[0]!.href).searchParams.get('returnUrl')).to.equal(returnUrl);
    await expect(view).to.be.accessible();
  });

  it('a missing power of attorney is named and can be deferred', async () => {
    const { view } = await mountNewCase({ returnUrl });
    await fillDanishCompany(view);
    await fillField(view, 'Country', 'Spain');
    await checkPrice(view);
    expect(viewText(view)).to.contain(m.preview.actionTypes.MissingPowerOfAttorney);
    expect(handoffLinks(view)).to.have.length(1);
    expect(primaryActions(view)).to.deep.equal([m.actions.submitPending]);
  });

  it('a blocked creditor is told so, never advised to edit the debtor, with nothing to send or sign', async () => {
    const { view, host } = await mountNewCase({ tenant: 'blocked-creditor' });
    let handoffs = 0;
    host.addEventListener('debitura-action-required', () => handoffs++);
    await fillDanishCompany(view);
    await checkPrice(view);
    const text = viewText(view);
    expect(text).to.contain(m.preview.notEligible);
    expect(text).to.contain(m.outcomes.CreditorBlocked.body);
    expect(text).not.to.contain(m.preview.notEligibleHelp);
    expect(text.toLowerCase()).not.to.contain('edit the debtor');
    expect(button(view, m.actions.submit)).to.equal(undefined);
    expect(button(view, m.actions.edit), 'the way back stays open').not.to.equal(undefined);
    expect(handoffs).to.equal(0);
    await expect(view).to.be.accessible();
  });
});

describe('new case: a signature made in another tab is noticed', () => {
  afterEach(resetSandbox);

  async function sign(view: NewCaseView): Promise<void> {
    const link = handoffLinks(view)[0];
    if (!link) throw new Error(`no signing link in: ${viewText(view)}`);
    followWithoutLeaving(link);
    await view.updateComplete;
    expect(viewText(view)).to.contain(m.preview.watching);
    await finishInSecondTab(link.href, 'Sign everything');
    comeBack();
  }

  it('at the price check: coming back turns the pending contracts into a plain send, the tick kept', async () => {
    const { view } = await mountNewCase({ tenant: 'unsigned-contract' });
    await fillDanishCompany(view);
    await checkPrice(view);
    await choose(view, confirmLabel);
    await sign(view);
    await waitForText(view, m.preview.eligible);
    expect(viewText(view)).not.to.contain(m.preview.contractsTitle);
    expect(primaryActions(view)).to.deep.equal([m.actions.submit]);
    expect(view.shadowRoot!.querySelector<HTMLInputElement>('#confirm')!.checked).to.equal(true);
    await expect(view).to.be.accessible();
  });

  it('on the success screen: the case sent with pending contracts is seen to move on', async () => {
    const { view } = await mountNewCase({ tenant: 'unsigned-contract' });
    await fillDanishCompany(view);
    await checkPrice(view);
    await choose(view, confirmLabel);
    await clickButton(view, m.actions.submitPending);
    await waitForStep(view, m.steps.success);
    const link = handoffLinks(view)[0]!;
    await finishInSecondTab(link.href, 'Sign everything');
    comeBack();
    await waitForText(view, m.success.signingDone);
    expect(viewText(view)).not.to.contain(m.success.signingNeeded);
    expect(handoffLinks(view)).to.have.length(0);
    await expect(view).to.be.accessible();
  });
});
