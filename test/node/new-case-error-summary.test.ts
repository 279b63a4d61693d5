import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCase as messages } from '../../src/widget/i18n/en/new-case.js';
import { newCase as german } from '../../src/widget/i18n/de/new-case.js';
import { errorSummaryEntries } from '../../src/widget/views/new-case/rules/error-summary.js';
import { emptyNewCaseForm } from '../../src/widget/views/new-case/rules/new-case-form-values.js';
import { validateNewCaseForm } from '../../src/widget/views/new-case/rules/new-case-validation.js';

const context = { messages, locale: 'en-GB', today: '2026-05-20' };

test('the summary lists each field still wrong in form order, naming the field once', () => {
  const values = { ...emptyNewCaseForm('EUR'), debtorType: 'Company' as const, email: 'bad', amountToRecover: '-5' };
  const entries = errorSummaryEntries(validateNewCaseForm(values, context), values, messages);
  const keys = entries.map((entry) => entry.key);
  assert.deepEqual(keys.slice(0, 3), ['name', 'contactPerson', 'address'], 'the order of the form');
  const name = entries.find((entry) => entry.key === 'name')!;
  assert.equal(name.label, null, 'a "required" message already names its field');
  assert.equal(name.message, 'Company name is required.');
  const email = entries.find((entry) => entry.key === 'email')!;
  assert.equal(email.label, messages.fields.email.label, 'other messages get the field label in front');
  assert.ok(keys.indexOf('email') < keys.indexOf('amountToRecover'));
});

test('fixed fields leave the summary, and its words follow the reader language', () => {
  const values = { ...emptyNewCaseForm('EUR'), debtorType: 'Private' as const };
  const errors = validateNewCaseForm(values, { ...context, messages: german, locale: 'de-DE' });
  const entries = errorSummaryEntries(errors, values, german);
  assert.ok(entries.every((entry) => entry.label === null && entry.message === errors[entry.key]));
  const { name: _fixed, ...rest } = errors;
  assert.equal(errorSummaryEntries(rest, values, german).length, entries.length - 1);
});
