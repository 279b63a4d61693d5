// `debitura-collect/react` on the server and in the type checker: importing it during server rendering
// (Next.js, Remix) neither throws nor touches `window`, it renders the tag with its configuration as attributes
// for the browser to upgrade (the element must not start unconfigured before React hydrates), and its props and
// event handlers are typed from the element (checked by `tsc`, which runs over this file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { DebituraCollect, type DebituraCollectProps } from '../../src/react/index.js';
import type { WidgetView } from '../../src/widget/index.js';

test('renders <debitura-collect> during server rendering without a DOM', () => {
  assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
  const markup = renderToString(
    createElement(DebituraCollect, { tokenEndpoint: '/api/debitura/token', view: 'cases' }),
  );
  assert.match(markup, /^<debitura-collect[ >].*<\/debitura-collect>$/);
});

test('the server HTML carries every attribute-backed prop, and nothing that is not an attribute', () => {
  const markup = renderToString(
    createElement(DebituraCollect, {
      tokenEndpoint: '/api/debitura/token',
      environment: 'sandbox',
      view: 'case',
      caseId: 'c-1',
      locale: 'da',
      returnUrl: 'https://app.example.com/collections',
      theme: 'dark',
      className: 'collections',
      fetchToken: async () => 'jwt',
      onError: () => {},
    }),
  );
  const attributes = Object.fromEntries(
    [...markup.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]),
  );
  assert.deepEqual(attributes, {
    class: 'collections',
    'token-endpoint': '/api/debitura/token',
    environment: 'sandbox',
    view: 'case',
    'case-id': 'c-1',
    locale: 'da',
    'return-url': 'https://app.example.com/collections',
    theme: 'dark',
  });
});

test('names itself DebituraCollect in React developer tools', () => {
  assert.equal(DebituraCollect.displayName, 'DebituraCollect');
});

// Compile-time checks: each line below fails `tsc` if the wrapper's types drift from the element's.
export const typedProps: DebituraCollectProps[] = [
  {
    tokenEndpoint: '/api/debitura/token',
    environment: 'sandbox',
    view: 'case',
    caseId: 'c-1',
    theme: 'auto',
    fetchToken: async () => ({ accessToken: 'jwt', expiresIn: 300 }),
    onReady: (event) => {
      const view: WidgetView = event.detail.view;
      void view;
    },
    onCaseCreated: (event) => void event.detail.case.id,
    onActionRequired: (event) => void event.detail.url.toUpperCase(),
    onError: (event) => void (event.detail.recoverable satisfies boolean),
    onViewChange: (event) => void event.detail.caseId,
    onCaseUpdated: (event) => void event.detail.lifecycle,
  },
  // @ts-expect-error `view` accepts only the widget's views
  { view: 'dashboard' },
  // @ts-expect-error `theme` accepts only light, dark and auto
  { theme: 'sepia' },
];
