// The partner hands over the invoice it already holds (`draft`): the form opens filled, values a field cannot
// hold are errors at that field, a new invoice after the user typed asks first, and what the user typed
// survives switching views. Real Chromium, real token endpoint and sandbox.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import {
  TokenError,
  type CaseDraft,
  type DebituraCaseCreatedEvent,
  type DebituraCollect,
} from '../../src/widget/index.js';
import type { NewCaseView } from '../../src/widget/views/new-case/new-case-view.js';
import { nordlysInvoice } from '../invoice-draft.js';
import {
  attachForNewCase,
  button,
  choose,
  clickButton,
  confirmLabel,
  control,
  errorOf,
  fillField,
  focused,
  mountNewCase,
  freshTokenEndpoint,
  signIn,
  tokenEndpoint,
  uniqueReference,
  viewText,
  waitForStep,
  waitForText,
} from './harness.js';

function nordlys(reference = uniqueReference()): CaseDraft {
  return nordlysInvoice(reference);
}

const value = (view: Parameters<typeof control>[0], label: string) => control(view, label).value;

/** The partner page sets `draft`, as its "Send to collection" button does; resolves once the form shows it. */
async function handOver(host: DebituraCollect, view: NewCaseView, draft: CaseDraft): Promise<void> {
  host.draft = draft;
  await host.updateComplete;
  await view.updateComplete;
}

describe('new case: the partner’s draft', () => {
  it('opens the form filled; only the price check and the confirmation are left', async () => {
    await signIn('acme-ready');
    const host = document.createElement('debitura-collect');
    host.setAttribute('environment', 'sandbox');
    host.setAttribute('token-endpoint', freshTokenEndpoint('draft'));
    host.setAttribute('locale', 'en');
    const draft = nordlys();
    host.draft = draft; // set before the element is on the page
    const view = await attachForNewCase(host);
    expect(value(view, 'Company name')).to.equal('Nordlys Trading ApS');
    expect(value(view, 'Country')).to.equal('Denmark');
    expect(value(view, 'Amount to recover')).to.equal('12,500.00');
    expect(value(view, 'Currency')).to.equal('DKK');
    expect(value(view, 'Due date'), 'written the widget language’s way').to.equal('12/03/2025');
    expect(value(view, 'Comments for the collection partner')).to.equal('Two reminders sent.');
    expect(value(view, 'Phone')).to.equal('+45 33 12 34 56');
    expect(view.shadowRoot!.querySelectorAll('[aria-invalid="true"]')).to.have.length(0);
    await expect(view).to.be.accessible();

    await clickButton(view, 'Check price');
    await waitForStep(view, 'Check price and send');
    await choose(view, confirmLabel);
    const created = oneEvent(host, 'debitura-case-created') as Promise<DebituraCaseCreatedEvent>;
    await clickButton(view, 'Send to collection');
    const { case: invoice } = (await created).detail;
    expect(invoice.creditorReference).to.equal(draft.creditorReference);
    expect(invoice.grossAmount).to.equal(12500);
    expect(invoice.debtor?.companyRegistrationNumber).to.equal('DK12345678');
  });

  it('shows what it could not use at the field, quoting it, and lists what has no field', async () => {
    const { host, view } = await mountNewCase();
    await handOver(host, view, {
      debtor: { type: 'Government', name: 'Atlas Freight Ltd', countryAlpha2: 'QQ', email: 'not-an-email', fax: '1' },
      amountToRecover: '9.99.9',
      currencyCode: 'GBX',
      date: '31/12/2025',
      iban: 'GB00',
    } as unknown as CaseDraft);
    expect(errorOf(view, 'Currency')).to.equal(
      '“GBX” is not a currency Debitura collects in. Choose one from the list.',
    );
    expect(errorOf(view, 'Invoice date')).to.equal('“31/12/2025” is not a date. Enter the date.');
    const debtorType = view.shadowRoot!.getElementById('field-debtorType')!;
    const typeError = view.shadowRoot!.getElementById(debtorType.getAttribute('aria-describedby') ?? '');
    expect(typeError?.textContent).to.equal('“Government” is neither a company nor a private person. Choose one.');
    expect(errorOf(view, 'Country')).to.equal('Choose a country from the list.');
    expect(errorOf(view, 'Email')).to.equal('Enter an email address like name@example.com.');
    expect(errorOf(view, 'Amount to recover')).to.equal('Enter a number, like 1250.50.');
    expect(value(view, 'Country')).to.equal('QQ', 'kept as handed over, for the user to correct');
    expect(viewText(view)).to.contain('The form has no place for: iban, debtor.fax.');
    expect(errorOf(view, 'Address'), 'fields the draft left empty stay quiet').to.equal(null);
    await expect(view).to.be.accessible();

    await fillField(view, 'Currency', 'GBP');
    expect(errorOf(view, 'Currency')).to.equal(null);
  });

  it('a partial draft fills what it has and leaves the rest to the user', async () => {
    const { host, view } = await mountNewCase();
    await handOver(host, view, { debtor: { name: 'Nordlys Trading ApS' }, creditorReference: 'INV-77' });
    expect(value(view, 'Company name')).to.equal('Nordlys Trading ApS');
    expect(value(view, 'Your reference')).to.equal('INV-77');
    expect(value(view, 'Address')).to.equal('');
    expect(view.shadowRoot!.querySelectorAll('[aria-invalid="true"]')).to.have.length(0);
    await clickButton(view, 'Check price');
    expect(errorOf(view, 'Address')).to.equal('Address is required.');
  });

  it('a new invoice after the user typed asks first: keep, or use the new one', async () => {
    const { host, view } = await mountNewCase();
    await handOver(host, view, nordlys('FIRST-1'));
    await fillField(view, 'Contact person', 'Someone Else');

    await handOver(host, view, nordlys('SECOND-2'));
    expect(viewText(view)).to.contain('New invoice details arrived');
    expect(focused(view)?.id, 'focus goes to the question when the user is not in a field').to.equal(
      'draft-prompt-title',
    );
    expect(value(view, 'Your reference')).to.equal('FIRST-1', 'nothing replaced yet');
    await expect(view).to.be.accessible();
    await clickButton(view, 'Keep what I typed');
    expect(value(view, 'Contact person')).to.equal('Someone Else');
    expect(viewText(view)).not.to.contain('New invoice details arrived');

    await handOver(host, view, nordlys('THIRD-3'));
    await clickButton(view, 'Use the new invoice');
    expect(value(view, 'Your reference')).to.equal('THIRD-3');
    expect(value(view, 'Contact person')).to.equal('Mette Larsen');

    // Not typed since: the next invoice simply replaces it.
    await handOver(host, view, nordlys('FOURTH-4'));
    expect(button(view, 'Use the new invoice')).to.equal(undefined);
    expect(value(view, 'Your reference')).to.equal('FOURTH-4');
  });

  it('what the user typed survives a switch to the case list and back', async () => {
    const { host, view } = await mountNewCase();
    await fillField(view, 'Company name', 'Typed By Hand ApS');
    await fillField(view, 'Amount to recover', '99.50');
    host.view = 'cases';
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('debitura-new-case')).to.equal(null);
    host.view = 'new-case';
    await host.updateComplete;
    const again = host.shadowRoot!.querySelector('debitura-new-case')!;
    await again.updateComplete;
    expect(again).not.to.equal(view, 'a new view element');
    expect(value(again, 'Company name')).to.equal('Typed By Hand ApS');
    expect(value(again, 'Amount to recover')).to.equal('99.50');
  });

  it('what the user typed survives a sign-out and the token error it causes', async () => {
    await signIn('acme-ready');
    const signedIn = async () =>
      (await fetch(tokenEndpoint, { method: 'POST', credentials: 'include' })).json() as Promise<{
        accessToken: string;
        expiresIn: number;
      }>;
    const host = document.createElement('debitura-collect');
    host.setAttribute('environment', 'sandbox');
    host.setAttribute('locale', 'en');
    host.fetchToken = signedIn;
    const view = await attachForNewCase(host);
    await fillField(view, 'Company name', 'Typed Before Sign-out ApS');

    host.fetchToken = async () => {
      throw new TokenError('signed_out');
    };
    await waitUntil(() => host.shadowRoot!.textContent?.includes('You are signed out'), 'the sign-out never showed');
    expect(host.shadowRoot!.querySelector('debitura-new-case'), 'the form stays below the message').to.equal(view);
    expect(value(view, 'Company name')).to.equal('Typed Before Sign-out ApS');

    host.fetchToken = async () => signedIn();
    await waitUntil(() => host.shadowRoot!.querySelector('debitura-new-case')?.shadowRoot?.querySelector('form'));
    const again = host.shadowRoot!.querySelector('debitura-new-case')!;
    await again.updateComplete;
    expect(value(again, 'Company name')).to.equal('Typed Before Sign-out ApS');
  });

  it('after a case is sent the form starts empty, so the same invoice is not offered twice', async () => {
    const { host, view } = await mountNewCase();
    await handOver(host, view, nordlys());
    await clickButton(view, 'Check price');
    await waitForStep(view, 'Check price and send');
    await choose(view, confirmLabel);
    await clickButton(view, 'Send to collection');
    await waitForStep(view, 'Case sent to collection');
    await clickButton(view, 'Create another case');
    await waitForText(view, 'New collection case');
    expect(value(view, 'Company name')).to.equal('');
  });
});
