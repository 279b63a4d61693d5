// Activation in real Chromium against the real token endpoint and sandbox: a signed-in tenant without a client
// link sees the activation screen, activates, finishes Debitura's hosted page in a second tab, and the widget
// in the first tab continues by itself to the view it was asked for.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DebituraActionRequiredEvent, DebituraCaseCreatedEvent, DebituraCollect } from '../../src/widget/index.js';
import {
  activationScreen,
  comeBack,
  control,
  finishInSecondTab,
  onboardingButtons,
  followLink,
  formAfterActivation,
  freshTenant,
  heading,
  mountForActivation,
  mountWithFunctions,
  press,
  resetSandbox,
  text,
  waitForHeading,
} from './activation-harness.js';
import { nordlysInvoice } from '../invoice-draft.js';
import {
  choose,
  clickButton,
  confirmLabel,
  control as field,
  freshTokenEndpoint,
  signIn,
  waitForStep,
  waitForText,
} from './harness.js';

const returnUrl = `${location.origin}/api/health?back=1`;

describe('activation', () => {
  before(resetSandbox);
  after(async () => {
    await resetSandbox();
    await signIn('acme-ready');
  });

  it('explains the service in the partner’s words and offers one button to an administrator', async () => {
    await signIn('harbor-bakery', 'signe@harbor-bakery.example');
    const errors: string[] = [];
    const hear = (event: Event) => errors.push((event as CustomEvent<{ type: string }>).detail.type);
    document.addEventListener('debitura-error', hear);
    const { host, screen } = await mountForActivation();
    document.removeEventListener('debitura-error', hear);
    expect(errors, 'an unlinked tenant is a state, not a failure').to.deep.equal([]);
    expect(heading(screen)).to.equal('Collect unpaid invoices with Debitura');
    const shown = text(screen);
    expect(shown).to.contain('No cure, no pay.');
    expect(shown).to.contain('Local collection partners.');
    expect(shown).to.contain('Debitura creates an account for Harbor Bakery ApS');
    expect(control(screen, 'Activate debt collection')).to.exist;
    expect(text(host)).not.to.contain('not linked', 'no dead end any more');
    expect(host.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy'), 'nothing to wait for').to.equal(
      'false',
    );
    await expect(screen).to.be.accessible();
  });

  it('202: hosted onboarding in a second tab; the first widget resumes by itself and sends the pre-filled case', async function () {
    this.timeout(40000);
    await signIn(freshTenant());
    const { host, screen } = await mountForActivation({ returnUrl });
    const draft = nordlysInvoice(`A-${Date.now().toString(36)}`);
    host.draft = draft;
    const announced = oneEvent(host, 'debitura-action-required') as Promise<DebituraActionRequiredEvent>;
    await press(screen, 'Activate debt collection');
    const { detail } = await announced;
    expect(detail.kind).to.equal('onboarding');
    expect(detail.url).to.contain('/hosted/onboarding/companydetails/');
    expect(new URL(detail.url).searchParams.get('returnUrl')).to.equal(returnUrl);
    await waitForHeading(screen, 'Finish setting up at Debitura');
    expect(screen.shadowRoot!.activeElement?.id, 'focus moves to the new state').to.equal('activation-heading');
    await expect(screen).to.be.accessible();

    expect(await followLink(screen, 'Continue at Debitura')).to.equal(detail.url);
    await waitForHeading(screen, 'Finish setting up in the other tab');
    expect(control(screen, 'Open the set-up page again')).to.exist;
    await expect(screen).to.be.accessible();

    await finishInSecondTab(detail.url, ...onboardingButtons);
    comeBack();
    const view = await formAfterActivation(host);
    expect((field(view, 'Company name') as HTMLInputElement).value).to.equal('Nordlys Trading ApS');
    expect((field(view, 'Your reference') as HTMLInputElement).value).to.equal(draft.creditorReference);

    // The first case goes through the same price check and confirmation; a new client signs its power of
    // attorney later.
    await clickButton(view, 'Check price');
    await waitForStep(view, 'Check price and send');
    await choose(view, confirmLabel);
    await waitForText(view, 'Power of attorney for the collection partner');
    const created = oneEvent(host, 'debitura-case-created') as Promise<DebituraCaseCreatedEvent>;
    await clickButton(view, 'Send and sign later');
    const { case: invoice } = (await created).detail;
    expect(invoice.creditorReference).to.equal(draft.creditorReference);
    expect(invoice.debtor?.name).to.equal('Nordlys Trading ApS');
    await waitForStep(view, 'Case sent to collection');
  });

  it('after a same-tab trip to Debitura, the page loaded again goes straight to the view it asks for', async function () {
    this.timeout(30000);
    await signIn(freshTenant());
    const first = await mountForActivation({ returnUrl });
    const announced = oneEvent(first.host, 'debitura-action-required') as Promise<DebituraActionRequiredEvent>;
    // The partner page takes the hand-off itself (it would navigate to Debitura in the same tab).
    first.host.addEventListener('debitura-action-required', (event) => event.preventDefault(), { once: true });
    await press(first.screen, 'Activate debt collection');
    const { detail } = await announced;
    await waitUntil(() => text(first.screen).includes('Follow the instructions shown'), text(first.screen));
    expect(control(first.screen, 'Continue at Debitura'), 'no second way to the same page').to.equal(undefined);
    first.host.remove();

    await finishInSecondTab(detail.url, ...onboardingButtons);
    // Back at return-url: the page loads the widget afresh.
    const host = document.createElement('debitura-collect') as DebituraCollect;
    host.setAttribute('environment', 'sandbox');
    host.setAttribute('token-endpoint', freshTokenEndpoint('reloaded'));
    host.setAttribute('locale', 'en');
    host.setAttribute('view', 'cases');
    const ready = oneEvent(host, 'debitura-ready');
    (await fixture(html`<div></div>`)).append(host);
    expect((await ready).detail.view).to.equal('cases');
    expect(host.shadowRoot!.querySelector('debitura-activation')).to.equal(null);
  });

  it('409: the existing account approves the link in a second tab, and the widget continues', async function () {
    this.timeout(30000);
    await signIn('linked-elsewhere', 'lena@linked-elsewhere.example');
    const { host, screen } = await mountForActivation();
    const announced = oneEvent(host, 'debitura-action-required') as Promise<DebituraActionRequiredEvent>;
    await press(screen, 'Activate debt collection');
    const { detail } = await announced;
    expect(detail.kind).to.equal('approval');
    expect(detail.reasons).to.deep.equal(['ClientExistsNeedsLinking']);
    await waitForHeading(screen, 'Elsewhere Consulting GmbH already has a Debitura account');
    expect(control(screen, 'Open the approval page')).to.exist;
    await expect(screen).to.be.accessible();

    await finishInSecondTab(detail.url, 'Approve link');
    // Not even a focus event this time: the button asks at once.
    await press(screen, 'It is approved, check now');
    await formAfterActivation(host);
  });

  it('a user the partner does not let activate is told whom to ask, with no button', async () => {
    await signIn('harbor-bakery', 'emil@harbor-bakery.example');
    const { screen } = await mountForActivation();
    expect(text(screen)).to.contain('Ask an administrator of Harbor Bakery ApS to activate debt collection.');
    expect(control(screen, 'Activate debt collection')).to.equal(undefined);
    await expect(screen).to.be.accessible();
  });

  it('data Debitura refuses ends in "could not start" with the partner’s support contact, never a crash', async () => {
    await signIn('atlantis-trading');
    const host = document.createElement('debitura-collect') as DebituraCollect;
    host.setAttribute('environment', 'sandbox');
    host.setAttribute('token-endpoint', freshTokenEndpoint('refused'));
    host.setAttribute('locale', 'en');
    host.innerHTML = '<p slot="support">Call Northwind on +45 70 00 00 00.</p>';
    (await fixture(html`<div></div>`)).append(host);
    const screen = await activationScreen(host);
    await press(screen, 'Activate debt collection');
    await waitForHeading(screen, 'Could not start activation');
    const slot = screen.shadowRoot!.querySelector('slot[name="support"]') as HTMLSlotElement;
    const shown = slot.assignedElements({ flatten: true }).map((element) => element.textContent);
    expect(shown).to.deep.equal(['Call Northwind on +45 70 00 00 00.']);
    expect(control(screen, 'Try again')).to.equal(undefined);
    await expect(screen).to.be.accessible();
  });

  it('with fetchToken, fetchActivation brings the same activation', async function () {
    this.timeout(30000);
    await signIn(freshTenant());
    const { host, screen } = await mountWithFunctions();
    const announced = oneEvent(host, 'debitura-action-required') as Promise<DebituraActionRequiredEvent>;
    await press(screen, 'Activate debt collection');
    const { detail } = await announced;
    await finishInSecondTab(detail.url, ...onboardingButtons);
    comeBack();
    await formAfterActivation(host);
  });

  it('speaks Danish and German', async () => {
    await signIn('harbor-bakery', 'signe@harbor-bakery.example');
    const danish = await mountForActivation({ locale: 'da' });
    await waitForHeading(danish.screen, 'Inddriv ubetalte fakturaer med Debitura');
    expect(control(danish.screen, 'Aktivér inkasso')).to.exist;
    await expect(danish.screen).to.be.accessible();
    const german = await mountForActivation({ locale: 'de' });
    await waitForHeading(german.screen, 'Offene Rechnungen mit Debitura einziehen');
    expect(control(german.screen, 'Inkasso aktivieren')).to.exist;
  });

  it('fits a 375 px phone: nothing runs off the side, in English or German', async () => {
    await signIn('harbor-bakery', 'signe@harbor-bakery.example');
    for (const locale of ['en', 'de']) {
      const { host, screen } = await mountForActivation({ locale });
      host.parentElement!.style.width = '375px';
      await screen.updateComplete;
      const section = screen.shadowRoot!.querySelector('section')!;
      expect(section.scrollWidth, `${locale}: content width`).to.be.at.most(section.clientWidth);
      for (const element of screen.shadowRoot!.querySelectorAll('button, a, h3, li')) {
        expect(element.getBoundingClientRect().right, `${locale}: ${element.textContent}`).to.be.at.most(
          host.getBoundingClientRect().right,
        );
      }
    }
  });

  it('keyboard only: Tab to the button, Enter, and on to Debitura’s page', async function () {
    this.timeout(30000);
    await signIn(freshTenant());
    const { screen } = await mountForActivation();
    (document.activeElement as HTMLElement | null)?.blur();
    const button = control(screen, 'Activate debt collection')!;
    for (let presses = 0; presses < 20 && screen.shadowRoot!.activeElement !== button; presses++) {
      await sendKeys({ press: 'Tab' });
    }
    expect(screen.shadowRoot!.activeElement, 'Tab reaches the button').to.equal(button);
    await sendKeys({ press: 'Enter' });
    await waitForHeading(screen, 'Finish setting up at Debitura');
    // Focus is on the new heading; the next Tab is the way to Debitura.
    expect(screen.shadowRoot!.activeElement?.id).to.equal('activation-heading');
    await sendKeys({ press: 'Tab' });
    expect(screen.shadowRoot!.activeElement?.textContent).to.contain('Continue at Debitura');
    await sendKeys({ press: 'Tab' });
    expect(screen.shadowRoot!.activeElement?.textContent?.trim()).to.equal('I have finished, check now');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(screen).includes('Not finished at Debitura yet.'), text(screen));
  });
});
