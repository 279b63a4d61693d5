// Each view's code loads when the view is first shown, so a page downloads only the views it shows. A view's
// element is rendered at once either way: until its definition arrives it is an unknown element, and lit hands
// it the properties already set when it upgrades. Parts of a view that not every page of it shows load the same
// way, when the view first needs them (`onDemand`).
import {
  firstViews,
  preloadChunkHooks,
  viewChunkNames,
  type OnDemandChunk,
  type PreloadChunkHooks,
  type ViewModule,
} from './view-chunks.js';

// The folder this module's chunk sits in, where the script tag's loader pinned the on-demand chunks. Read apart
// from `new URL()`: the bundler takes `new URL(…, import.meta.url)` for an asset of its own to resolve.
const moduleUrl = import.meta.url;
const chunkFolder = folderOf(moduleUrl);

function folderOf(url: string): string {
  try {
    return new URL('.', url).href;
  } catch {
    return ''; // a bundler that gives modules no URL: no script-tag loader to ask either
  }
}

/** Code that loads on demand: `load()` fetches it once per page, `module` holds it once it has arrived. */
export interface OnDemand<M> {
  readonly module: M | undefined;
  load(): Promise<M>;
}

/**
 * A chunk loaded on demand, pinned with its integrity first where the script tag's loader is on the page. A
 * failure is not kept: asking again tries again (a browser may still answer from its own record of the failed file
 * until the page reloads).
 */
export function onDemand<M>(chunk: OnDemandChunk, importer: () => Promise<M>): OnDemand<M> {
  let loading: Promise<M> | null = null;
  const code: { module: M | undefined; load(): Promise<M> } = {
    module: undefined,
    load() {
      loading ??= pin(chunk)
        .then(importer)
        .then(
          (module) => (code.module = module),
          (error: unknown) => {
            loading = null;
            throw error;
          },
        );
      return loading;
    },
  };
  return code;
}

function pin(chunk: string): Promise<void> {
  const preload = (globalThis as { [preloadChunkHooks]?: PreloadChunkHooks })[preloadChunkHooks]?.get(chunkFolder);
  return preload ? preload(chunk) : Promise.resolve();
}

const views: Readonly<Record<ViewModule, OnDemand<unknown>>> = {
  'new-case': onDemand(viewChunkNames['new-case'], () => import('./new-case/new-case-view.js')),
  cases: onDemand(viewChunkNames.cases, () => import('./cases/case-list-view.js')),
  case: onDemand(viewChunkNames.case, () => import('./case-detail/case-detail-view.js')),
  tasks: onDemand(viewChunkNames.tasks, () => import('./tasks/tasks-view.js')),
  payments: onDemand(viewChunkNames.payments, () => import('./payments/payments-view.js')),
  overview: onDemand(viewChunkNames.overview, () => import('./overview/overview-view.js')),
  activation: onDemand(viewChunkNames.activation, () => import('./activation/activation-view.js')),
};

export function isViewLoaded(view: ViewModule): boolean {
  return views[view].module !== undefined;
}

/** Loads a view's code once per page; a failure is not kept. */
export function loadView(view: ViewModule): Promise<void> {
  return views[view].load().then(() => undefined);
}

/**
 * Starts loading the first views' code as soon as the widget is defined, so it is evaluated while the page is
 * idle rather than when a widget connects. A failure is left for the widget to show when it asks for the view.
 */
export function loadFirstViews(): void {
  if (!globalThis.document) return; // server rendering
  for (const view of firstViews(document)) loadView(view).catch(() => {});
}
