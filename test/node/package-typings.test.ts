// The opt-in typings for teams that use the tag directly: React 19 JSX (`debitura-collect/jsx`) and Vue's
// GlobalComponents (`debitura-collect/vue`). `tsc` checks the assignments below; at run time the modules are
// empty, so importing them costs an app nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { JSX } from 'react';
import type { GlobalComponents } from 'vue';
import type { DebituraCollectJsxProps } from '../../src/widget/types/react-jsx.js';
import type { DebituraCollectVueProps } from '../../src/widget/types/vue-components.js';

test('the typing modules export nothing at run time', async () => {
  assert.deepEqual(Object.keys(await import('../../src/widget/types/react-jsx.js')), []);
  assert.deepEqual(Object.keys(await import('../../src/widget/types/vue-components.js')), []);
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
