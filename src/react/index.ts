'use client';
// `debitura-collect/react`: <DebituraCollect> for React 18 and 19. React 18 cannot set properties or listen
// to custom events on custom elements, so the wrapper does both through a ref; under React 19 it behaves the
// same, so one component serves both. Importing it registers the element.
import * as React from 'react';
import { createComponent, type EventName } from './web-component.js';
import {
  DebituraCollect as DebituraCollectElement,
  debituraCollectTag,
  type DebituraActionRequiredEvent,
  type DebituraCaseCreatedEvent,
  type DebituraCaseUpdatedEvent,
  type DebituraErrorEvent,
  type DebituraReadyEvent,
  type DebituraViewChangeEvent,
} from '../widget/index.js';

export type {
  DebituraActionRequiredEvent,
  DebituraCaseCreatedEvent,
  DebituraCaseUpdatedEvent,
  DebituraErrorEvent,
  DebituraReadyEvent,
  DebituraViewChangeEvent,
} from '../widget/index.js';

/**
 * The widget as a React component. Props are the element's properties (`tokenEndpoint`, `fetchToken`,
 * `environment`, `apiBase`, `view`, `caseId`, `locale`, `returnUrl`, `theme`) plus one handler per event.
 * The ref is the `<debitura-collect>` element.
 */
export const DebituraCollect = createComponent({
  react: React,
  tagName: debituraCollectTag,
  elementClass: DebituraCollectElement,
  events: {
    onReady: 'debitura-ready' as EventName<DebituraReadyEvent>,
    onCaseCreated: 'debitura-case-created' as EventName<DebituraCaseCreatedEvent>,
    onActionRequired: 'debitura-action-required' as EventName<DebituraActionRequiredEvent>,
    onError: 'debitura-error' as EventName<DebituraErrorEvent>,
    onViewChange: 'debitura-view-change' as EventName<DebituraViewChangeEvent>,
    onCaseUpdated: 'debitura-case-updated' as EventName<DebituraCaseUpdatedEvent>,
  },
  displayName: 'DebituraCollect',
});

export type DebituraCollectProps = React.ComponentProps<typeof DebituraCollect>;
