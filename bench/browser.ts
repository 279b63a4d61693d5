// Headless Debian Chromium for the browser measurements, kept off the network.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mountWidget } from './mount-widget.js';
import { benchPagePath } from './page-server.js';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A browser context whose pages have `window.benchMountWidget` and can run the functions this bench hands to `page.evaluate`: tsx compiles them
 * with esbuild's keep-names helper `__name(...)`, which must exist in the page too.
 */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  await context.addInitScript({ content: `window.benchMountWidget = ${mountWidget.toString()};` });
  return context;
}

/** Opens the bench page and waits until the script-tag bundle has registered the element. */
export async function openBenchPage(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${origin}${benchPagePath}`);
  await page.evaluate(() => customElements.whenDefined('debitura-collect'));
  return page;
}

/** Signs the browser context in as a tenant of the demo backend (its session cookie). */
export async function signInAs(context: BrowserContext, origin: string, tenant: string): Promise<void> {
  await context.addCookies([{ name: 'demo_tenant', value: tenant, url: origin }]);
}
