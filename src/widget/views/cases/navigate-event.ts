// How a case view asks the host to show another view. It stays inside the widget (not composed): the partner page
// hears about view changes through `debitura-view-change`, which the host fires.
import type { WidgetView } from '../../events/debitura-events.js';

export interface NavigateDetail {
  view: WidgetView;
  caseId?: string;
}

export const navigateEventName = 'debitura-navigate';

export function navigateEvent(detail: NavigateDetail): CustomEvent<NavigateDetail> {
  return new CustomEvent(navigateEventName, { bubbles: true, composed: false, detail });
}
