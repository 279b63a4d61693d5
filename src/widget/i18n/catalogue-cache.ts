// One load per language for the whole page, whichever way catalogues arrive (chunks in the npm build, JSON in
// the script-tag build). English is in the bundle and never loaded.
import type { Messages } from './en/index.js';
import { englishShell } from './en/shell.js';
import type { CatalogueLanguage } from './resolve-locale.js';

export function cachedCatalogues(
  load: (language: Exclude<CatalogueLanguage, 'en'>) => Promise<Messages>,
): (language: CatalogueLanguage) => Promise<Messages> {
  const loaded = new Map<CatalogueLanguage, Promise<Messages>>();
  return function loadMessages(language: CatalogueLanguage): Promise<Messages> {
    if (language === 'en') return Promise.resolve(englishShell);
    let pending = loaded.get(language);
    if (!pending) {
      pending = load(language);
      // A failed load (offline, a deploy) may succeed later, so it is not cached.
      pending.catch(() => loaded.delete(language));
      loaded.set(language, pending);
    }
    return pending;
  };
}
