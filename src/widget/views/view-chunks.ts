// The views, the parts of views and the API code that load on demand, and the name each one's chunk carries in a
// build (its module's file name, which is what the bundler names a chunk after). The script-tag loader reads this
// to pin a chunk's files with their integrity before the widget imports them; it must not import the views.
import type { WidgetView } from '../events/debitura-events.js';

export type ViewModule = WidgetView | 'activation';

export const viewChunkNames = {
  'new-case': 'new-case-view',
  cases: 'case-list-view',
  case: 'case-detail-view',
  tasks: 'tasks-view',
  payments: 'payments-view',
  overview: 'overview-view',
  activation: 'activation-view',
} as const satisfies Readonly<Record<ViewModule, string>>;

/**
 * Parts of a view that load on demand inside it, once the view shows something that needs them (the sections
 * of a case, what it waits for, its quotes and its exclusive period), by the name each one's chunk carries.
 */
export const partChunkNames = [
  'case-sections',
  'case-blocking',
  'case-quote-requests',
  'case-exclusive-period',
] as const;

export type PartChunk = (typeof partChunkNames)[number];

/** The code that speaks to Debitura (the API client and the schemas it checks answers with), loaded beside views. */
export const customerApiChunkName = 'customer-api';

/** The theme's contrast check, which only Lit's development build runs. */
export const contrastWarningChunkName = 'contrast-warning';

/** Every chunk a build loads on demand: the script-tag build fails when one is missing or not listed here. */
export type OnDemandChunk =
  (typeof viewChunkNames)[ViewModule] | PartChunk | typeof customerApiChunkName | typeof contrastWarningChunkName;

export const onDemandChunkNames: readonly OnDemandChunk[] = [
  ...Object.values(viewChunkNames),
  ...partChunkNames,
  customerApiChunkName,
  contrastWarningChunkName,
];

/**
 * The views a page will most likely show first: those of the widgets already in it, or the form, the default
 * view, when none is parsed yet (a script in `<head>`, a bundle imported before the app renders).
 */
export function firstViews(document: Document): ViewModule[] {
  const shown = [...document.querySelectorAll('debitura-collect')].map(
    (widget) => widget.getAttribute('view') ?? 'new-case',
  );
  const views = (shown.length > 0 ? shown : ['new-case']).filter((view): view is ViewModule =>
    Object.hasOwn(viewChunkNames, view),
  );
  return [...new Set(views)];
}
