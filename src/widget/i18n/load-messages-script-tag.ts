// The script-tag build's `loadMessages`: English ships in the bundle; other catalogues are JSON files beside
// the script (`locales/da.json`), fetched only when a widget on the page needs them. Data, not code, so the
// bundle's `integrity` still covers every line that runs.
import { en } from './en/index.js';
import { cachedCatalogues } from './catalogue-cache.js';
import { catalogueOverEnglish } from './catalogue-over-english.js';

// Read while the script runs: `document.currentScript` is gone once it has.
const scriptUrl =
  (globalThis.document?.currentScript as HTMLScriptElement | null | undefined)?.src || globalThis.location?.href;

export const loadMessages = cachedCatalogues(async (language) => {
  if (!scriptUrl) return en;
  const response = await fetch(new URL(`locales/${language}.json`, scriptUrl), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`locales/${language}.json answered ${response.status}`);
  return catalogueOverEnglish(en, await response.json());
});

export { en as englishMessages };
