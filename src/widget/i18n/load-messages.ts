// English ships in the bundle; Danish and German are fetched only when a widget on the page needs them.
import { cachedCatalogues } from './catalogue-cache.js';

export const loadMessages = cachedCatalogues((language) =>
  (language === 'da' ? import('./da/index.js') : import('./de/index.js')).then((module) => module.messages),
);
