import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dateInputExample,
  dateShape,
  formatDateInput,
  knownDateShapes,
  parseDateInput,
} from '../../src/widget/views/new-case/rules/date-input.js';

test('dates are written the way the widget language writes them', () => {
  assert.equal(formatDateInput('2026-03-05', 'da'), '05.03.2026');
  assert.equal(formatDateInput('2026-03-05', 'de'), '05.03.2026');
  assert.equal(formatDateInput('2026-03-05', 'en-GB'), '05/03/2026');
  assert.equal(formatDateInput('2026-03-05', 'en-US'), '03/05/2026');
  assert.equal(dateInputExample('2026-11-30', 'da'), '31.12.2025', 'the example cannot be read day-for-month');
});

test('a typed date is read in the locale order, with any usual separator', () => {
  assert.equal(parseDateInput('5.3.2026', 'da'), '2026-03-05');
  assert.equal(parseDateInput('05-03-2026', 'de'), '2026-03-05');
  assert.equal(parseDateInput(' 5. 3. 2026 ', 'de'), '2026-03-05');
  assert.equal(parseDateInput('05/03/2026', 'en-GB'), '2026-03-05');
  assert.equal(parseDateInput('03/05/2026', 'en-US'), '2026-03-05');
  assert.equal(parseDateInput('05032026', 'da'), '2026-03-05', 'eight digits, no separators');
  assert.equal(parseDateInput('5.3.26', 'da'), '2026-03-05', 'a two-digit year is this century');
  assert.equal(parseDateInput('2026-03-05', 'en-US'), '2026-03-05', 'ISO is understood everywhere');
});

test('what is not a calendar date is refused', () => {
  for (const text of ['', '31.02.2026', '13/13/2026', '5.3', '5.3.2026.1', 'tomorrow', '123.4.2026', '5.3.126']) {
    assert.equal(parseDateInput(text, 'da'), null, text);
  }
  assert.equal(parseDateInput('05/13/2026', 'en-GB'), null, 'no 13th month in day/month order');
  assert.equal(parseDateInput('13/05/2026', 'en-US'), null, 'no 13th month in month/day order');
});

test('what the widget writes it reads back', () => {
  for (const locale of ['da', 'de', 'en', 'en-GB', 'fr', 'ja', 'sv']) {
    assert.equal(parseDateInput(formatDateInput('2026-11-30', locale), locale), '2026-11-30', locale);
  }
});

test('the shapes known without asking Intl are what Intl answers', () => {
  for (const [locale, known] of Object.entries(knownDateShapes)) {
    const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(
      new Date(Date.UTC(2026, 10, 30, 12)),
    );
    const order = parts.map((part) => part.type).filter((type) => type !== 'literal');
    const separator = parts.find((part) => part.type === 'literal')?.value.trim();
    assert.deepEqual({ order, separator }, { order: [...known.order], separator: known.separator }, locale);
  }
  assert.deepEqual(dateShape('fr').order, ['day', 'month', 'year'], 'other locales ask Intl');
});
