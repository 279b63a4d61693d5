// How a view asks the host for another view, or for another case-list state. It stays inside the widget (not
// composed): the host applies it and tells the partner page with `debitura-view-change`, which therefore only
// ever reports what the user did, never what the partner set in code.
import type { WidgetView } from '../events/debitura-events.js';
import type { CaseListState } from './cases/case-list-state.js';

export interface NavigateDetail {
  view: WidgetView;
  caseId?: string;
  /** The case list's state from now on (with `view: 'cases'`, or remembered while a case is open). */
  listState?: CaseListState;
  /** With `view: 'case'`: the part of the case to bring into view, e.g. its messages to reply to a task. */
  section?: CaseSection;
  /** A correction the user did not ask for (a page number past the end): applied, not reported. */
  quiet?: boolean;
}

export type CaseSection = 'messages';

export const navigateEventName = 'debitura-navigate';

export function navigateEvent(detail: NavigateDetail): CustomEvent<NavigateDetail> {
  return new CustomEvent(navigateEventName, { bubbles: true, composed: false, detail });
}
