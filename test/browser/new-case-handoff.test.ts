// Submissions Debitura refuses for a business reason: each explained in plain words, with the trusted hand-off
// page (carrying the partner's return URL), the debitura-action-required event, and the way forward.
import { expect, oneEvent } from '@open-wc/testing';
import type {
  DebituraActionRequiredEvent,
  DebituraCaseCreatedEvent,
  DebituraErrorEvent,
} from '../../src/widget/index.js';
import {
  button,
  choose,
  clickButton,
  confirmLabel,
  fillDanishCompany,
  fillField,
  mountNewCase,
  viewText,
  waitForStep,
  waitForText,
} from './harness.js';
import type { NewCaseView } from '../../src/widget/views/new-case/new-case-view.js';

const returnUrl = 'https://partner.example/invoices/42';

async function previewAndConfirm(view: NewCaseView): Promise<void> {
  await clickButton(view, 'Check price');
  await waitForStep(view, 'Check price and send');
  await choose(view, confirmLabel);
}

function link(view: NewCaseView, text: string): HTMLAnchorElement | undefined {
  return [...view.shadowRoot!.querySelectorAll('a')].find((a) => (a.textContent ?? '').includes(text));
}

describe('new case: business outcomes', () => {
  it('a missing collection agreement explains itself, hands off to signing and fires debitura-action-required', async () => {
    const { view, host } = await mountNewCase({ tenant: 'unsigned-contract', returnUrl });
    await fillDanishCompany(view);
    await previewAndConfirm(view);
    const required = oneEvent(host, 'debitura-action-required') as Promise<DebituraActionRequiredEvent>;
    const failed = oneEvent(host, 'debitura-error') as Promise<DebituraErrorEvent>;
    await clickButton(view, 'Send to collection');
    const event = await required;
    expect((await failed).detail).to.include({ type: 'business_error', recoverable: true });
    await waitForText(view, 'Sign the debt collection agreement first');
    expect(event.detail.kind).to.equal('signing');
    expect(event.detail.reasons).to.include('MissingDebtCollectionContract');
    expect(new URL(event.detail.url).searchParams.get('returnUrl')).to.equal(returnUrl);
    const signing = link(view, 'Open signing');
    expect(signing?.href).to.equal(event.detail.url);
    expect(signing?.target).to.equal('_blank');
    expect(signing?.rel).to.contain('noopener');
    await expect(view).to.be.accessible();
  });

  it('sends with pending contracts when asked, into "Awaiting contract signing"', async () => {
    const { view, host } = await mountNewCase({ tenant: 'unsigned-contract', returnUrl });
    const reference = await fillDanishCompany(view);
    await previewAndConfirm(view);
    await clickButton(view, 'Send to collection');
    await waitForText(view, 'Sign the debt collection agreement first');
    const created = oneEvent(host, 'debitura-case-created') as Promise<DebituraCaseCreatedEvent>;
    await clickButton(view, 'Send and sign later');
    const { detail } = await created;
    await waitForStep(view, 'Case sent to collection');
    expect(detail.case.creditorReference).to.equal(reference);
    expect(viewText(view)).to.contain('Awaiting contract signing');
    expect(viewText(view)).to.contain('The case starts once the pending contracts are signed.');
    expect(link(view, 'Open signing') !== undefined, 'the signing link stays available').to.equal(true);
    await expect(view).to.be.accessible();
  });

  it('leaves the hand-off to the partner page when it calls preventDefault()', async () => {
    const { view, host } = await mountNewCase({ tenant: 'unsigned-contract' });
    host.addEventListener('debitura-action-required', (event) => event.preventDefault(), { once: true });
    await fillDanishCompany(view);
    await previewAndConfirm(view);
    await clickButton(view, 'Send to collection');
    await waitForText(view, 'Sign the debt collection agreement first');
    const panel = view.shadowRoot!.querySelector('[part="alert"]')!;
    expect(panel.textContent).to.contain('Follow the instructions shown to finish this step');
    expect(panel.querySelectorAll('a').length, 'the outcome links nowhere itself').to.equal(0);
  });

  it('missing KYC hands off to verification and offers no sending with pending contracts', async () => {
    const { view, host } = await mountNewCase({ tenant: 'kyc-required', returnUrl });
    await fillDanishCompany(view);
    await fillField(view, 'Country', 'United Kingdom');
    await clickButton(view, 'Check price');
    await waitForStep(view, 'Check price and send');
    await choose(view, confirmLabel);
    const required = oneEvent(host, 'debitura-action-required') as Promise<DebituraActionRequiredEvent>;
    await clickButton(view, 'Send to collection');
    const { detail } = await required;
    await waitForText(view, 'Verify your company first');
    expect(detail.reasons).to.include('MissingKycVerification');
    expect(button(view, 'Send and sign later') === undefined, 'no sending with pending contracts').to.equal(true);
    expect(link(view, detail.kind === 'kyc' ? 'Verify your company' : 'Open signing')?.href).to.equal(detail.url);
    await expect(view).to.be.accessible();
  });

  it('a missing power of attorney hands off to signing and can be sent with pending contracts', async () => {
    const { view, host } = await mountNewCase({ returnUrl });
    await fillDanishCompany(view);
    await fillField(view, 'Country', 'Spain');
    await previewAndConfirm(view);
    const required = oneEvent(host, 'debitura-action-required') as Promise<DebituraActionRequiredEvent>;
    await clickButton(view, 'Send to collection');
    const { detail } = await required;
    await waitForText(view, 'Sign the power of attorney first');
    expect(detail.reasons).to.include('MissingPowerOfAttorney');
    expect(link(view, 'Open signing')?.href).to.equal(detail.url);
    expect(button(view, 'Send and sign later') !== undefined, 'sending with pending contracts is offered').to.equal(
      true,
    );
    await expect(view).to.be.accessible();
  });

  it('a blocked creditor learns at the price check that Debitura cannot take cases, with no hand-off or send', async () => {
    const { view, host } = await mountNewCase({ tenant: 'blocked-creditor' });
    let handoffs = 0;
    host.addEventListener('debitura-action-required', () => handoffs++);
    await fillDanishCompany(view);
    await clickButton(view, 'Check price');
    await waitForStep(view, 'Check price and send');
    expect(viewText(view)).to.contain('Debitura cannot take this case.');
    expect(viewText(view)).to.contain('Contact Debitura support');
    expect(button(view, 'Send to collection') === undefined, 'nothing to send').to.equal(true);
    expect(button(view, 'Back to edit') !== undefined, 'the way back stays open').to.equal(true);
    expect(handoffs).to.equal(0);
    await expect(view).to.be.accessible();
  });
});
