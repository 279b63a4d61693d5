// The script-tag build's `loadMessages`: English ships in the bundle; other catalogues are JSON files beside
// the script (`locales/da.json`), fetched only when a widget on the page needs them. Data, not code, so the
// bundle's `integrity` still covers every line that runs.
import { en, type Messages } from './en/index.js';
import { catalogueOverEnglish } from './catalogue-over-english.js';
import type { CatalogueLanguage } from './resolve-locale.js';

// Read while the script runs: `document.currentScript` is gone once it has.
const scriptUrl = (globalThis.document?.currentScript as HTMLScriptElement | null | undefined)?.src || globalThis.location?.href;

const loaded = new Map<CatalogueLanguage, Promise<Messages>>();

export function loadMessages(language: CatalogueLanguage): Promise<Messages> {
  if (language === 'en' || !scriptUrl) return Promise.resolve(en);
  let pending = loaded.get(language);
  if (!pending) {
    pending = fetch(new URL(`locales/${language}.json`, scriptUrl), { credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`locales/${language}.json answered ${response.status}`);
      return catalogueOverEnglish(en, await response.json());
    });
    // A failed load (offline, a deploy) may succeed later, so it is not cached.
    pending.catch(() => loaded.delete(language));
    loaded.set(language, pending);
  }
  return pending;
}

export { en as englishMessages };
