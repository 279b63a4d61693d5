// The script tag's file: a small classic script that pins every file of the widget with its integrity. The
// widget's code is ES module chunks beside it (its own code, and a chunk per view loaded when first shown). The
// build writes their names and `sha384-…` values into this file, so the `integrity` a partner puts on the
// script tag covers everything that runs: each chunk is fetched first as `<link rel="modulepreload" integrity>`,
// and only once every file a module needs has loaded and matched is it imported, from the browser's module map.
// A file that fails its check is never imported: `import()` alone would fetch it again without the check.
// `modulepreload` with `integrity`: Chromium 66, Firefox 115, Safari 17.
import { resolveElementLocale } from './i18n/resolve-locale.js';
import { registerScriptTagPins, type PreloadChunk, type ScriptTagPins } from './script-tag-pins.js';
import { TokenError } from './token/token-error.js';
import { customerApiChunkName, firstViews, viewChunkNames } from './views/view-chunks.js';

/** Written by the build (build/script-tag-loader.ts). */
interface ScriptTagChunks {
  /** The chunk that registers `<debitura-collect>` and exports what npm users import. */
  entry: string;
  /** Every chunk: its SRI value and the chunks it imports statically. */
  files: Record<string, { integrity: string; imports: string[] }>;
  /** Chunks loaded on demand, by the name `views/view-chunks.ts` gives them. */
  named: Record<string, string>;
  /** The catalogue of each translated language, `locales/<language>.json`, with its SRI value. */
  locales: ScriptTagPins['catalogues'];
}

declare const SCRIPT_TAG_CHUNKS: ScriptTagChunks;

const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src || location.href;
const pins = new Map<string, Promise<void>>();

/**
 * Fetches a chunk and what it imports, each once, as modulepreload links carrying their integrity. Settles when
 * all of them have loaded and matched; rejects if one has not, and forgets it, so asking again fetches again.
 */
function pin(file: string): Promise<void> {
  const pinned = pins.get(file);
  if (pinned) return pinned;
  const chunk = SCRIPT_TAG_CHUNKS.files[file];
  if (!chunk) return Promise.reject(new Error(`debitura-collect: no chunk ${file}`));
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(file, base).href;
  link.integrity = chunk.integrity;
  if (script?.nonce) link.nonce = script.nonce;
  const loaded = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () =>
      reject(new Error(`debitura-collect: ${file} could not be fetched or did not match its integrity`));
  });
  (document.head ?? document.documentElement).append(link);
  const all = Promise.all([loaded, ...chunk.imports.map(pin)]).then(
    () => undefined,
    (error: unknown) => {
      pins.delete(file);
      link.remove();
      throw error;
    },
  );
  pins.set(file, all);
  return all;
}

const preloadChunk: PreloadChunk = (name) => {
  const file = SCRIPT_TAG_CHUNKS.named[name];
  return file ? pin(file) : Promise.resolve();
};
registerScriptTagPins(new URL('.', base).href, { preloadChunk, catalogues: SCRIPT_TAG_CHUNKS.locales });

const widgetCode = pin(SCRIPT_TAG_CHUNKS.entry);
// The first views' files arrive beside the widget's own code rather than after it. A view that shows data is of
// no use without the API code, so that comes beside them too; the form lets it wait until it is drawn.
const shownFirst = firstViews(document);
// A failure here is the widget's to report, when it asks for the code itself.
for (const view of shownFirst) preloadChunk(viewChunkNames[view]).catch(() => {});
if (shownFirst.some((view) => view !== 'new-case')) preloadChunk(customerApiChunkName).catch(() => {});
// So do the words of the languages those widgets will speak (as they resolve it: their `locale`, the nearest
// `lang`, the browser's), or the page's own when none is parsed yet. The widget's fetch, made with the same
// request and integrity, takes the preloaded answer.
const widgets = [...document.querySelectorAll('debitura-collect')];
const pageLanguages = (widgets.length > 0 ? widgets : [document.documentElement]).map(
  (element) => resolveElementLocale(element, element.getAttribute('locale')).language,
);
for (const language of new Set(pageLanguages)) {
  const catalogue = language === 'en' ? undefined : SCRIPT_TAG_CHUNKS.locales[language];
  if (!catalogue) continue;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.href = new URL(catalogue.file, base).href;
  link.integrity = catalogue.integrity;
  // `anonymous` is the preload's side of the widget's `credentials: 'same-origin'` (catalogueRequest).
  link.crossOrigin = 'anonymous';
  if (script?.nonce) link.nonce = script.nonce;
  (document.head ?? document.documentElement).append(link);
}

/**
 * `window.DebituraCollect`: `TokenError` at once (a page's `fetchToken` may need it before anything else), and
 * everything npm users import once `ready` resolves, by which time `<debitura-collect>` is registered.
 */
const api: Record<string, unknown> = { TokenError };
api.ready = widgetCode
  .then(() => import(new URL(SCRIPT_TAG_CHUNKS.entry, base).href))
  .then((module: Record<string, unknown>) => Object.assign(api, module));
(api.ready as Promise<unknown>).catch((error: unknown) =>
  console.error('debitura-collect: the widget could not be loaded', error),
);
(globalThis as { DebituraCollect?: unknown }).DebituraCollect = api;
