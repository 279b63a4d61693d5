import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regexes } from 'zod/v4/core';
import { emailPattern } from '../../src/widget/views/new-case/rules/email-pattern.js';
import { newCase as messages } from '../../src/widget/i18n/en/new-case.js';
import { newCase as danish } from '../../src/widget/i18n/da/new-case.js';
import {
  emptyNewCaseForm,
  firstFieldWithError,
  type NewCaseFormValues,
} from '../../src/widget/views/new-case/rules/new-case-form-values.js';
import {
  revalidateShownErrors,
  validateNewCaseForm,
} from '../../src/widget/views/new-case/rules/new-case-validation.js';

const today = '2026-05-20';
const context = { messages, locale: 'en-GB', today };

function filled(overrides: Partial<NewCaseFormValues> = {}): NewCaseFormValues {
  return {
    ...emptyNewCaseForm('EUR'),
    debtorType: 'Company',
    name: 'Acme ApS',
    contactPerson: 'Jens Hansen',
    address: 'Vesterbrogade 1',
    zipCode: '1620',
    city: 'København',
    country: 'Denmark',
    amountToRecover: '1,250.50',
    date: '2026-01-10',
    dueDate: '2026-02-10',
    ...overrides,
  };
}

test('a complete company case has no errors', () => {
  assert.deepEqual(validateNewCaseForm(filled(), context), {});
});

test('an empty form names each required field with its label, in form order', () => {
  const errors = validateNewCaseForm(emptyNewCaseForm('EUR'), context);
  assert.equal(errors.name, 'Company name is required.');
  assert.equal(errors.contactPerson, 'Contact person is required.');
  assert.equal(errors.country, 'Country is required.');
  assert.equal(errors.amountToRecover, 'Amount to recover is required.');
  assert.equal(errors.date, 'Invoice date is required.');
  assert.equal(errors.zipCode, undefined, 'postcode is optional');
  assert.equal(errors.email, undefined, 'email is optional');
  assert.equal(firstFieldWithError(errors), 'name');
});

test('a private person needs no contact person, and the name label follows the debtor type', () => {
  const errors = validateNewCaseForm(filled({ debtorType: 'Private', contactPerson: '', name: '' }), context);
  assert.equal(errors.contactPerson, undefined);
  assert.equal(errors.name, 'Full name is required.');
});

test('the country must be one from the list, typed as a name in the reader language, in English, or as a code', () => {
  assert.equal(validateNewCaseForm(filled({ country: 'Narnia' }), context).country, messages.validation.country);
  assert.equal(validateNewCaseForm(filled({ country: 'dk' }), context).country, undefined);
  assert.equal(
    validateNewCaseForm(filled({ country: 'Dänemark' }), { ...context, locale: 'de-DE' }).country,
    undefined,
  );
  assert.equal(validateNewCaseForm(filled({ country: 'denmark' }), { ...context, locale: 'de-DE' }).country, undefined);
});

test('a US debtor needs a state', () => {
  assert.equal(validateNewCaseForm(filled({ country: 'United States' }), context).stateAlpha2, 'State is required.');
  assert.equal(validateNewCaseForm(filled({ country: 'US', stateAlpha2: 'CA' }), context).stateAlpha2, undefined);
  assert.equal(
    validateNewCaseForm(filled({ country: 'US', stateAlpha2: 'XX' }), context).stateAlpha2,
    messages.validation.state,
  );
  assert.equal(validateNewCaseForm(filled({ country: 'Germany' }), context).stateAlpha2, undefined);
});

test('email and phone are optional but must look right when given', () => {
  const errors = validateNewCaseForm(filled({ email: 'not-an-email', phone: 'call me' }), context);
  assert.equal(errors.email, messages.validation.email);
  assert.equal(errors.phone, messages.validation.phone);
  assert.deepEqual(validateNewCaseForm(filled({ email: 'pay@acme.dk', phone: '+45 12 34 56 78' }), context), {});
});

test('the amount must be a positive number written in the reader locale', () => {
  assert.equal(
    validateNewCaseForm(filled({ amountToRecover: 'abc' }), context).amountToRecover,
    messages.validation.amountFormat,
  );
  assert.equal(
    validateNewCaseForm(filled({ amountToRecover: '0' }), context).amountToRecover,
    messages.validation.amount,
  );
  assert.equal(
    validateNewCaseForm(filled({ amountToRecover: '1.250,50' }), { ...context, locale: 'da-DK' }).amountToRecover,
    undefined,
  );
});

test('dates cannot be in the future and the due date cannot precede the invoice date', () => {
  assert.equal(
    validateNewCaseForm(filled({ date: '2026-05-21', dueDate: '2026-05-21' }), context).date,
    messages.validation.dateInFuture,
  );
  assert.equal(
    validateNewCaseForm(filled({ date: today, dueDate: today }), context).date,
    undefined,
    'today is accepted',
  );
  assert.equal(
    validateNewCaseForm(filled({ date: '2026-03-01', dueDate: '2026-02-01' }), context).dueDate,
    messages.validation.dueBeforeInvoice,
  );
  assert.equal(validateNewCaseForm(filled({ date: '2026-02-31' }), context).date, 'Enter a date like 31/12/2025.');
  assert.equal(
    validateNewCaseForm(filled({ date: '1.3.2026', dueDate: '1.2.2026' }), context).dueDate,
    messages.validation.dueBeforeInvoice,
    'dates typed the reader’s way are compared as dates',
  );
});

test('your reference is limited to 50 characters and comments to 4000', () => {
  const errors = validateNewCaseForm(
    filled({ creditorReference: 'x'.repeat(51), comments: 'y'.repeat(4001) }),
    context,
  );
  assert.equal(errors.creditorReference, 'Use at most 50 characters.');
  assert.equal(errors.comments, 'Use at most 4000 characters.');
  assert.deepEqual(
    validateNewCaseForm(filled({ creditorReference: 'x'.repeat(50), comments: 'y'.repeat(4000) }), context),
    {},
  );
});

test('the age split is checked only while it is open', () => {
  const broken = {
    amountToRecoverOver6Months: '500',
    amountToRecoverOver12Months: '',
    amountToRecoverOver24Months: '',
  };
  assert.deepEqual(validateNewCaseForm(filled({ ...broken, showAgeSplit: false }), context), {});
  const errors = validateNewCaseForm(filled({ ...broken, showAgeSplit: true }), context);
  assert.equal(errors.amountToRecoverOver6Months, messages.validation.ageOver6NeedsOlder);
});

test('age-split errors land on the bucket that breaks the rule', () => {
  const errors = validateNewCaseForm(
    filled({
      showAgeSplit: true,
      amountToRecoverOver6Months: '300',
      amountToRecoverOver12Months: '400',
      amountToRecoverOver24Months: '2000',
    }),
    context,
  );
  assert.equal(errors.amountToRecoverOver6Months, messages.validation.ageOver6BelowOver12);
  assert.equal(errors.amountToRecoverOver12Months, messages.validation.ageOver12BelowOver24);
  assert.equal(errors.amountToRecoverOver24Months, messages.validation.ageAboveTotal);
});

test('messages come from the reader catalogue', () => {
  const errors = validateNewCaseForm(filled({ name: '' }), { ...context, messages: danish, locale: 'da-DK' });
  assert.equal(errors.name, 'Virksomhedens navn skal udfyldes.');
});

test('leaving a field shows its error only, and fixing a rule clears the message it caused elsewhere', () => {
  const values = filled({ name: '', email: 'bad' });
  const afterEmail = revalidateShownErrors(values, {}, 'email', context);
  assert.deepEqual(Object.keys(afterEmail), ['email'], 'the untouched empty name stays quiet');

  const dated = filled({ date: '2026-03-01', dueDate: '2026-02-01' });
  const shown = revalidateShownErrors(dated, {}, 'dueDate', context);
  assert.equal(shown.dueDate, messages.validation.dueBeforeInvoice);
  const fixed = revalidateShownErrors({ ...dated, date: '2026-01-01' }, shown, 'date', context);
  assert.deepEqual(fixed, {});
});

test('while typing, a shown message goes once the value is right but does not change into another', () => {
  const shown = validateNewCaseForm(filled({ country: '' }), context);
  assert.equal(shown.country, 'Country is required.');
  const typing = revalidateShownErrors(filled({ country: 'Denm' }), shown, null, context, 'country');
  assert.equal(typing.country, 'Country is required.', 'no "not a country" for a name half typed');
  const left = revalidateShownErrors(filled({ country: 'Denm' }), typing, 'country', context);
  assert.notEqual(left.country, 'Country is required.', 'leaving the field gives its real verdict');
  assert.ok(left.country);
  const done = revalidateShownErrors(filled({ country: 'Denmark' }), left, null, context, 'country');
  assert.equal(done.country, undefined, 'fixed while typing: the message goes at once');
});

test('the form accepts the e-mail addresses the API schemas accept: its pattern is the one zod checks', () => {
  assert.equal(emailPattern.source, regexes.email.source);
  assert.equal(emailPattern.flags, regexes.email.flags);
});
