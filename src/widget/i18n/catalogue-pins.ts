// The script-tag loader carries the SRI value of each catalogue beside it (`locales/<language>.json`) and hands
// them to the widget, which fetches its words with that `integrity`: the value a partner pins on the script tag
// covers the words on screen as well as the code. Kept per folder of chunks, like the chunk pins.
import type { CatalogueLanguage } from './resolve-locale.js';

export const cataloguePinsKey = Symbol.for('debitura-collect.catalogue-pins');

export interface CataloguePin {
  /** The catalogue's path in the folder, e.g. `locales/da.json`. */
  file: string;
  integrity: string;
}

/** By the URL of a folder of chunks (ending in `/`): each translated language's catalogue file. */
export type CataloguePins = Map<string, Partial<Record<CatalogueLanguage, CataloguePin>>>;

export function pinnedCatalogues(): CataloguePins {
  const hooks = globalThis as { [cataloguePinsKey]?: CataloguePins };
  return (hooks[cataloguePinsKey] ??= new Map() as CataloguePins);
}

/** The request for a catalogue, the same from the loader's preload and the widget's fetch so one serves both. */
export const catalogueRequest = { credentials: 'same-origin', mode: 'cors' } as const satisfies RequestInit;
