// Loads test/e2e/csp/index.html under `Content-Security-Policy: default-src 'self'` (no 'unsafe-inline', no
// 'unsafe-eval') and drives the widget through its views: the new-case form, the case list and a case's
// detail. Every `securitypolicyviolation` and every "Refused to…" console message is collected.
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { startDemoServer } from './demo-server.js';

export const strictPolicy = "default-src 'self'";
const pagePath = '/test/e2e/csp/index.html';

export interface CspRun {
  violations: string[];
  /** What the run reached, so a test can tell "no violations" from "nothing rendered". */
  reached: string[];
}

const collectViolations = () => {
  const found: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = found;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      // Inside shadow roots the event is retargeted; the composed path names the element and its view.
      const path = event.composedPath().filter((node): node is Element => node instanceof Element);
      const where = path
        .map((element) => element.localName + (element.className ? `.${String(element.className).split(' ')[0]}` : ''))
        .slice(0, 4)
        .join(' < ');
      found.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${where || 'document'}`);
    },
    true,
  );
};

async function waitInView(page: Page, view: string, selector: string): Promise<void> {
  await page.locator(`debitura-collect ${view} ${selector}`).first().waitFor({ timeout: 15000 });
}

export async function runStrictCspPage(): Promise<CspRun> {
  const server = await startDemoServer({
    headers: { '/test/e2e/csp/': { 'Content-Security-Policy': strictPolicy } },
    pages: [pagePath.slice(1)],
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        refused.push(`console: ${message.text().slice(0, 100)}…`);
    });
    await page.addInitScript(collectViolations);
    const response = await page.goto(`${server.origin}${pagePath}`);
    const reached: string[] = [];
    if (response?.headers()['content-security-policy'] !== strictPolicy)
      throw new Error('the page was served without the policy');

    await waitInView(page, 'debitura-new-case', 'form');
    reached.push('new-case form');
    await page.evaluate(() => document.querySelector('debitura-collect')!.setAttribute('view', 'cases'));
    await waitInView(page, 'debitura-case-list', 'tbody tr a, tbody tr button');
    reached.push('case list');
    await page.locator('debitura-collect debitura-case-list tbody tr').first().locator('a, button').first().click();
    await waitInView(page, 'debitura-case-detail', '.badge');
    reached.push('case detail');
    // Let late renders (timeline, messages, files) finish before counting.
    await page.waitForLoadState('networkidle');

    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    // The console repeats each violation in prose; it is the fallback for ones no event reported.
    return { violations: violations.length > 0 ? violations : refused, reached };
  } finally {
    await browser.close();
    await server.close();
  }
}
