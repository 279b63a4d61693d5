// DESIGN: the one list of <debitura-collect>'s public events. Everything else that names them is derived from
// it: the global HTMLElementEventMap (typed listeners), the React wrapper's `on…` props, the React 19 JSX and
// Vue typings, and the docs (custom-elements.json takes each entry's name, class and comment through the
// analyzer config, and the README's tables come from there). Adding an event here is the whole job.
import {
  DebituraActionRequiredEvent,
  DebituraCaseCreatedEvent,
  DebituraCaseUpdatedEvent,
  DebituraErrorEvent,
  DebituraReadyEvent,
  DebituraViewChangeEvent,
} from './debitura-events.js';

export const publicEvents = {
  /** The token, the account and the first view are ready. */
  'debitura-ready': DebituraReadyEvent,
  /**
   * The user moved to another view, or changed the case list's filters, search, sort or page (`detail.state`,
   * to keep in the partner's URL and hand back through `listState`). Never fired for changes made in code.
   */
  'debitura-view-change': DebituraViewChangeEvent,
  /**
   * A token, account or API failure, or a view's code that could not be loaded (`code: 'view_load_failed'`), also
   * shown in the widget; `detail.type` says which. Not fired for a tenant without a client link that is shown the
   * activation screen: that is a state, not a failure.
   */
  'debitura-error': DebituraErrorEvent,
  /** A case was created (fired by the new-case view). */
  'debitura-case-created': DebituraCaseCreatedEvent,
  /**
   * Debitura needs the user on a hosted page: signing or KYC (fired by the case views), or after activation its
   * onboarding (`kind: 'onboarding'`) or an existing account's approval of the link (`kind: 'approval'`), or, when
   * the user opens a task (in the tasks view or on a case) or a case's full quote on Debitura's page, `kind: 'task'`
   * (or `signing` for a signature).
   */
  'debitura-action-required': DebituraActionRequiredEvent,
  /** A case shown in the detail view changed (live updates). */
  'debitura-case-updated': DebituraCaseUpdatedEvent,
} as const;

export type PublicEventName = keyof typeof publicEvents;
export type PublicEventMap = { [N in PublicEventName]: InstanceType<(typeof publicEvents)[N]> };

export const publicEventNames = Object.keys(publicEvents) as PublicEventName[];

/** `case-created` → `CaseCreated`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<S>;

/** The React wrapper's prop: `debitura-case-created` → `onCaseCreated`. */
export type ReactEventProp<N extends string> = N extends `debitura-${infer Rest}` ? `on${Pascal<Rest>}` : never;
/** Vue's listener prop (`@debitura-case-created` in templates): `onDebituraCaseCreated`. */
export type VueEventProp<N extends string> = `on${Pascal<N>}`;
/** React 19 JSX listens for the exact event name: `ondebitura-case-created`. */
export type JsxEventProp<N extends string> = `on${N}`;

export function reactEventProp<N extends string>(name: N): ReactEventProp<N> {
  const words = name.split('-').slice(1);
  return `on${words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')}` as ReactEventProp<N>;
}

// Each class announces the name it is listed under; a mismatch fails the type check here.
type Assert<T extends true> = T;
type ListedNamesAgree = {
  [N in PublicEventName]: (typeof publicEvents)[N]['eventName'] extends N ? true : false;
}[PublicEventName] extends true
  ? true
  : false;
export type PublicEventNamesAgree = Assert<ListedNamesAgree>;

declare global {
  interface HTMLElementEventMap extends PublicEventMap {}
}
