// Which language the widget speaks: the `locale` attribute, else the nearest `lang` on the page, else the
// browser's language; anything not translated falls back to English.
import { nearestLang } from './nearest-lang.js';

export type CatalogueLanguage = 'en' | 'da' | 'de';
export const catalogueLanguages: readonly CatalogueLanguage[] = ['en', 'da', 'de'];

export interface ResolvedLocale {
  /** Which catalogue to show. */
  language: CatalogueLanguage;
  /** The BCP 47 tag for number and date formatting, e.g. `da-DK`; `en` when the request was not usable. */
  locale: string;
}

export function resolveLocale(candidates: ReadonlyArray<string | null | undefined>): ResolvedLocale {
  for (const candidate of candidates) {
    const tag = canonicalTag(candidate);
    if (!tag) continue;
    const language = tag.split('-')[0]!.toLowerCase();
    // Norwegian Bokmål readers are better served by Danish than by English.
    const mapped = language === 'nb' || language === 'no' ? 'da' : language;
    const supported = catalogueLanguages.find((l) => l === mapped);
    if (supported) return { language: supported, locale: tag };
    // A page that declares an untranslated language gets English texts, not the next candidate's.
    return { language: 'en', locale: 'en' };
  }
  return { language: 'en', locale: 'en' };
}

/** What an element speaks, given its `locale` (attribute or property): the same for every element and the loader. */
export function resolveElementLocale(element: Element, locale: string | null | undefined): ResolvedLocale {
  return resolveLocale([locale, nearestLang(element), globalThis.navigator?.language]);
}

function canonicalTag(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  try {
    return Intl.getCanonicalLocales(trimmed)[0] ?? null;
  } catch {
    return null;
  }
}
