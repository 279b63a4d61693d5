// The Next.js example app (demo/next) as a partner's App Router app: built once with `next build` (Turbopack)
// on the packed package, served by `next start`, opened in Chromium against the sandbox. The page and the
// README's Next.js snippet are the same code, so what breaks here would break a partner's first build.
// Needs the build (`npm test` runs it first).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startPageServer, type PageServer } from '../../bench/page-server.js';
import {
  buildNextExample,
  installPackageIntoNextExample,
  nextExampleDir,
  startNextExample,
  type RunningNextApp,
} from '../../scripts/next-example.js';
import { missingBuild } from '../../scripts/packed-package.js';
import { launchChromium, problemsOf } from '../e2e/chromium.js';
import { freePort } from '../e2e/free-port.js';

const missing = missingBuild();
const skip = missing.length > 0 ? `no build (missing ${missing.join(', ')}); run \`npm run build\` first` : false;

// Runs in the page before anything else: records every debitura-error, including those fired before React has
// hydrated and attached its handlers.
const recordErrors = `window.widgetErrors = [];
document.addEventListener('debitura-error', (event) => window.widgetErrors.push(event.detail), true);`;

interface PageRecord {
  widgetErrors: unknown[];
}

let backend: PageServer;
let app: RunningNextApp;
let browser: Browser;

describe('the Next.js example app, built on the packed package', { skip, timeout: 600_000 }, () => {
  before(
    async () => {
      backend = await startPageServer(new URL('../../', import.meta.url).pathname);
      await installPackageIntoNextExample();
      await buildNextExample(backend.origin);
      app = await startNextExample(backend.origin, await freePort());
      browser = await launchChromium();
    },
    { timeout: 600_000 },
  );
  after(async () => {
    await browser?.close();
    await app?.close();
    await backend?.close();
  });

  it("ships the React entry as a client module ('use client' first)", () => {
    const entry = readFileSync(join(nextExampleDir, 'node_modules/debitura-collect/dist/esm/react.js'), 'utf8');
    assert.match(entry, /^["']use client["'];/);
  });

  it('server-renders the page with the element in it', async () => {
    const html = await (await fetch(`${app.origin}/`)).text();
    assert.match(html, /<h1>Northwind Invoicing · Next\.js<\/h1>/);
    // The element's configuration is in the HTML, so it starts configured when its script upgrades it.
    assert.match(html, /<debitura-collect[^>]* token-endpoint="\/api\/debitura\/token"/);
    assert.match(html, /<debitura-collect[^>]* environment="sandbox"/);
  });

  it('runs the widget, follows the app’s view and hears the user’s moves', async () => {
    const page = await browser.newPage();
    const problems = problemsOf(page);
    await page.goto(`${app.origin}/`);
    await page.locator('.event-log li', { hasText: 'ready: new-case' }).waitFor({ timeout: 30_000 });
    await page.locator('debitura-collect debitura-new-case form').waitFor();
    await page.click('nav button:text("Cases")');
    await page.locator('debitura-collect debitura-case-list tbody tr').first().waitFor({ timeout: 30_000 });
    // The user opens a case inside the widget: the app hears that move, never its own change of `view`.
    await page.locator('debitura-collect debitura-case-list tbody tr .row-link').first().click();
    await page.locator('.event-log li', { hasText: /^view: case$/ }).waitFor();
    await page.locator('debitura-collect debitura-case-detail').waitFor();
    assert.equal(await page.locator('.event-log li', { hasText: 'view: cases' }).count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('renders the wrapper straight from a server component', async () => {
    const page = await browser.newPage();
    const problems = problemsOf(page);
    await page.goto(`${app.origin}/cases`);
    await page.locator('debitura-collect debitura-case-list tbody tr').first().waitFor({ timeout: 30_000 });
    assert.deepEqual(problems, []);
    await page.close();
  });

  // A phone and a desktop: the header's line about the company changes when the token arrives.
  for (const width of [375, 1280]) {
    it(`keeps the page still while the widget connects, at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      // The token endpoint is held: the form shows at once, and the header says it is connecting.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/api/debitura/token', async (route) => {
        await held;
        await route.continue();
      });
      await page.addInitScript(recordErrors);
      await page.goto(`${app.origin}/`);
      await page.locator('debitura-collect [part~="creditor"][role="status"]').waitFor();
      // The form's code arrives beside the connecting line: measure once its first field is there.
      await page.locator('debitura-collect debitura-new-case input:not([type="radio"])').first().waitFor();
      // Where the first field and the app's own content below the widget are, once painted.
      const positions = () =>
        page.evaluate(
          () =>
            new Promise<number[]>((resolve, reject) =>
              requestAnimationFrame(() =>
                setTimeout(() => {
                  const view = document
                    .querySelector('debitura-collect')
                    ?.shadowRoot?.querySelector('debitura-new-case');
                  const field = view?.shadowRoot?.querySelector('input:not([type="radio"])');
                  const below = document.querySelector('.event-log');
                  if (!field || !below) reject(new Error('no form field or no app content to measure'));
                  else resolve([field, below].map((element) => element.getBoundingClientRect().top));
                }),
              ),
            ),
        );
      const beforeToken = await positions();
      release();
      await page
        .locator('debitura-collect [part~="creditor"]', { hasText: 'Collecting for' })
        .waitFor({ timeout: 30_000 });
      assert.deepEqual(
        await positions(),
        beforeToken,
        'the form and the page below it stay put when the token and the account arrive',
      );
      const widgetErrors = await page.evaluate(() => (window as unknown as PageRecord).widgetErrors);
      assert.deepEqual(widgetErrors, [], 'the widget never started unconfigured');
      await context.close();
    });
  }
});
