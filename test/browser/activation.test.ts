// Activation in real Chromium against the real token endpoint and sandbox: a signed-in tenant without a client
// link sees the activation screen, activates, finishes Debitura's hosted page in a second tab, and the widget
// in the first tab continues by itself to the view it was asked for.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { DebituraActionRequiredEvent, DebituraCaseCreatedEvent } from '../../src/widget/index.js';
import {
  activationScreen,
  comeBack,
  control,
  finishInSecondTab,
  followLink,
  freshTenant,
  heading,
  mountForActivation,
  press,
  resetSandbox,
  signInAs,
  text,
  waitForHeading,
} from './activation-harness.js';
import { choose, clickButton, confirmLabel, fillField, uniqueReference, waitForStep, waitForText } from './harness.js';

const returnUrl = `${location.origin}/api/health?back=1`;

describe('activation', () => {
  before(resetSandbox);
  after(async () => {
    await resetSandbox();
    await signInAs('acme-ready');
  });

  it('explains the service in the partner’s words and offers one button to an administrator', async () => {
    await signInAs('harbor-bakery', 'signe@harbor-bakery.example');
    const { screen } = await mountForActivation();
    expect(heading(screen)).to.equal('Collect unpaid invoices with Debitura');
    const shown = text(screen);
    expect(shown).to.contain('No cure, no pay.');
    expect(shown).to.contain('Local collection partners.');
    expect(shown).to.contain('Debitura creates an account for Harbor Bakery ApS');
    expect(control(screen, 'Activate debt collection')).to.exist;
    await expect(screen).to.be.accessible();
  });

  it('202: hosted onboarding in a second tab, and the first widget resumes by itself and sends a case', async function () {
    this.timeout(40000);
    await signInAs(freshTenant());
    const { host, screen } = await mountForActivation({ returnUrl });
    const announced = oneEvent(host, 'debitura-action-required') as Promise<DebituraActionRequiredEvent>;
    await press(screen, 'Activate debt collection');
    const { detail } = await announced;
    expect(detail.kind).to.equal('onboarding');
    expect(detail.url).to.contain('/hosted/onboarding/companydetails/');
    expect(new URL(detail.url).searchParams.get('returnUrl')).to.equal(returnUrl);
    await waitForHeading(screen, 'Finish setting up at Debitura');
    await expect(screen).to.be.accessible();

    expect(await followLink(screen, 'Continue at Debitura')).to.equal(detail.url);
    await waitForHeading(screen, 'Finish setting up in the other tab');
    expect(control(screen, 'Open the set-up page again')).to.exist;
    await expect(screen).to.be.accessible();

    await finishInSecondTab(detail.url, 'Confirm details and sign');
    comeBack();
    await waitUntil(
      () => host.shadowRoot!.querySelector('debitura-new-case')?.shadowRoot?.querySelector('form'),
      `the form never appeared after onboarding; the widget shows: ${text(host)}`,
      { timeout: 10000 },
    );
    const view = host.shadowRoot!.querySelector('debitura-new-case')!;
    await view.updateComplete;
    await fillField(view, 'Company name', 'Nordlys Trading ApS');
    await fillField(view, 'Contact person', 'Mette Larsen');
    await fillField(view, 'Address', 'Vesterbrogade 12');
    await fillField(view, 'City', 'København V');
    await fillField(view, 'Country', 'Denmark');
    await fillField(view, 'Amount to recover', '1,250.00');
    await fillField(view, 'Currency', 'DKK');
    await fillField(view, 'Invoice date', '2025-11-03');
    await fillField(view, 'Due date', '2025-12-03');
    await fillField(view, 'Your reference', uniqueReference());
    // A new client has no power of attorney yet: the same price check, confirmation and "sign later" as always.
    await clickButton(view, 'Check price');
    await waitForStep(view, 'Check price and send');
    await choose(view, confirmLabel);
    await clickButton(view, 'Send to collection');
    await waitForText(view, 'Sign the power of attorney first');
    const created = oneEvent(host, 'debitura-case-created') as Promise<DebituraCaseCreatedEvent>;
    await clickButton(view, 'Send and sign later');
    expect((await created).detail.case.lifecycle).to.equal('Pending contract signing');
    await waitForStep(view, 'Case sent to collection');
  });
});

export { activationScreen };
