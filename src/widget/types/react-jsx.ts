// Types for using the <debitura-collect> tag directly in React 19 JSX, without the wrapper:
// `import type {} from 'debitura-collect/jsx'`. React 19 sets known properties (`fetchToken`, `draft`) as properties,
// other names as attributes, and turns `on<event-name>` props into listeners for that exact event name.
// The listener props are derived from the widget's one list of public events.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DebituraCollect } from '../debitura-collect.js';
import type { JsxEventProp, PublicEventMap, PublicEventName } from '../events/public-events.js';

/** The element's attributes as written in markup. */
export interface DebituraCollectAttributes {
  'token-endpoint'?: string;
  environment?: DebituraCollect['environment'];
  'api-base'?: string;
  view?: DebituraCollect['view'];
  'case-id'?: string;
  'case-url-pattern'?: string;
  locale?: string;
  'return-url'?: string;
  theme?: DebituraCollect['theme'];
  label?: string;
}

/** `ondebitura-ready`, `ondebitura-error`, … for every public event. */
export type DebituraCollectJsxEvents = {
  [N in PublicEventName as JsxEventProp<N>]?: (event: PublicEventMap[N]) => void;
};

export interface DebituraCollectJsxProps
  extends
    DetailedHTMLProps<HTMLAttributes<DebituraCollect>, DebituraCollect>,
    DebituraCollectAttributes,
    DebituraCollectJsxEvents {
  fetchToken?: DebituraCollect['fetchToken'];
  fetchActivation?: DebituraCollect['fetchActivation'];
  draft?: DebituraCollect['draft'];
  listState?: DebituraCollect['listState'];
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'debitura-collect': DebituraCollectJsxProps;
    }
  }
}
