// Each view's code loads when the view is first shown, so a page downloads only the views it shows. A view's
// element is rendered at once either way: until its definition arrives it is an unknown element, and lit hands
// it the properties already set when it upgrades. Parts of a view that not every page of it shows load the same
// way, when the view first needs them (`onDemand`, in on-demand.ts).
import { onDemand, type OnDemand } from './on-demand.js';
import { firstViews, viewChunkNames, type ViewModule } from './view-chunks.js';

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
