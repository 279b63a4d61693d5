// Drives the designers' demo page (index.html) in Chromium: waits for every gallery card to reach its state,
// screenshots each card in light and dark into test/screenshots/, runs axe over the page, and exercises the
// theme editor, the language switch and the React and Vue example apps.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { startDemoServer, type DemoServer } from './demo-server.js';

const root = new URL('../../', import.meta.url).pathname;
export const screenshotDir = join(root, 'test/screenshots');

export interface CardResult {
  id: string;
  state: string;
  status: string;
  /** Visible text inside the card's widget, shadow roots included. */
  widgetText: string;
  widgetHeight: number;
}

export interface DemoSession {
  server: DemoServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function openDemoSession(): Promise<DemoSession> {
  const server = await startDemoServer({ pages: ['index.html', 'demo/react/index.html', 'demo/vue/index.html'] });
  const browser = await launchChromium();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens the demo in a scheme and waits until every gallery card is shown or failed. */
export async function openGallery(
  session: DemoSession,
  scheme: 'light' | 'dark',
  viewport = { width: 1400, height: 1000 },
): Promise<Page> {
  const context = await session.browser.newContext({ viewport });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
  const page = await context.newPage();
  await page.goto(`${session.server.origin}/?scheme=${scheme}`);
  await page.locator('#gallery[data-complete="true"]').waitFor({ timeout: 90000 });
  return page;
}

// Runs in the page. Kept as source text: the test's TypeScript transform would add helpers the page lacks.
const readCards = `(() => {
  const deepText = (element) => {
    const parts = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent || '');
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
      for (const child of node.childNodes) walk(child);
    };
    walk(element);
    return parts.join(' ').replace(/\\s+/g, ' ').trim();
  };
  return [...document.querySelectorAll('#gallery .state-card')].map((card) => {
    const widget = card.querySelector('debitura-collect');
    return {
      id: card.id.replace(/^state-/, ''),
      state: card.dataset.state || '',
      status: card.querySelector('.state-card__status')?.textContent || '',
      widgetText: widget ? deepText(widget) : '',
      widgetHeight: widget ? widget.getBoundingClientRect().height : 0,
    };
  });
})()`;

export async function cardResults(page: Page): Promise<CardResult[]> {
  return (await page.evaluate(readCards)) as CardResult[];
}

export async function screenshotCards(page: Page, scheme: string): Promise<string[]> {
  mkdirSync(screenshotDir, { recursive: true });
  const files: string[] = [];
  for (const card of await page.locator('#gallery .state-card').all()) {
    const id = ((await card.getAttribute('id')) ?? 'card').replace(/^state-/, '');
    const file = join(screenshotDir, `gallery-${id}-${scheme}.png`);
    await card.screenshot({ path: file, animations: 'disabled' });
    files.push(file);
  }
  await page.screenshot({
    path: join(screenshotDir, `demo-page-${scheme}.png`),
    fullPage: true,
    animations: 'disabled',
  });
  return files;
}

/** What a reader of the loaded page would notice: a sideways scroll, a moved page, focus taken from them. */
export interface PageRest {
  scrollWidth: number;
  clientWidth: number;
  scrollY: number;
  /** The element that has focus, shadow roots included, or "BODY" when nothing does. */
  focused: string;
}

export async function pageRest(page: Page): Promise<PageRest> {
  return (await page.evaluate(`(() => {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    return {
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      scrollY: window.scrollY,
      focused: active ? active.tagName + (active.id ? '#' + active.id : '') : 'none',
    };
  })()`)) as PageRest;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  const violations = await page.evaluate(`axe.run(document).then((result) => result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => JSON.stringify(node.target)),
  })))`);
  return violations as AxeViolation[];
}
