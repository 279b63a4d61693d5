// Code that loads on demand, a view or a part of one, pinned with its integrity first where the script tag's
// loader is on the page. Apart from view-modules.ts, so a view's parts can use it without importing the module
// that imports the view.
import { scriptTagPinsOf } from '../script-tag-pins.js';
import type { OnDemandChunk } from './view-chunks.js';

// This module's chunk sits in the folder where the script tag's loader pinned the on-demand chunks. Read apart
// from `new URL()`: the bundler takes `new URL(…, import.meta.url)` for an asset of its own to resolve.
const moduleUrl = import.meta.url;

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
  return scriptTagPinsOf(moduleUrl)?.preloadChunk(chunk) ?? Promise.resolve();
}
