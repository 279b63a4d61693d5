// Types for using the <debitura-partner-console> tag in React 19 JSX: `import type {} from
// 'debitura-collect/console/jsx'`. React 19 sets known properties as properties, other names as attributes, and
// turns `on<event-name>` props into listeners for that exact event name. The listener props are derived from the
// console's list of public events.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ConsoleEventMap, ConsoleEventName } from '../console-events.js';
import type { DebituraPartnerConsole } from '../debitura-partner-console.js';
import type { JsxEventProp } from '../../widget/events/public-events.js';

/** The element's attributes as written in markup. */
export interface DebituraPartnerConsoleAttributes {
  'api-base'?: string;
  view?: DebituraPartnerConsole['view'];
  environment?: DebituraPartnerConsole['environment'];
  locale?: string;
  theme?: DebituraPartnerConsole['theme'];
}

/** `ondebitura-error` for every public event of the console. */
export type DebituraPartnerConsoleJsxEvents = {
  [N in ConsoleEventName as JsxEventProp<N>]?: (event: ConsoleEventMap[N]) => void;
};

export interface DebituraPartnerConsoleJsxProps
  extends
    DetailedHTMLProps<HTMLAttributes<DebituraPartnerConsole>, DebituraPartnerConsole>,
    DebituraPartnerConsoleAttributes,
    DebituraPartnerConsoleJsxEvents {}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'debitura-partner-console': DebituraPartnerConsoleJsxProps;
    }
  }
}
