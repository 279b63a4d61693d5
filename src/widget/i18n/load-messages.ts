// English ships in the bundle; Danish and German are fetched only when a widget on the page needs them.
import { en, type Messages } from './en/index.js';
import type { CatalogueLanguage } from './resolve-locale.js';

const loaded = new Map<CatalogueLanguage, Promise<Messages>>();

export function loadMessages(language: CatalogueLanguage): Promise<Messages> {
  if (language === 'en') return Promise.resolve(en);
  let pending = loaded.get(language);
  if (!pending) {
    pending = (language === 'da' ? import('./da/index.js') : import('./de/index.js')).then((module) => module.messages);
    // A failed chunk load (offline, a deploy) may succeed later, so it is not cached.
    pending.catch(() => loaded.delete(language));
    loaded.set(language, pending);
  }
  return pending;
}

export { en as englishMessages };
