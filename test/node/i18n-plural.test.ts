import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DebituraApiError } from '../../src/widget/api/api-error.js';
import { apiErrorText } from '../../src/widget/errors/error-text.js';
import { en, type Messages } from '../../src/widget/i18n/en/index.js';
import { loadMessages } from '../../src/widget/i18n/load-messages.js';
import { plural } from '../../src/widget/i18n/plural.js';

const catalogues: Record<string, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  da: () => loadMessages('da'),
  de: () => loadMessages('de'),
};

function rateLimitText(messages: Messages, seconds: number): string {
  return apiErrorText(
    messages,
    new DebituraApiError({ type: 'rate_limit_error', message: 'slow', retryAfterSeconds: seconds }),
  ).body;
}

test('a wait of one second reads in the singular, and of two in the plural, in every language', async () => {
  const seen = await Promise.all(
    Object.values(catalogues).map(async (load) => {
      const messages = await load();
      return [rateLimitText(messages, 1), rateLimitText(messages, 2)];
    }),
  );
  assert.deepEqual(seen, [
    ['Please wait 1 second and try again.', 'Please wait 2 seconds and try again.'],
    ['Vent 1 sekund, og prøv igen.', 'Vent 2 sekunder, og prøv igen.'],
    [
      'Bitte warten Sie 1 Sekunde und versuchen Sie es erneut.',
      'Bitte warten Sie 2 Sekunden und versuchen Sie es erneut.',
    ],
  ]);
});

test("the catalogue's language picks the form, not the format locale", () => {
  // French counts 0 as singular, English does not: English texts follow English rules.
  const forms = { one: '{count} case', other: '{count} cases' };
  assert.equal(plural('en', forms, 0, { count: 0 }), '0 cases');
  assert.equal(plural('fr', forms, 0, { count: 0 }), '0 case');
  assert.equal(
    plural('en', { other: '{count} cases' }, 1, { count: 1 }),
    '1 cases',
    'other stands in for a missing form',
  );
});

/** Every text with plural forms (an object with `other`), by its path. */
function pluralTexts(value: unknown, path = ''): Array<[string, Record<string, unknown>]> {
  if (typeof value !== 'object' || value === null) return [];
  if ('other' in value) return [[path, value as Record<string, unknown>]];
  return Object.entries(value).flatMap(([key, inner]) => pluralTexts(inner, path ? `${path}.${key}` : key));
}

for (const [language, load] of Object.entries(catalogues)) {
  test(`the ${language} catalogue says it is ${language} and has every plural form its language uses`, async () => {
    const messages = await load();
    assert.equal(messages.language, language);
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const texts = pluralTexts(messages);
    assert.ok(texts.length >= 6, 'the counted texts are plural forms');
    for (const [path, forms] of texts) {
      assert.deepEqual(Object.keys(forms).sort(), [...categories].sort(), path);
    }
  });
}
