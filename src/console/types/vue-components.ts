// Types for <debitura-partner-console> in Vue 3 templates: `import type {} from 'debitura-collect/console/vue'`.
// Vue must also be told the tag is a custom element (`isCustomElement: (tag) => tag.startsWith('debitura-')`, as
// for the widget). Vue sets a prop as a property when the element has one (`apiBase`, `view`…), else as an
// attribute; `@debitura-error` listens for the DOM event of that name. The listener props are derived from the
// console's list of public events.
import type { DefineComponent } from 'vue';
import type { ConsoleEventMap, ConsoleEventName } from '../console-events.js';
import type { DebituraPartnerConsole } from '../debitura-partner-console.js';
import type { VueEventProp } from '../../widget/events/public-events.js';

/** `onDebituraError` (`@debitura-error` in a template) for every public event of the console. */
export type DebituraPartnerConsoleVueEvents = {
  [N in ConsoleEventName as VueEventProp<N>]?: (event: ConsoleEventMap[N]) => void;
};

export interface DebituraPartnerConsoleVueProps extends DebituraPartnerConsoleVueEvents {
  apiBase?: string;
  view?: DebituraPartnerConsole['view'];
  environment?: DebituraPartnerConsole['environment'];
  locale?: string;
  theme?: DebituraPartnerConsole['theme'];
}

declare module 'vue' {
  interface GlobalComponents {
    'debitura-partner-console': DefineComponent<DebituraPartnerConsoleVueProps>;
  }
}
