// The types of @lit/react's `createComponent`, written out. The package bundles @lit/react into the React entry,
// so it is not a dependency: a script-tag or Vue project then installs neither it nor the React types it
// requires. The published declarations must therefore not name @lit/react; these are its own types (@lit/react
// 1.0, Copyright 2018 Google LLC, BSD-3-Clause), so a React app sees exactly what @lit/react gives.
import type * as React from 'react';

/** An event name carrying its event type, so the matching `on…` prop is typed: `'x' as EventName<XEvent>`. */
export type EventName<T extends Event = Event> = string & { __eventType: T };

export type EventNames = Record<string, EventName | string>;

type EventListeners<R extends EventNames> = {
  [K in keyof R]?: R[K] extends EventName ? (event: R[K]['__eventType']) => void : (event: Event) => void;
};

type ElementProps<I> = Partial<Omit<I, keyof HTMLElement>>;

type ComponentProps<I, E extends EventNames> = Omit<React.HTMLAttributes<I>, keyof E | keyof ElementProps<I>> &
  EventListeners<E> &
  ElementProps<I>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? Omit<T, K> : T) : T;

/** The React component wrapping a custom element: its properties and events as props, the element as its ref. */
export type ReactWebComponent<
  I extends HTMLElement,
  E extends EventNames = Record<never, never>,
> = React.ForwardRefExoticComponent<DistributiveOmit<ComponentProps<I, E>, 'ref'> & React.RefAttributes<I>>;

export interface WebComponentOptions<I extends HTMLElement, E extends EventNames> {
  react: typeof React;
  tagName: string;
  elementClass: new () => I;
  events?: E;
  displayName?: string;
}
