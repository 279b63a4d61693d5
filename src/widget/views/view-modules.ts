// Each view's code loads when the view is first shown, so a page downloads only the views it shows. A view's
// element is rendered at once either way: until its definition arrives it is an unknown element, and lit hands
// it the properties already set when it upgrades.
import {
  firstViews,
  preloadChunkHooks,
  viewChunkNames,
  type PreloadChunkHooks,
  type ViewModule,
} from './view-chunks.js';

const importers: Readonly<Record<ViewModule, () => Promise<unknown>>> = {
  'new-case': () => import('./new-case/new-case-view.js'),
  cases: () => import('./cases/case-list-view.js'),
  case: () => import('./case-detail/case-detail-view.js'),
  tasks: () => import('./tasks/tasks-view.js'),
  payments: () => import('./payments/payments-view.js'),
  overview: () => import('./overview/overview-view.js'),
  activation: () => import('./activation/activation-view.js'),
};

// The folder this module's chunk sits in, where the script tag's loader pinned the views' chunks. Read apart from
// `new URL()`: the bundler takes `new URL(…, import.meta.url)` for an asset of its own to resolve.
const moduleUrl = import.meta.url;
const chunkFolder = folderOf(moduleUrl);

function folderOf(url: string): string {
  try {
    return new URL('.', url).href;
  } catch {
    return ''; // a bundler that gives modules no URL: no script-tag loader to ask either
  }
}

const loaded = new Set<ViewModule>();
const loading = new Map<ViewModule, Promise<void>>();

export function isViewLoaded(view: ViewModule): boolean {
  return loaded.has(view);
}

/**
 * Loads a view's code once per page. A failure is not kept: asking again tries again (a browser may still
 * answer from its own record of the failed file until the page reloads).
 */
export function loadView(view: ViewModule): Promise<void> {
  let promise = loading.get(view);
  if (!promise) {
    const preload = (globalThis as { [preloadChunkHooks]?: PreloadChunkHooks })[preloadChunkHooks]?.get(chunkFolder);
    promise = (preload ? preload(viewChunkNames[view]) : Promise.resolve()).then(importers[view]).then(
      () => void loaded.add(view),
      (error: unknown) => {
        loading.delete(view);
        throw error;
      },
    );
    loading.set(view, promise);
  }
  return promise;
}

/**
 * Starts loading the first views' code as soon as the widget is defined, so it is evaluated while the page is
 * idle rather than when a widget connects. A failure is left for the widget to show when it asks for the view.
 */
export function loadFirstViews(): void {
  if (!globalThis.document) return; // server rendering
  for (const view of firstViews(document)) loadView(view).catch(() => {});
}
