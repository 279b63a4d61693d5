// What the script tag's loader hands the widget: how to fetch a chunk with its integrity, and the integrity of
// each catalogue beside the script. Kept per folder of chunks (the folder's URL), so two versions of the script
// on one page each use the files they pinned. npm builds have no loader, hence no pins.
import type { CatalogueLanguage } from './i18n/resolve-locale.js';

/**
 * Fetches a chunk and everything it imports as `<link rel="modulepreload" integrity>`, and settles once all have
 * matched, so the `import()` that follows takes them from the module map as checked; rejects if one did not.
 */
export type PreloadChunk = (chunkName: string) => Promise<void>;

export interface CataloguePin {
  /** The catalogue's path in the folder, e.g. `locales/da.json`. */
  file: string;
  integrity: string;
}

export interface ScriptTagPins {
  preloadChunk: PreloadChunk;
  /** Each translated language's catalogue. */
  catalogues: Partial<Record<CatalogueLanguage, CataloguePin>>;
}

const pinsKey = Symbol.for('debitura-collect.script-tag-pins');

function pinsByFolder(): Map<string, ScriptTagPins> {
  const hooks = globalThis as { [pinsKey]?: Map<string, ScriptTagPins> };
  return (hooks[pinsKey] ??= new Map<string, ScriptTagPins>());
}

/** The folder a file sits in; empty where a bundler gives modules no URL (no loader to ask there either). */
export function folderOf(url: string): string {
  try {
    return new URL('.', url).href;
  } catch {
    return '';
  }
}

/** Called by the loader for the folder of its chunks. */
export function registerScriptTagPins(folder: string, pins: ScriptTagPins): void {
  pinsByFolder().set(folder, pins);
}

/** The pins for the folder a module's chunk sits in (pass its `import.meta.url`), if a loader set them. */
export function scriptTagPinsOf(moduleUrl: string): ScriptTagPins | undefined {
  return pinsByFolder().get(folderOf(moduleUrl));
}

/** The request for a catalogue, the same from the loader's preload and the widget's fetch so one serves both. */
export const catalogueRequest = { credentials: 'same-origin', mode: 'cors' } as const satisfies RequestInit;
