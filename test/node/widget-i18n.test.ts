import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveLocale } from '../../src/widget/i18n/resolve-locale.js';
import { interpolate } from '../../src/widget/i18n/interpolate.js';
import { loadMessages } from '../../src/widget/i18n/load-messages.js';
import { statusLabel } from '../../src/widget/i18n/status-label.js';
import { en } from '../../src/widget/i18n/en/index.js';
import { lifecycleLabels, lifecycleStatuses } from '../../src/wire/case.js';
import { statusFamily } from '../../src/widget/status/lifecycle-family.js';

test('the locale attribute wins, then the nearest lang, then the browser language', () => {
  assert.deepEqual(resolveLocale(['da-DK', 'de', 'en-US']), { language: 'da', locale: 'da-DK' });
  assert.deepEqual(resolveLocale([null, 'de-AT', 'en-US']), { language: 'de', locale: 'de-AT' });
  assert.deepEqual(resolveLocale([null, '', 'da']), { language: 'da', locale: 'da' });
});

test('untranslated or invalid languages fall back to English', () => {
  assert.deepEqual(resolveLocale(['fr-FR', 'da']), { language: 'en', locale: 'en' });
  assert.deepEqual(resolveLocale(['not a tag!!', 'de']), { language: 'de', locale: 'de' });
  assert.deepEqual(resolveLocale([null, undefined]), { language: 'en', locale: 'en' });
});

test('interpolate fills named values and leaves unknown placeholders visible', () => {
  assert.equal(interpolate('Collecting for {company}', { company: 'Acme ApS' }), 'Collecting for Acme ApS');
  assert.equal(interpolate('Wait {seconds} s, {who}', { seconds: 42 }), 'Wait 42 s, {who}');
});

/** Every leaf path of a catalogue, e.g. `token.signedOut.title`. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(value: unknown, prefix = ''): Record<string, string[]> {
  if (typeof value === 'string') return { [prefix]: [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort() };
  if (typeof value !== 'object' || value === null) return {};
  return Object.assign({}, ...Object.entries(value).map(([k, v]) => placeholders(v, prefix ? `${prefix}.${k}` : k)));
}

for (const language of ['da', 'de'] as const) {
  test(`the ${language} catalogue loads on demand with every key and the same placeholders as English`, async () => {
    const messages = await loadMessages(language);
    assert.deepEqual(leafPaths(messages).sort(), leafPaths(en).sort());
    assert.deepEqual(placeholders(messages), placeholders(en));
    assert.notEqual(messages.header.title, en.header.title, 'actually translated');
  });
}

test('every lifecycle label Debitura sends gets a localized status label and a colour family', async () => {
  const da = await loadMessages('da');
  for (const status of lifecycleStatuses) {
    assert.equal(statusLabel(en, lifecycleLabels[status]), en.status[status]);
    assert.equal(statusLabel(da, status), da.status[status]);
  }
  assert.equal(statusLabel(en, 'Something new'), 'Something new', 'an unknown label is shown as sent');
  assert.equal(statusLabel(en, null), en.status.unknown);
  assert.equal(statusFamily('More Info Required'), 'action');
  assert.equal(statusFamily('Active'), 'active');
  assert.equal(statusFamily('Closed', 'Paid'), 'recovered');
  assert.equal(statusFamily('Closed', 'Debtor Untraceable'), 'closed');
});
