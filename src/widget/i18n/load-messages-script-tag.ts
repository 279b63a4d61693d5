// The script-tag build's `loadMessages`: English ships with the widget; other catalogues are JSON files beside
// the script (`locales/da.json`), fetched only when a widget on the page needs them. Data, not code, so the
// script's `integrity` still covers every line that runs.
import { englishShell } from './en/shell.js';
import { cachedCatalogues } from './catalogue-cache.js';
import { catalogueOverEnglish } from './catalogue-over-english.js';

// The chunks sit beside the script tag's file, and the locales folder beside them. Read apart from `new URL()`:
// the bundler takes `new URL(…, import.meta.url)` for an asset of its own to resolve.
const chunkUrl = import.meta.url;

export const loadMessages = cachedCatalogues(async (language) => {
  const response = await fetch(new URL(`locales/${language}.json`, chunkUrl), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`locales/${language}.json answered ${response.status}`);
  return catalogueOverEnglish(englishShell, await response.json());
});
