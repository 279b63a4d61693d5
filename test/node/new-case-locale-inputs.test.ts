import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAmountInput } from '../../src/widget/views/new-case/rules/amount-input.js';
import { countryCodes, countryOptions, resolveCountryCode } from '../../src/widget/format/countries.js';
import { currencyOptions, defaultCurrencyFor } from '../../src/widget/views/new-case/rules/currencies.js';

test('amounts are read in the reader convention and in the plain one', () => {
  assert.equal(parseAmountInput('1,250.50', 'en-US'), 1250.5);
  assert.equal(parseAmountInput('1.250,50', 'da-DK'), 1250.5);
  assert.equal(parseAmountInput('1250.50', 'da-DK'), 1250.5);
  assert.equal(parseAmountInput('1 250,5', 'de-DE'), 1250.5);
  assert.equal(parseAmountInput('1.250', 'de-DE'), 1250, 'a German "1.250" groups thousands');
  assert.equal(parseAmountInput('1,250', 'en-GB'), 1250, 'an English "1,250" groups thousands');
  assert.equal(parseAmountInput('1,25', 'en-GB'), 1.25);
  assert.equal(parseAmountInput('1.000.000', 'en-GB'), 1000000);
});

test('anything that is not an amount with at most two decimals is refused', () => {
  for (const text of ['', 'abc', '12e3', '-5', '1,2,3', '1.234,5.6', '1.2345', '12,34,567']) {
    assert.equal(parseAmountInput(text, 'en-GB'), null, text);
  }
});

test('the default currency follows the locale region', () => {
  assert.equal(defaultCurrencyFor('da-DK'), 'DKK');
  assert.equal(defaultCurrencyFor('da'), 'DKK');
  assert.equal(defaultCurrencyFor('de-DE'), 'EUR');
  assert.equal(defaultCurrencyFor('de-CH'), 'CHF');
  assert.equal(defaultCurrencyFor('en-GB'), 'GBP');
  assert.equal(defaultCurrencyFor('sv-SE'), 'SEK');
  assert.equal(defaultCurrencyFor('en-US'), 'USD');
  assert.equal(defaultCurrencyFor('not a locale'), 'EUR');
});

test('currencies are labelled with code and localized name', () => {
  const dkk = currencyOptions('da-DK').find((option) => option.code === 'DKK');
  assert.equal(dkk?.label, 'DKK – dansk krone');
});

test('every ISO country is offered with a localized name, and names or codes resolve to alpha-2', () => {
  assert.equal(countryCodes.length, 249);
  const german = countryOptions('de-DE');
  assert.equal(german.find((country) => country.code === 'DK')?.name, 'Dänemark');
  assert.equal(resolveCountryCode('Dänemark', 'de-DE'), 'DK');
  assert.equal(resolveCountryCode('  danemark ', 'de-DE'), 'DK');
  assert.equal(resolveCountryCode('Sverige', 'da-DK'), 'SE');
  assert.equal(resolveCountryCode('gb', 'en'), 'GB');
  assert.equal(resolveCountryCode('Antarctica', 'en'), 'AQ');
  assert.equal(resolveCountryCode('EU', 'en'), null, 'not a country');
  assert.equal(resolveCountryCode('Atlantis', 'en'), null);
});
