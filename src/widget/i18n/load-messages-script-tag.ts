// The script-tag build's `loadMessages`: English ships with the widget; other catalogues are JSON files beside
// the script (`locales/da.json`), fetched only when a widget on the page needs them, with the integrity the
// script tag's loader pinned for them, so a changed file is refused like a changed chunk.
import { englishShell } from './en/shell.js';
import { cachedCatalogues } from './catalogue-cache.js';
import { catalogueOverEnglish } from './catalogue-over-english.js';
import { catalogueRequest, scriptTagPinsOf } from '../script-tag-pins.js';

// The chunks sit beside the script tag's file, and the locales folder beside them. Read apart from `new URL()`:
// the bundler takes `new URL(…, import.meta.url)` for an asset of its own to resolve.
const chunkUrl = import.meta.url;

export const loadMessages = cachedCatalogues(async (language) => {
  const pin = scriptTagPinsOf(chunkUrl)?.catalogues[language];
  const file = pin?.file ?? `locales/${language}.json`;
  const response = await fetch(new URL(file, chunkUrl), {
    ...catalogueRequest,
    ...(pin && { integrity: pin.integrity }),
  });
  if (!response.ok) throw new Error(`${file} answered ${response.status}`);
  return catalogueOverEnglish(englishShell, await response.json());
});
