// The opt-in typings for teams that use the tags directly: React 19 JSX (`debitura-collect/jsx`,
// `debitura-collect/console/jsx`) and Vue's GlobalComponents (`debitura-collect/vue`, `debitura-collect/console/vue`).
// `tsc` checks the assignments below; at run time the modules are empty, so importing them costs an app nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { JSX } from 'react';
import type { GlobalComponents } from 'vue';
import type { DebituraPartnerConsole, DebituraErrorType } from '../../src/console/index.js';
import type { DebituraPartnerConsoleJsxProps } from '../../src/console/types/react-jsx.js';
import type { DebituraPartnerConsoleVueProps } from '../../src/console/types/vue-components.js';
import type { DebituraCollectJsxProps } from '../../src/widget/types/react-jsx.js';
import type { DebituraCollectVueProps } from '../../src/widget/types/vue-components.js';

test('the typing modules export nothing at run time', async () => {
  assert.deepEqual(Object.keys(await import('../../src/widget/types/react-jsx.js')), []);
  assert.deepEqual(Object.keys(await import('../../src/widget/types/vue-components.js')), []);
  assert.deepEqual(Object.keys(await import('../../src/console/types/react-jsx.js')), []);
  assert.deepEqual(Object.keys(await import('../../src/console/types/vue-components.js')), []);
});

// React 19 JSX: attributes in markup spelling, properties, and `on<event>` listeners with typed events.
export const jsxProps: JSX.IntrinsicElements['debitura-collect'] = {
  'token-endpoint': '/api/debitura/token',
  environment: 'sandbox',
  view: 'cases',
  'case-id': 'c-1',
  theme: 'dark',
  fetchToken: async () => 'jwt',
  'ondebitura-error': (event) => void (event.detail.type satisfies string),
  'ondebitura-case-updated': (event) => void event.detail.caseId,
};
export const sameJsxProps: DebituraCollectJsxProps = jsxProps;
// @ts-expect-error `view` accepts only the widget's views
export const wrongJsxView: JSX.IntrinsicElements['debitura-collect'] = { view: 'dashboard' };

// Vue: the tag is a known global component with typed props and listeners.
type VueDebituraCollect = GlobalComponents['debitura-collect'];
export const vueProps: DebituraCollectVueProps = {
  tokenEndpoint: '/api/debitura/token',
  locale: 'da',
  onDebituraReady: (event) => void event.detail.view,
  onDebituraActionRequired: (event) => void event.detail.kind,
};
export const vueComponentIsTyped: VueDebituraCollect extends new (...args: never[]) => unknown ? true : false = true;

// The partner console: its attributes in markup spelling and its one event, typed.
export const consoleJsxProps: JSX.IntrinsicElements['debitura-partner-console'] = {
  'api-base': '/api/debitura/referral',
  view: 'revenue',
  environment: 'sandbox',
  theme: 'auto',
  'ondebitura-error': (event) => void (event.detail.code satisfies string | undefined),
};
export const sameConsoleJsxProps: DebituraPartnerConsoleJsxProps = consoleJsxProps;
// @ts-expect-error `view` accepts only the console's sections
export const wrongConsoleView: JSX.IntrinsicElements['debitura-partner-console'] = { view: 'new-case' };

type VueDebituraPartnerConsole = GlobalComponents['debitura-partner-console'];
export const vueConsoleProps: DebituraPartnerConsoleVueProps = {
  apiBase: '/api/debitura/referral',
  view: 'webhooks',
  onDebituraError: (event) => void event.detail.recoverable,
};
export const vueConsoleIsTyped: VueDebituraPartnerConsole extends new (...args: never[]) => unknown ? true : false =
  true;

// `import 'debitura-collect/console'` alone types the console's listeners in the global event map.
export function listenToConsole(element: DebituraPartnerConsole): void {
  element.addEventListener('debitura-error', (event) => void (event.detail.type satisfies DebituraErrorType));
}
