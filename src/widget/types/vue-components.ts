// Types for <debitura-collect> in Vue 3 templates: `import type {} from 'debitura-collect/vue'`. Vue must also
// be told the tag is a custom element, or it warns that it cannot resolve the component:
//   Vite:        vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('debitura-') } } })
//   in-browser:  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('debitura-')
// Vue sets a prop as a property when the element has one (`fetchToken`, `tokenEndpoint`…), else as an attribute;
// `@debitura-ready` listens for the DOM event of that name.
import type { DefineComponent } from 'vue';
import type { DebituraCollect } from '../debitura-collect.js';
import type {
  DebituraActionRequiredEvent,
  DebituraCaseCreatedEvent,
  DebituraErrorEvent,
  DebituraReadyEvent,
  DebituraViewChangeEvent,
} from '../events/debitura-events.js';
import type { DebituraCaseUpdatedEvent } from '../live/case-updated-event.js';

export interface DebituraCollectVueProps {
  tokenEndpoint?: string;
  fetchToken?: DebituraCollect['fetchToken'];
  fetchActivation?: DebituraCollect['fetchActivation'];
  draft?: DebituraCollect['draft'];
  environment?: DebituraCollect['environment'];
  apiBase?: string;
  view?: DebituraCollect['view'];
  caseId?: string;
  locale?: string;
  returnUrl?: string;
  theme?: DebituraCollect['theme'];
  onDebituraReady?: (event: DebituraReadyEvent) => void;
  onDebituraCaseCreated?: (event: DebituraCaseCreatedEvent) => void;
  onDebituraActionRequired?: (event: DebituraActionRequiredEvent) => void;
  onDebituraError?: (event: DebituraErrorEvent) => void;
  onDebituraViewChange?: (event: DebituraViewChangeEvent) => void;
  onDebituraCaseUpdated?: (event: DebituraCaseUpdatedEvent) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    'debitura-collect': DefineComponent<DebituraCollectVueProps>;
  }
}
