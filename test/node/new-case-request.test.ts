import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateCollectionCaseRequestApiViewModel } from '../../src/wire/case.js';
import { PreviewCaseRequestApiViewModel } from '../../src/wire/preview.js';
import { createCaseRequest, previewCaseRequest } from '../../src/widget/views/new-case/rules/new-case-request.js';
import {
  emptyNewCaseForm,
  type NewCaseFormValues,
} from '../../src/widget/views/new-case/rules/new-case-form-values.js';

const options = { locale: 'da-DK', returnUrl: null, allowPendingContracts: false };

function form(overrides: Partial<NewCaseFormValues> = {}): NewCaseFormValues {
  return {
    ...emptyNewCaseForm('DKK'),
    name: '  Acme ApS ',
    contactPerson: 'Jens Hansen',
    companyRegistrationNumber: '12345678',
    address: 'Vesterbrogade 1',
    zipCode: '1620',
    city: 'København',
    country: 'Danmark',
    email: 'pay@acme.dk',
    amountToRecover: '12.500,75',
    date: '2026-01-10',
    dueDate: '2026-02-10',
    creditorReference: 'INV-1001',
    comments: 'Two reminders sent.',
    ...overrides,
  };
}

test('the create body carries the typed case, parsed amounts and the alpha-2 country, and passes the wire schema', () => {
  const body = createCaseRequest(form(), options);
  assert.deepEqual(body, {
    currencyCode: 'DKK',
    amountToRecover: 12500.75,
    date: '2026-01-10',
    dueDate: '2026-02-10',
    creditorReference: 'INV-1001',
    comments: 'Two reminders sent.',
    debtor: {
      type: 'Company',
      name: 'Acme ApS',
      contactPerson: 'Jens Hansen',
      companyRegistrationNumber: '12345678',
      address: 'Vesterbrogade 1',
      zipCode: '1620',
      city: 'København',
      countryAlpha2: 'DK',
      email: 'pay@acme.dk',
    },
  });
  assert.equal(CreateCollectionCaseRequestApiViewModel.safeParse(body).success, true);
});

test('company-only fields are not sent for a private person, and empty fields are left out', () => {
  const body = createCaseRequest(form({ debtorType: 'Private', email: '', zipCode: ' ' }), options);
  assert.equal(body.debtor?.type, 'Private');
  assert.equal('contactPerson' in body.debtor!, false);
  assert.equal('companyRegistrationNumber' in body.debtor!, false);
  assert.equal('email' in body.debtor!, false);
  assert.equal('zipCode' in body.debtor!, false);
  assert.equal(CreateCollectionCaseRequestApiViewModel.safeParse(body).success, true);
});

test('a US debtor sends its state; other countries never do', () => {
  const us = createCaseRequest(form({ country: 'USA', stateAlpha2: 'NY' }), { ...options, locale: 'en-US' });
  assert.equal(us.debtor?.countryAlpha2, 'US');
  assert.equal(us.debtor?.stateAlpha2, 'NY');
  const dk = createCaseRequest(form({ stateAlpha2: 'NY' }), options);
  assert.equal('stateAlpha2' in dk.debtor!, false);
});

test('the age split is sent only while open, pending contracts and the return URL only when asked', () => {
  const split = {
    amountToRecoverOver6Months: '',
    amountToRecoverOver12Months: '4.000',
    amountToRecoverOver24Months: '1.000',
  };
  assert.equal('amountToRecoverOver12Months' in createCaseRequest(form(split), options), false);
  const body = createCaseRequest(form({ ...split, showAgeSplit: true }), {
    ...options,
    allowPendingContracts: true,
    returnUrl: 'https://partner.example/invoices',
  });
  assert.equal(body.amountToRecoverOver12Months, 4000);
  assert.equal(body.amountToRecoverOver24Months, 1000);
  assert.equal('amountToRecoverOver6Months' in body, false);
  assert.equal(body.allowPendingContracts, true);
  assert.equal(body.returnUrl, 'https://partner.example/invoices');
  assert.equal(CreateCollectionCaseRequestApiViewModel.safeParse(body).success, true);
  assert.equal('allowPendingContracts' in createCaseRequest(form(), options), false);
});

test('the preview sends routing data only, with either the age split or the due date, never both', () => {
  const plain = previewCaseRequest(form(), options);
  assert.deepEqual(plain, {
    amountToRecover: 12500.75,
    currencyCode: 'DKK',
    debtor: { type: 'Company', countryAlpha2: 'DK' },
    dueDate: '2026-02-10',
  });
  assert.equal(PreviewCaseRequestApiViewModel.safeParse(plain).success, true);

  const split = previewCaseRequest(
    form({ showAgeSplit: true, amountToRecoverOver12Months: '4.000', amountToRecoverOver24Months: '1.000' }),
    options,
  );
  assert.equal(split.dueDate, undefined);
  assert.equal(split.amountToRecoverOver12Months, 4000);
  assert.equal(PreviewCaseRequestApiViewModel.safeParse(split).success, true);

  const us = previewCaseRequest(form({ country: 'US', stateAlpha2: 'CA' }), options);
  assert.deepEqual(us.debtor, { type: 'Company', countryAlpha2: 'US', stateAlpha2: 'CA' });
});
