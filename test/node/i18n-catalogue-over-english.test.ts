// Catalogues fetched as data are laid over English, so a gap or a wrong type shows English, never undefined.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueOverEnglish } from '../../src/widget/i18n/catalogue-over-english.js';
import { en, type Messages } from '../../src/widget/i18n/en/index.js';
import { viewSections } from '../../src/widget/i18n/en/shell.js';
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

test('over the English the widget ships with, the sections of views not loaded yet come from the data', () => {
  const shipped = { ...en } as Record<string, unknown>;
  for (const section of viewSections) delete shipped[section];
  const data = JSON.parse(JSON.stringify(da)) as Record<string, Record<string, unknown>>;
  data.tasks!.updated = { html: 42 };
  const merged = catalogueOverEnglish(shipped as unknown as Messages, data);
  assert.deepEqual(merged.overview, da.overview);
  assert.equal(merged.cases.detail.live.updated, da.cases.detail.live.updated);
  assert.deepEqual(merged.tasks.updated, {}, 'nothing but strings gets in');
  assert.equal(merged.newCase.steps.form, da.newCase.steps.form);
});

test('a section whose English arrived only in part (the case list before the case detail) takes the rest from the data', () => {
  const shipped = { ...en, cases: { list: en.cases.list } } as unknown as Messages;
  const merged = catalogueOverEnglish(shipped, JSON.parse(JSON.stringify(da)));
  assert.equal(merged.cases.list.title, da.cases.list.title);
  assert.deepEqual(merged.cases.detail, da.cases.detail);
});
