import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateCreateCase, type CreateCaseRules } from '../../src/sandbox/customer/create-case-validation.js';

const now = new Date('2026-06-15T12:00:00Z');
const rules: CreateCaseRules = {
  now,
  isTeamMember: (email) => email === 'anna@acme.example',
  isDuplicateReference: (reference) => reference === 'INV-TAKEN',
};

function validCase(overrides: Record<string, unknown> = {}, debtor: Record<string, unknown> = {}) {
  return {
    currencyCode: 'DKK',
    amountToRecover: 1250.5,
    date: '2026-03-01',
    dueDate: '2026-03-31',
    creditorReference: 'INV-1001',
    debtor: {
      type: 'Company',
      name: 'Fjord Foods ApS',
      address: 'Havnegade 1',
      city: 'Aarhus',
      countryAlpha2: 'DK',
      ...debtor,
    },
    ...overrides,
  };
}

function errorsOf(body: unknown): Record<string, string[]> {
  const result = validateCreateCase(body, rules);
  assert.equal(result.ok, false, 'expected validation errors');
  return result.ok ? {} : result.errors.toBody();
}

describe('POST /cases field validation', () => {
  it('accepts a complete case and normalises it', () => {
    const result = validateCreateCase(validCase({ currencyCode: 'dkk' }, { type: 'company' }), rules);
    assert.ok(result.ok);
    assert.equal(result.value.currencyCode, 'DKK');
    assert.equal(result.value.debtorType, 'Company');
    assert.equal(result.value.countryAlpha2, 'DK');
    assert.equal(result.value.ageBreakdown, null);
  });

  it('binds property names case-insensitively, as ASP.NET does', () => {
    const result = validateCreateCase(
      {
        CurrencyCode: 'EUR',
        AmountToRecover: 10,
        Date: '2026-01-01',
        Debtor: { Type: 'Private', Name: 'Jo Doe', Address: 'A 1', City: 'Berlin', CountryAlpha2: 'DE' },
      },
      rules,
    );
    assert.ok(result.ok);
    assert.equal(result.value.debtorType, 'Private');
  });

  it('accepts "Person" as a private debtor and rejects other debtor types', () => {
    const person = validateCreateCase(validCase({}, { type: 'Person' }), rules);
    assert.ok(person.ok);
    assert.equal(person.value.debtorType, 'Private');
    assert.ok(errorsOf(validCase({}, { type: 'Robot' }))['debtor.type']);
  });

  it('requires the debtor, and its name, address and city', () => {
    assert.deepEqual(Object.keys(errorsOf(validCase({ debtor: undefined }))), ['debtor']);
    const errors = errorsOf(validCase({}, { name: 'X', address: ' ', city: null }));
    assert.ok(errors['debtor.address']);
    assert.ok(errors['debtor.city']);
    assert.ok(errorsOf(validCase({}, { name: '' }))['debtor.name']);
  });

  it('takes the country by code or by English name and rejects unknown ones', () => {
    const byName = validateCreateCase(validCase({}, { countryAlpha2: undefined, country: 'Sweden' }), rules);
    assert.ok(byName.ok);
    assert.equal(byName.value.countryAlpha2, 'SE');
    assert.deepEqual(errorsOf(validCase({}, { countryAlpha2: 'ZZ' }))['debtor.countryAlpha2'], [
      'Invalid country code: ZZ',
    ]);
    assert.ok(errorsOf(validCase({}, { countryAlpha2: undefined, country: 'Atlantis' }))['debtor.country']);
    assert.ok(errorsOf(validCase({}, { countryAlpha2: undefined }))['debtor.countryAlpha2']);
  });

  it('needs a state for US debtors, given as CA, US-CA or California; free-text state does not count', () => {
    for (const state of ['CA', 'us-ca', 'California']) {
      const result = validateCreateCase(validCase({}, { countryAlpha2: 'US', stateAlpha2: state }), rules);
      assert.ok(result.ok, state);
      assert.equal(result.value.stateAlpha2, 'CA');
    }
    const missing = errorsOf(validCase({}, { countryAlpha2: 'US', state: 'California' }));
    assert.match(missing['debtor.stateAlpha2']?.[0] ?? '', /required for US debtors/);
    assert.ok(errorsOf(validCase({}, { countryAlpha2: 'US', stateAlpha2: 'XX' }))['debtor.stateAlpha2']);
  });

  it('checks currency, amount and dates', () => {
    assert.deepEqual(errorsOf(validCase({ currencyCode: 'XYZ' })).currencyCode, ['Invalid currency code: XYZ']);
    assert.deepEqual(errorsOf(validCase({ amountToRecover: 0 })).amountToRecover, [
      'Case total must be a positive amount',
    ]);
    assert.ok(errorsOf(validCase({ amountToRecover: -5 })).amountToRecover);
    assert.deepEqual(errorsOf(validCase({ date: '2026-06-16' })).date, ['Case date cannot be in the future']);
    assert.deepEqual(errorsOf(validCase({ dueDate: '2026-02-01' })).dueDate, [
      'Due date cannot be earlier than the case date',
    ]);
    assert.ok(errorsOf(validCase({ dueDate: '2026-06-16' })).dueDate);
    assert.ok(errorsOf(validCase({ date: '2026-02-30' })).date, 'a day that does not exist');
    // Today is not the future.
    assert.ok(validateCreateCase(validCase({ date: '2026-06-15', dueDate: '2026-06-15T23:00:00Z' }), rules).ok);
  });

  it('rejects unknown fields, keyed by their path', () => {
    const errors = errorsOf(validCase({ claims: [] }, { vatNumber: '1' }));
    assert.ok(errors.claims);
    assert.ok(errors['debtor.vatNumber']);
  });

  it('limits creditorReference to 50 characters and reports duplicates under that key', () => {
    assert.ok(errorsOf(validCase({ creditorReference: 'x'.repeat(51) })).creditorReference);
    assert.match(errorsOf(validCase({ creditorReference: 'INV-TAKEN' })).creditorReference?.[0] ?? '', /duplicate/i);
  });

  it('requires assignedUserEmail to be a team member', () => {
    assert.ok(validateCreateCase(validCase({ assignedUserEmail: 'anna@acme.example' }), rules).ok);
    assert.ok(errorsOf(validCase({ assignedUserEmail: 'stranger@elsewhere.example' })).assignedUserEmail);
  });

  it('applies the age bucket rules', () => {
    const base = { amountToRecover: 1000 };
    assert.ok(errorsOf(validCase({ ...base, amountToRecoverOver12Months: 500 })).amountToRecoverOver24Months);
    assert.ok(errorsOf(validCase({ ...base, amountToRecoverOver6Months: 600 })).amountToRecoverOver6Months);
    assert.ok(
      errorsOf(validCase({ ...base, amountToRecoverOver12Months: 300, amountToRecoverOver24Months: 400 }))
        .amountToRecoverOver24Months,
    );
    assert.ok(
      errorsOf(validCase({ ...base, amountToRecoverOver12Months: 1200, amountToRecoverOver24Months: 100 }))
        .amountToRecoverOver12Months,
    );
    assert.ok(
      errorsOf(
        validCase({
          ...base,
          amountToRecoverOver6Months: 200,
          amountToRecoverOver12Months: 300,
          amountToRecoverOver24Months: 100,
        }),
      ).amountToRecoverOver6Months,
    );
    const ok = validateCreateCase(
      validCase({
        ...base,
        amountToRecoverOver6Months: 700,
        amountToRecoverOver12Months: 500,
        amountToRecoverOver24Months: 200,
      }),
      rules,
    );
    assert.ok(ok.ok);
    assert.deepEqual(ok.value.ageBreakdown, { over6: 700, over12: 500, over24: 200 });
  });

  it('names the field of a wrongly typed value', () => {
    const errors = errorsOf(validCase({ amountToRecover: '100' }));
    assert.match(errors.amountToRecover?.[0] ?? '', /amountToRecover/);
  });
});
