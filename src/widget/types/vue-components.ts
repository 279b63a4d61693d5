// Types for <debitura-collect> in Vue 3 templates: `import type {} from 'debitura-collect/vue'`. Vue must also
// be told the tag is a custom element, or it warns that it cannot resolve the component:
//   Vite:        vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('debitura-') } } })
//   in-browser:  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('debitura-')
// Vue sets a prop as a property when the element has one (`fetchToken`, `tokenEndpoint`…), else as an attribute;
// `@debitura-ready` listens for the DOM event of that name. The listener props are derived from the widget's one
// list of public events.
import type { DefineComponent } from 'vue';
import type { DebituraCollect } from '../debitura-collect.js';
import type { PublicEventMap, PublicEventName, VueEventProp } from '../events/public-events.js';

/** `onDebituraReady`, `onDebituraError`, … (`@debitura-ready` in a template) for every public event. */
export type DebituraCollectVueEvents = {
  [N in PublicEventName as VueEventProp<N>]?: (event: PublicEventMap[N]) => void;
};

export interface DebituraCollectVueProps extends DebituraCollectVueEvents {
  tokenEndpoint?: string;
  fetchToken?: DebituraCollect['fetchToken'];
  fetchActivation?: DebituraCollect['fetchActivation'];
  draft?: DebituraCollect['draft'];
  environment?: DebituraCollect['environment'];
  apiBase?: string;
  view?: DebituraCollect['view'];
  caseId?: string;
  caseUrlPattern?: string;
  listState?: DebituraCollect['listState'];
  locale?: string;
  returnUrl?: string;
  theme?: DebituraCollect['theme'];
  label?: string;
}

declare module 'vue' {
  interface GlobalComponents {
    'debitura-collect': DefineComponent<DebituraCollectVueProps>;
  }
}
