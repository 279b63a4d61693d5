// Texts that change with a number ("1 second", "2 seconds") hold one form per plural category of their language.
// Intl.PluralRules of the catalogue's own language picks the form, so a language with other categories (Polish:
// one, few, many) needs only its catalogue, no code.
import { interpolate } from './interpolate.js';

/** One text per plural category the language uses; `other` is always there and stands in for a missing one. */
export type PluralForms = { readonly other: string } & Partial<Readonly<Record<Intl.LDMLPluralRule, string>>>;

const rulesByLanguage = new Map<string, Intl.PluralRules>();

/** One PluralRules per language: a list badge per row would otherwise build one each. */
function pluralRules(language: string): Intl.PluralRules {
  let rules = rulesByLanguage.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    rulesByLanguage.set(language, rules);
  }
  return rules;
}

/** The form for `count` in `language` (the catalogue's `language`), its placeholders filled from `values`. */
export function plural(
  language: string,
  forms: PluralForms,
  count: number,
  values: Readonly<Record<string, string | number>>,
): string {
  const category = pluralRules(language).select(count);
  return interpolate(forms[category] ?? forms.other, values);
}
