// The built script-tag bundle on a page that has nothing else: `<script src>` and the element. English needs
// no further download; Danish arrives as `locales/da.json` beside the bundle. The page is served with
// `default-src 'self'`, and not one CSP violation may occur. Needs the build (`npm test` runs it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { benchPagePath, scriptTagBundle, startPageServer } from '../../bench/page-server.js';
import { launchChromium } from '../e2e/chromium.js';

const root = new URL('../../', import.meta.url).pathname;

// Runs in the page. Kept as source text: the test's TypeScript transform would add helpers the page lacks.
const mountAndReadSource = `async (lang) => {
  const element = document.createElement('debitura-collect');
  element.setAttribute('environment', 'sandbox');
  element.setAttribute('token-endpoint', '/api/debitura/token');
  element.setAttribute('locale', lang);
  const ready = new Promise((resolve, reject) => {
    element.addEventListener('debitura-ready', resolve, { once: true });
    element.addEventListener('debitura-error', (event) => reject(new Error(JSON.stringify(event.detail))), { once: true });
  });
  document.body.append(element);
  await ready;
  const text = (node) =>
    [...(node instanceof Element && node.shadowRoot ? [node.shadowRoot] : []), ...node.childNodes]
      .map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent : text(child)))
      .join(' ');
  const shown = text(element).replace(/\\s+/g, ' ');
  element.remove();
  return shown;
}`;

function mountAndRead(page: Page, locale: string): Promise<string> {
  return page.evaluate(`(${mountAndReadSource})(${JSON.stringify(locale)})`) as Promise<string>;
}

test(
  'the script tag alone registers the widget, speaks English and Danish, and meets a strict CSP',
  { timeout: 60_000 },
  async () => {
    assert.ok(existsSync(join(root, scriptTagBundle)), 'no script-tag bundle; run `npm run build`');
    assert.ok(
      existsSync(join(root, 'dist/cdn/locales/da.json')),
      'the build wrote no locales/da.json beside the bundle',
    );
    const server = await startPageServer(root, { contentSecurityPolicy: "default-src 'self'" });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      const localeRequests: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      page.on('request', (request) => {
        if (request.url().includes('/locales/')) localeRequests.push(new URL(request.url()).pathname);
      });
      await page.goto(`${server.origin}${benchPagePath}`);

      const english = await mountAndRead(page, 'en');
      assert.match(english, /New collection case/);
      assert.deepEqual(localeRequests, [], 'English ships inside the bundle');

      const danish = await mountAndRead(page, 'da-DK');
      assert.match(danish, /Ny inkassosag/);
      assert.deepEqual(localeRequests, ['/dist/cdn/locales/da.json']);
      assert.deepEqual(violations, []);
    } finally {
      await browser.close();
      await server.close();
    }
  },
);
