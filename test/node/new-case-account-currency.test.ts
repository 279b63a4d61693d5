// The form opens at once with the locale's currency guess; the account (GET /me, loading beside the form) then
// puts in the creditor's home currency, unless the user or the partner's draft already chose one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryCodes } from '../../src/widget/format/countries.js';
import {
  currencyOfCountry,
  defaultCurrencyFor,
  englishRegionNames,
  likelyRegionOf,
} from '../../src/widget/views/new-case/rules/currencies.js';
import { NewCaseFormMemory } from '../../src/widget/views/new-case/rules/new-case-form-memory.js';

test("the account's country, as an English name or a code, gives its currency", () => {
  assert.equal(currencyOfCountry('Denmark'), 'DKK');
  assert.equal(currencyOfCountry('germany'), 'EUR');
  assert.equal(currencyOfCountry('United Kingdom'), 'GBP');
  assert.equal(currencyOfCountry('SE'), 'SEK');
  assert.equal(currencyOfCountry('Atlantis'), null);
  assert.equal(currencyOfCountry('Antarctica'), null, 'a country without an offered currency');
  assert.equal(currencyOfCountry(null), null);
});

test('every region with an offered currency is known by the English name Intl gives it', () => {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  for (const [code, name] of Object.entries(englishRegionNames)) {
    assert.equal(name, names.of(code), code);
    assert.notEqual(currencyOfCountry(code), null, `${code} has an offered currency`);
    assert.equal(currencyOfCountry(name), currencyOfCountry(code), name);
  }
  for (const code of countryCodes) {
    if (currencyOfCountry(code) !== null) assert.ok(englishRegionNames[code], `${code} is named`);
  }
  assert.equal(currencyOfCountry('Hong Kong'), 'HKD', "the name of newer region data (Chromium's) too");
  assert.equal(currencyOfCountry('türkiye'), 'TRY');
});

test('the likely regions the form uses without loading Intl data are the ones Intl gives', () => {
  for (const [language, region] of Object.entries(likelyRegionOf)) {
    assert.equal(new Intl.Locale(language).maximize().region, region, language);
  }
  assert.equal(defaultCurrencyFor('en'), 'USD');
  assert.equal(defaultCurrencyFor('pt'), 'BRL', 'other languages still ask Intl');
});

test("the account's currency replaces the locale's guess in an open form and keeps what was typed", () => {
  const memory = new NewCaseFormMemory();
  memory.ensure('USD', 'en');
  memory.edit('name', 'Nordlys Trading ApS');
  let notified = 0;
  memory.subscribe(() => notified++);
  memory.preferCurrency('DKK');
  assert.equal(memory.values.currencyCode, 'DKK');
  assert.equal(memory.values.name, 'Nordlys Trading ApS');
  assert.equal(notified, 1, 'the form is told to show it');
});

test('the account currency known before the form opens is the one it opens with', () => {
  const memory = new NewCaseFormMemory();
  memory.preferCurrency('SEK');
  memory.ensure('USD', 'en');
  assert.equal(memory.values.currencyCode, 'SEK');
});

test('a currency the user chose stays, also after the account answers', () => {
  const memory = new NewCaseFormMemory();
  memory.ensure('USD', 'en');
  memory.edit('currencyCode', 'NOK');
  memory.preferCurrency('DKK');
  assert.equal(memory.values.currencyCode, 'NOK');
});

test("a draft's currency stays; a draft without one takes the account's", () => {
  const withCurrency = new NewCaseFormMemory();
  withCurrency.ensure('USD', 'en');
  withCurrency.offer({ currencyCode: 'GBP', debtor: { name: 'Nordlys Trading ApS' } });
  withCurrency.preferCurrency('DKK');
  assert.equal(withCurrency.values.currencyCode, 'GBP');

  const withoutCurrency = new NewCaseFormMemory();
  withoutCurrency.ensure('USD', 'en');
  withoutCurrency.offer({ debtor: { name: 'Nordlys Trading ApS' } });
  withoutCurrency.preferCurrency('DKK');
  assert.equal(withoutCurrency.values.currencyCode, 'DKK');
  assert.equal(withoutCurrency.values.name, 'Nordlys Trading ApS');
});

test('an unknown account country changes nothing', () => {
  const memory = new NewCaseFormMemory();
  memory.ensure('USD', 'en');
  memory.preferCurrency(null);
  assert.equal(memory.values.currencyCode, 'USD');
});
