// The new-case form as a user meets it: what it asks for, and how it says what is wrong.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { choose, clickButton, control, errorOf, fillField, focused, mountNewCase, viewText } from './harness.js';

describe('new case: the form', () => {
  it('on submit shows every missing required field at the field and moves focus to the first', async () => {
    const { view } = await mountNewCase();
    await clickButton(view, 'Check price');
    expect(errorOf(view, 'Company name')).to.equal('Company name is required.');
    expect(errorOf(view, 'Contact person')).to.equal('Contact person is required.');
    expect(errorOf(view, 'Country')).to.equal('Country is required.');
    expect(errorOf(view, 'Amount to recover')).to.equal('Amount to recover is required.');
    expect(errorOf(view, 'Postcode'), 'postcode is optional').to.equal(null);
    expect(focused(view)).to.equal(control(view, 'Company name'));
    expect(viewText(view)).to.match(/Please fix \d+ problems in the form\./);
    expect(viewText(view), 'no price check was made').not.to.contain('Check price and send');
    await expect(view).to.be.accessible();
  });

  it('lists what is wrong above the form, links each entry to its field, and keeps the list current', async () => {
    const { view } = await mountNewCase();
    await fillField(view, 'Email', 'billing at nordlys');
    await clickButton(view, 'Check price');
    const shadow = view.shadowRoot!;
    const summary = () => shadow.querySelector<HTMLElement>('.error-summary');
    const form = shadow.querySelector('form')!;
    expect(summary()!.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING, 'above the form').to.not.equal(
      0,
    );
    const links = () => [...summary()!.querySelectorAll('a')];
    const count = links().length;
    expect(summary()!.textContent).to.contain(`Please fix ${count} problems in the form.`);
    expect(links()[0]!.textContent).to.equal('Company name is required.');
    const emailEntry = links().find((link) => link.textContent === 'Email')!;
    expect(emailEntry.parentElement!.textContent).to.contain('Enter an email address like name@example.com.');

    emailEntry.click();
    await view.updateComplete;
    expect(focused(view), 'the link takes the user to the field').to.equal(control(view, 'Email'));

    await fillField(view, 'Email', 'billing@nordlys.example');
    expect(links().length, 'a fixed field leaves the list').to.equal(count - 1);
    expect(summary()!.textContent).to.contain(`Please fix ${count - 1} problems in the form.`);
    await expect(view).to.be.accessible();
  });

  it('does not change a country message while the name is being typed', async () => {
    const { view } = await mountNewCase();
    await clickButton(view, 'Check price');
    const country = control(view, 'Country');
    country.focus();
    country.value = 'Denm';
    country.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await view.updateComplete;
    expect(errorOf(view, 'Country'), 'half a name is not yet a mistake').to.equal('Country is required.');
    country.value = 'Denmark';
    country.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await view.updateComplete;
    expect(errorOf(view, 'Country'), 'fixed: the message goes at once').to.equal(null);
  });

  it('checks a field when the user leaves it, and clears the message once it is fixed', async () => {
    const { view } = await mountNewCase();
    await fillField(view, 'Email', 'billing at nordlys');
    expect(errorOf(view, 'Email')).to.equal('Enter an email address like name@example.com.');
    expect(errorOf(view, 'Company name'), 'fields not yet reached stay quiet').to.equal(null);
    await fillField(view, 'Invoice date', '2025-06-10');
    await fillField(view, 'Due date', '2025-06-01');
    expect(errorOf(view, 'Due date')).to.equal('The due date cannot be before the invoice date.');
    await expect(view).to.be.accessible();
    await fillField(view, 'Email', 'billing@nordlys.example');
    await fillField(view, 'Invoice date', '2025-05-10');
    expect(errorOf(view, 'Email')).to.equal(null);
    expect(errorOf(view, 'Due date'), 'fixing the invoice date clears the due date message').to.equal(null);
  });

  it('reads and writes dates the widget language’s way, one Tab stop per date field', async () => {
    const { view } = await mountNewCase({ locale: 'da' });
    expect(viewText(view)).to.contain('F.eks. 31.12.');
    await fillField(view, 'Fakturadato', '3.11.25');
    expect(control(view, 'Fakturadato').value, 'rewritten as understood').to.equal('03.11.2025');
    expect(errorOf(view, 'Fakturadato')).to.equal(null);
    await fillField(view, 'Forfaldsdato', '2.11.2025');
    expect(errorOf(view, 'Forfaldsdato')).to.equal('Forfaldsdatoen må ikke ligge før fakturadatoen.');
    await fillField(view, 'Forfaldsdato', '31.02.2025');
    expect(errorOf(view, 'Forfaldsdato')).to.match(/^Skriv en dato som 31\.12\.\d{4}\.$/);

    control(view, 'Fakturadato').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(view), 'Tab leaves the invoice date for the due date').to.equal(control(view, 'Forfaldsdato'));
    await expect(view).to.be.accessible();
  });

  it('refuses dates in the future', async () => {
    const { view } = await mountNewCase();
    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000);
    const iso = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`;
    await fillField(view, 'Invoice date', iso);
    expect(errorOf(view, 'Invoice date')).to.equal('The date cannot be in the future.');
  });

  it('asks company questions only for companies', async () => {
    const { view } = await mountNewCase();
    expect(() => control(view, 'Company registration number')).not.to.throw();
    await fillField(view, 'Company name', 'Nordlys Trading ApS');
    await choose(view, 'Private person');
    expect(() => control(view, 'Contact person')).to.throw();
    expect(() => control(view, 'Company registration number')).to.throw();
    expect(control(view, 'Full name').value, 'the name typed is kept').to.equal('Nordlys Trading ApS');
    await expect(view).to.be.accessible();
  });

  it('asks for the state of a US debtor, and finds countries by name or code', async () => {
    const { view } = await mountNewCase();
    expect(() => control(view, 'State')).to.throw();
    await fillField(view, 'Country', 'United States');
    expect(control(view, 'State')).to.be.instanceOf(HTMLSelectElement);
    await clickButton(view, 'Check price');
    expect(errorOf(view, 'State')).to.equal('State is required.');
    await fillField(view, 'Country', 'Atlantis');
    expect(errorOf(view, 'Country')).to.equal('Choose a country from the list.');
    await fillField(view, 'Country', 'de');
    expect(errorOf(view, 'Country')).to.equal(null);
    expect(control(view, 'Country').getAttribute('list'), 'the country field offers a searchable list').to.be.a(
      'string',
    );
    await expect(view).to.be.accessible();
  });

  it('suggests every country by name, in the reader language, once the country field is focused', async () => {
    const { view } = await mountNewCase({ locale: 'de' });
    const country = control(view, 'Land');
    const suggestions = () =>
      [...view.shadowRoot!.querySelectorAll(`#${country.getAttribute('list')} option`)].map(
        (o) => (o as HTMLOptionElement).value,
      );
    country.focus();
    await view.updateComplete;
    expect(suggestions().length).to.equal(249);
    expect(suggestions()).to.include('Dänemark');
    expect(suggestions().indexOf('Österreich'), 'sorted the way the reader sorts').to.be.below(
      suggestions().indexOf('Schweden'),
    );
  });

  it('counts the characters of the comments and keeps your reference within 50', async () => {
    const { view } = await mountNewCase();
    await fillField(view, 'Comments for the collection partner', 'Two reminders sent.');
    expect(viewText(view)).to.contain('19 of 4000 characters');
    expect(control(view, 'Your reference').getAttribute('maxlength')).to.equal('50');
  });

  it('shows the age split only behind its disclosure, with its rules', async () => {
    const { view } = await mountNewCase();
    expect(() => control(view, 'Of which overdue more than 6 months')).to.throw();
    await choose(view, 'The debt includes invoices older than 6 months');
    expect(focused(view)).to.equal(control(view, 'Of which overdue more than 6 months'));
    await fillField(view, 'Amount to recover', '1000');
    await fillField(view, 'Of which overdue more than 6 months', '500');
    expect(errorOf(view, 'Of which overdue more than 6 months')).to.equal(
      'Also fill in the amounts over 12 and over 24 months, or leave all three empty.',
    );
    await fillField(view, 'Of which overdue more than 12 months', '600');
    await fillField(view, 'Of which overdue more than 24 months', '1200');
    expect(errorOf(view, 'Of which overdue more than 6 months')).to.equal(
      'Must be at least the amount over 12 months.',
    );
    expect(errorOf(view, 'Of which overdue more than 24 months')).to.equal(
      'Cannot be more than the amount to recover.',
    );
    await expect(view).to.be.accessible();
  });

  it('speaks the reader language and preselects the currency of the locale region', async () => {
    const { view } = await mountNewCase({ locale: 'da-DK' });
    expect(viewText(view)).to.contain('Ny inkassosag');
    const currency = control(view, 'Valuta') as HTMLSelectElement;
    expect(currency.value).to.equal('DKK');
    currency.focus();
    await view.updateComplete;
    expect(currency.selectedOptions[0]?.textContent?.trim(), 'named in the reader language once focused').to.equal(
      'DKK – dansk krone',
    );
    await clickButton(view, 'Tjek pris');
    expect(errorOf(view, 'Virksomhedens navn')).to.equal('Virksomhedens navn skal udfyldes.');
  });
});
