// The partner's draft in the new-case form: every value lands as editable text in the reader's notation, what a
// field cannot hold is an issue at that field, what the form has no field for is listed; and the form memory
// keeps what the user typed across remounts and asks before a new draft replaces it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillFromDraft } from '../../src/widget/views/new-case/rules/case-draft.js';
import { parseAmountInput } from '../../src/widget/views/new-case/rules/amount-input.js';
import { NewCaseFormMemory } from '../../src/widget/views/new-case/rules/new-case-form-memory.js';
import { emptyNewCaseForm } from '../../src/widget/views/new-case/rules/new-case-form-values.js';
import { validateNewCaseForm } from '../../src/widget/views/new-case/rules/new-case-validation.js';
import { newCase } from '../../src/widget/i18n/en/new-case.js';
import { nordlysInvoice } from '../invoice-draft.js';

const invoice = nordlysInvoice('INV-1042');

const base = emptyNewCaseForm('EUR');

test('a complete draft fills every field in the reader’s notation, and the form finds nothing wrong', () => {
  for (const [locale, amount, country, dueDate] of [
    ['en', '12,500.00', 'Denmark', '12/03/2025'],
    ['da', '12.500,00', 'Danmark', '03.12.2025'],
    ['de', '12.500,00', 'Dänemark', '03.12.2025'],
  ] as const) {
    const fill = fillFromDraft(invoice, base, locale);
    assert.deepEqual(fill.issues, []);
    assert.deepEqual(fill.unused, []);
    assert.equal(fill.values.amountToRecover, amount);
    assert.equal(fill.values.country, country);
    assert.equal(fill.values.currencyCode, 'DKK');
    assert.equal(fill.values.dueDate, dueDate);
    assert.equal(fill.values.creditorReference, 'INV-1042');
    assert.deepEqual(
      validateNewCaseForm(fill.values, { messages: newCase, locale, today: '2026-01-15' }),
      {},
      `nothing to fix in ${locale}`,
    );
  }
});

test('amounts read back exactly; ones with more than two decimals stay as given and are flagged by the form', () => {
  for (const locale of ['en', 'da', 'de', 'de-CH', 'fr']) {
    for (const amount of [0.5, 99, 1234.56, 1_000_000]) {
      const text = fillFromDraft({ amountToRecover: amount }, base, locale).values.amountToRecover;
      assert.equal(parseAmountInput(text, locale), amount, `${amount} in ${locale} became ${text}`);
    }
  }
  const fill = fillFromDraft({ amountToRecover: 10.005 }, base, 'en');
  assert.equal(fill.values.amountToRecover, '10.005');
  const errors = validateNewCaseForm(fill.values, { messages: newCase, locale: 'en', today: '2026-01-15' });
  assert.equal(errors.amountToRecover, newCase.validation.amountFormat);
});

test('values a field cannot hold are issues at that field, quoting what was handed over', () => {
  const fill = fillFromDraft(
    {
      debtor: { type: 'Government', stateAlpha2: 'XX', countryAlpha2: 'US', name: { first: 'A' } },
      currencyCode: 'XYZ',
      date: '31/12/2025',
      dueDate: new Date('nonsense'),
    },
    base,
    'en',
  );
  assert.deepEqual(
    fill.issues.map((issue) => [issue.field, issue.kind, issue.value]),
    [
      ['debtorType', 'debtorType', 'Government'],
      ['name', 'value', '{"first":"A"}'],
      ['stateAlpha2', 'state', 'XX'],
      ['currencyCode', 'currency', 'XYZ'],
      ['date', 'date', '31/12/2025'],
      ['dueDate', 'date', 'Invalid Date'],
    ],
  );
  assert.equal(fill.values.currencyCode, 'EUR', 'the field keeps a value it can show');
  assert.equal(fill.values.date, '');
});

test('an unknown country stays as given so the form flags it; alpha-2 wins over the English name', () => {
  const unknown = fillFromDraft({ debtor: { countryAlpha2: 'QQ' } }, base, 'en');
  assert.equal(unknown.values.country, 'QQ');
  assert.equal(
    validateNewCaseForm(unknown.values, { messages: newCase, locale: 'en', today: '2026-01-15' }).country,
    newCase.validation.country,
  );
  assert.equal(
    fillFromDraft({ debtor: { countryAlpha2: 'SE', country: 'Norway' } }, base, 'en').values.country,
    'Sweden',
  );
  assert.equal(fillFromDraft({ debtor: { country: 'Germany' } }, base, 'da').values.country, 'Tyskland');
});

test('parts the form has no field for are listed, never silently dropped; odd drafts never throw', () => {
  const fill = fillFromDraft({ debtor: { name: 'A', fax: '123' }, iban: 'DK50', amountToRecover: 5 }, base, 'en');
  assert.deepEqual(fill.unused, ['iban', 'debtor.fax']);
  assert.deepEqual(fill.supplied, ['name', 'amountToRecover']);
  for (const odd of ['text', 42, [invoice], { debtor: 'Nordlys' }]) {
    const result = fillFromDraft(odd, base, 'en');
    assert.ok(result.unused.length > 0, JSON.stringify(odd));
  }
  assert.deepEqual(fillFromDraft(undefined, base, 'en').values, base);
});

test('a partial draft fills what it has and leaves the rest for the user', () => {
  const fill = fillFromDraft(
    { debtor: { name: 'Nordlys Trading ApS', zipCode: 1620 }, creditorReference: 'INV-7' },
    base,
    'en',
  );
  assert.deepEqual(fill.supplied, ['name', 'zipCode', 'creditorReference']);
  assert.equal(fill.values.zipCode, '1620');
  assert.equal(fill.values.address, '');
  assert.equal(fill.values.debtorType, 'Company');
});

test('private debtors: "Person" and any case are read as Private; US states with or without the prefix', () => {
  const fill = fillFromDraft({ debtor: { type: 'person', stateAlpha2: 'us-ca', countryAlpha2: 'us' } }, base, 'en');
  assert.equal(fill.values.debtorType, 'Private');
  assert.equal(fill.values.stateAlpha2, 'CA');
  assert.equal(fill.values.country, 'United States');
});

test('form memory: a draft set before the form opens fills it once the locale is known', () => {
  const memory = new NewCaseFormMemory();
  assert.equal(memory.offer(invoice), 'waiting');
  memory.ensure('DKK', 'da');
  assert.equal(memory.values.amountToRecover, '12.500,00');
  assert.equal(memory.applied?.supplied.includes('name'), true);
});

test('form memory: what was typed survives the view going away; a new draft then waits for the user', () => {
  const memory = new NewCaseFormMemory();
  memory.ensure('EUR', 'en');
  assert.equal(memory.offer(invoice), 'applied');
  let notified = 0;
  memory.subscribe(() => notified++);
  memory.edit('name', 'Nordlys Trading A/S');
  // The view is removed and another one reads the memory: the edit is there.
  assert.equal(memory.values.name, 'Nordlys Trading A/S');

  const revision = memory.revision;
  assert.equal(memory.offer({ ...invoice, creditorReference: 'INV-2000' }), 'pending');
  assert.equal(notified, 1);
  assert.equal(memory.values.name, 'Nordlys Trading A/S', 'nothing replaced before the user says so');
  assert.equal(memory.pending?.values.creditorReference, 'INV-2000');
  memory.keepTyped();
  assert.equal(memory.pending, null);
  assert.equal(memory.values.creditorReference, 'INV-1042');
  assert.equal(memory.revision, revision);

  memory.offer({ ...invoice, creditorReference: 'INV-3000' });
  memory.acceptPending();
  assert.equal(memory.values.creditorReference, 'INV-3000');
  assert.equal(memory.values.name, 'Nordlys Trading ApS');
  assert.equal(memory.revision, revision + 1);
  // Untouched since the last draft: the next one replaces at once.
  assert.equal(memory.offer({ creditorReference: 'INV-4000' }), 'applied');
  assert.equal(memory.values.name, '', 'a draft replaces the whole form, not a mix of two invoices');
});

test('form memory: taking the draft away keeps the form; after a sent case a draft fills without asking', () => {
  const memory = new NewCaseFormMemory();
  memory.ensure('EUR', 'en');
  memory.edit('name', 'Typed by hand');
  assert.equal(memory.offer(null), 'ignored');
  assert.equal(memory.values.name, 'Typed by hand');
  memory.reset('EUR');
  assert.equal(memory.offer(invoice), 'applied');
});

test('a draft’s claimDescription fills the claim description, and one too long is shown at that field', () => {
  const fill = fillFromDraft({ ...invoice, claimDescription: 'Office furniture, October delivery.' }, base, 'en');
  assert.deepEqual(fill.unused, []);
  assert.equal(fill.values.claimDescription, 'Office furniture, October delivery.');
  assert.ok(fill.supplied.includes('claimDescription'));
  const long = fillFromDraft({ ...invoice, claimDescription: 'x'.repeat(4001) }, base, 'en');
  assert.equal(
    validateNewCaseForm(long.values, { messages: newCase, locale: 'en', today: '2026-01-15' }).claimDescription,
    'Use at most 4000 characters.',
  );
});
