'use client';
// `debitura-collect/react`: <DebituraCollect> for React 18 and 19. React 18 cannot set properties or listen
// to custom events on custom elements, so the wrapper does both through a ref; under React 19 it behaves the
// same, so one component serves both. Importing it registers the element. Its `on…` event props are derived
// from the widget's one list of public events.
import * as React from 'react';
import { createComponent, type EventName } from './web-component.js';
import { DebituraCollect as DebituraCollectElement, debituraCollectTag } from '../widget/index.js';
import {
  publicEventNames,
  reactEventProp,
  type PublicEventMap,
  type PublicEventName,
  type ReactEventProp,
} from '../widget/events/public-events.js';

export type {
  DebituraActionRequiredEvent,
  DebituraCaseCreatedEvent,
  DebituraCaseUpdatedEvent,
  DebituraErrorEvent,
  DebituraReadyEvent,
  DebituraViewChangeEvent,
} from '../widget/index.js';

/** `onCaseCreated` → `'debitura-case-created'`, typed with the event's class, for every public event. */
type ReactEvents = { [N in PublicEventName as ReactEventProp<N>]: EventName<PublicEventMap[N]> };

const events = Object.fromEntries(publicEventNames.map((name) => [reactEventProp(name), name])) as ReactEvents;

/**
 * The widget as a React component. Props are the element's properties (`tokenEndpoint`, `fetchToken`,
 * `fetchActivation`, `environment`, `apiBase`, `view`, `caseId`, `caseUrlPattern`, `listState`, `locale`, `returnUrl`,
 * `theme`, `label`, `draft`) plus one handler per public event, named after it: `debitura-case-created` → `onCaseCreated`.
 * `draft` hands over the invoice the app already holds, e.g. from a "Send to collection" button. The ref is the
 * `<debitura-collect>` element.
 */
export const DebituraCollect = createComponent({
  react: React,
  tagName: debituraCollectTag,
  elementClass: DebituraCollectElement,
  events,
  displayName: 'DebituraCollect',
});

export type DebituraCollectProps = React.ComponentProps<typeof DebituraCollect>;
