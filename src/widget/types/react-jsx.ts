// Types for using the <debitura-collect> tag directly in React 19 JSX, without the wrapper:
// `import type {} from 'debitura-collect/jsx'`. React 19 sets known properties (`fetchToken`, `draft`) as properties,
// other names as attributes, and turns `on<event-name>` props into listeners for that exact event name.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DebituraCollect } from '../debitura-collect.js';
import type {
  DebituraActionRequiredEvent,
  DebituraCaseCreatedEvent,
  DebituraErrorEvent,
  DebituraReadyEvent,
  DebituraViewChangeEvent,
} from '../events/debitura-events.js';
import type { DebituraCaseUpdatedEvent } from '../live/case-updated-event.js';

/** The element's attributes as written in markup. */
export interface DebituraCollectAttributes {
  'token-endpoint'?: string;
  environment?: DebituraCollect['environment'];
  'api-base'?: string;
  view?: DebituraCollect['view'];
  'case-id'?: string;
  locale?: string;
  'return-url'?: string;
  theme?: DebituraCollect['theme'];
}

export interface DebituraCollectJsxProps
  extends DetailedHTMLProps<HTMLAttributes<DebituraCollect>, DebituraCollect>, DebituraCollectAttributes {
  fetchToken?: DebituraCollect['fetchToken'];
  fetchActivation?: DebituraCollect['fetchActivation'];
  draft?: DebituraCollect['draft'];
  'ondebitura-ready'?: (event: DebituraReadyEvent) => void;
  'ondebitura-case-created'?: (event: DebituraCaseCreatedEvent) => void;
  'ondebitura-action-required'?: (event: DebituraActionRequiredEvent) => void;
  'ondebitura-error'?: (event: DebituraErrorEvent) => void;
  'ondebitura-view-change'?: (event: DebituraViewChangeEvent) => void;
  'ondebitura-case-updated'?: (event: DebituraCaseUpdatedEvent) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'debitura-collect': DebituraCollectJsxProps;
    }
  }
}
