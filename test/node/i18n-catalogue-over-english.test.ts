// Catalogues fetched as data are laid over English, so a gap or a wrong type shows English, never undefined.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueOverEnglish } from '../../src/widget/i18n/catalogue-over-english.js';
import { en } from '../../src/widget/i18n/en/index.js';
import { messages as da } from '../../src/widget/i18n/da/index.js';

test('a complete catalogue comes through as it was written', () => {
  assert.deepEqual(catalogueOverEnglish(en, JSON.parse(JSON.stringify(da))), da);
});

test('missing, non-string and unknown entries fall back to English or are dropped', () => {
  const partial = { header: { title: 'Inkasso', creditor: 42 }, injected: { html: '<img onerror=alert(1)>' } };
  const merged = catalogueOverEnglish(en, partial);
  assert.equal(merged.header.title, 'Inkasso');
  assert.equal(merged.header.creditor, en.header.creditor);
  assert.equal(merged.newCase.steps.form, en.newCase.steps.form);
  assert.equal('injected' in merged, false);
});

test('anything but an object gives English', () => {
  assert.deepEqual(catalogueOverEnglish(en, null), en);
  assert.deepEqual(catalogueOverEnglish(en, 'nonsense'), en);
});
