import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMoney, formatPercent } from '../../src/widget/format/money.js';
import { formatDate, formatDateTime, parseDebituraInstant } from '../../src/widget/format/date.js';

// Intl output uses narrow no-break spaces in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

test('amounts follow the reader locale and the case currency', () => {
  assert.equal(plain(formatMoney(1234.5, 'DKK', 'da-DK')), '1.234,50 kr.');
  assert.equal(formatMoney(1234.5, 'EUR', 'en'), '€1,234.50');
  assert.equal(plain(formatMoney(1234.5, 'eur', 'de-DE')), '1.234,50 €');
});

test('an unknown currency code still shows the amount with the code', () => {
  assert.equal(formatMoney(10, 'XXXX', 'en'), '10 XXXX');
  assert.equal(formatMoney(10, null, 'en'), '10');
});

test('percentages are whole numbers on the wire', () => {
  assert.equal(formatPercent(20.5, 'en'), '20.5%');
});

test('zone-less instants are UTC; date-only values never shift a day', () => {
  assert.equal(parseDebituraInstant('2026-06-17T08:30:00')?.toISOString(), '2026-06-17T08:30:00.000Z');
  assert.equal(parseDebituraInstant('2026-06-17T08:30:00+02:00')?.toISOString(), '2026-06-17T06:30:00.000Z');
  assert.equal(formatDate('2026-02-22', 'en-US', 'America/Los_Angeles'), 'Feb 22, 2026');
  assert.equal(formatDateTime('2026-06-17T08:30:00', 'en-GB', 'Europe/Copenhagen'), '17 Jun 2026, 10:30');
  assert.equal(formatDate('garbage', 'en'), 'garbage');
  assert.equal(formatDate(null, 'en'), '');
});
