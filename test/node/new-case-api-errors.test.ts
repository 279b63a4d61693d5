import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCase as messages } from '../../src/widget/i18n/en/new-case.js';
import { fieldErrorsFromApi, formFieldOfApiKey } from '../../src/widget/views/new-case/rules/api-field-errors.js';

test('API field keys match form fields whatever their casing or prefix', () => {
  assert.equal(formFieldOfApiKey('debtor.email'), 'email');
  assert.equal(formFieldOfApiKey('Debtor.Email'), 'email');
  assert.equal(formFieldOfApiKey('$.debtor.email'), 'email');
  assert.equal(formFieldOfApiKey('CreditorReference'), 'creditorReference');
  assert.equal(formFieldOfApiKey('Debtor.CountryAlpha2'), 'country');
  assert.equal(formFieldOfApiKey('debtor.state'), 'stateAlpha2');
  assert.equal(formFieldOfApiKey('AmountToRecoverOver12Months'), 'amountToRecoverOver12Months');
  assert.equal(formFieldOfApiKey('Users'), undefined);
});

test("a 400 lands on the fields with Debitura's message, and unknown keys are kept for the summary", () => {
  const mapped = fieldErrorsFromApi(
    { 'Debtor.Email': ['Invalid email format'], debtor: ['Debtor information is required'] },
    messages,
  );
  assert.equal(mapped.fields.email, 'Debitura did not accept this value: Invalid email format');
  assert.deepEqual(mapped.unmatched, ['Debtor information is required']);
});

test('a duplicate reference reads as a plain explanation on the reference field', () => {
  const mapped = fieldErrorsFromApi(
    { creditorReference: ['DuplicateReference: a case with this reference already exists'] },
    messages,
  );
  assert.equal(mapped.fields.creditorReference, messages.outcomes.duplicateReference.body);
});
