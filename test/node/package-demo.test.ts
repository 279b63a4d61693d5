// The designers' demo as a designer uses it, in Chromium against the in-process sandbox: every gallery state
// is reached and drawn in light and dark (screenshots in test/screenshots/), the page passes axe, the theme
// editor's presets reach every widget and "Copy CSS" copies exactly the properties set, the language switch
// re-words the widgets, and the React and Vue example apps run and hear the widget's events.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { brandPresets } from '../../demo/brand-presets.js';
import { galleryStates } from '../../demo/gallery-states.js';
import { sandboxCases } from '../../demo/sandbox-token.js';
import {
  axeViolations,
  cardResults,
  openDemoSession,
  openGallery,
  pageRest,
  screenshotCards,
  type DemoSession,
} from '../e2e/demo-page.js';

let session: DemoSession;

/** How many cases a demo tenant has, read from the demo's sandbox. */
async function caseCount(origin: string, externalTenantId: string): Promise<number> {
  const total = (await sandboxCases(externalTenantId, 'PageSize=1', origin)).page.totalResults;
  assert.equal(typeof total, 'number');
  return total!;
}

// Each gallery load reaches two dozen live states (six of them activation), five times over (light, dark, axe, and at 375 and 1280 px).
describe('designers’ demo', { timeout: 600000 }, () => {
  before(async () => {
    session = await openDemoSession();
  });
  after(async () => {
    await session?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`reaches and draws every gallery state in ${scheme}`, async () => {
      const casesBefore = await caseCount(session.server.origin, 'acme-ready');
      const page = await openGallery(session, scheme);
      const cards = await cardResults(page);
      assert.deepEqual(
        cards.map((card) => card.id),
        galleryStates.map((state) => state.id),
      );
      for (const card of cards) {
        assert.equal(card.state, 'shown', `${card.id}: ${card.status}`);
        assert.ok(card.widgetHeight > 100, `${card.id} draws a widget of some size (${card.widgetHeight}px)`);
        assert.ok(card.widgetText.length > 20, `${card.id} shows text`);
      }
      const background = await page.$eval(
        '#state-form debitura-collect',
        (widget) => getComputedStyle(widget).backgroundColor,
      );
      assert.equal(
        background === 'rgb(255, 255, 255)',
        scheme === 'light',
        `${scheme} widgets have the ${scheme} surface`,
      );
      // The "Sent" card sends a real case: for a tenant of its own, not into the cases of the demo's tenants.
      assert.equal(await caseCount(session.server.origin, 'acme-ready'), casesBefore);
      const files = await screenshotCards(page, scheme);
      assert.equal(files.length, galleryStates.length);
      assert.ok(files.every((file) => existsSync(file)));
      await page.context().close();
    });
  }

  // A gallery widget moving focus to its own heading used to scroll the page to mid-gallery on load.
  for (const width of [375, 1280]) {
    it(`at ${width} px stays put: no sideways scroll, no focus or scroll taken by the gallery`, async () => {
      const page = await openGallery(session, 'light', { width, height: 800 });
      const rest = await pageRest(page);
      assert.equal(rest.scrollWidth, rest.clientWidth, `the page is ${rest.scrollWidth - rest.clientWidth}px too wide`);
      assert.equal(rest.scrollY, 0);
      assert.equal(rest.focused, 'BODY');
      if (width === 375) {
        const editor = await page.$eval('.editor', (element) => getComputedStyle(element).position);
        assert.equal(editor, 'static', 'the theme panel does not stick over a phone screen');
      }
      await page.context().close();
    });
  }

  it('passes axe with every gallery state on the page', async () => {
    const page = await openGallery(session, 'light');
    // A dozen widgets on one page: each is one landmark, named after its card, so none repeats.
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });

  it('applies a brand preset to every widget and copies exactly its properties as CSS', async () => {
    const page = await openGallery(session, 'light');
    const saffron = brandPresets.find((preset) => preset.id === 'saffron')!;
    await page.selectOption('#preset', 'saffron');
    const primaries = await page.$$eval('debitura-collect', (widgets) =>
      widgets.map((widget) => getComputedStyle(widget).getPropertyValue('--_primary').trim()),
    );
    assert.ok(primaries.length > galleryStates.length);
    assert.deepEqual([...new Set(primaries)], [saffron.light['--debitura-primary']]);
    assert.equal(await page.textContent('#contrast-report'), 'Every colour pair meets WCAG AA.');

    await page.click('#copy-css');
    await page.locator('#copy-status', { hasText: 'CSS copied.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const declared = [...copied.matchAll(/^\s+(--debitura-[a-z-]+): (.+);$/gm)].map((match) => [match[1], match[2]]);
    assert.match(copied, /^debitura-collect \{\n/);
    assert.deepEqual(Object.fromEntries(declared), { ...saffron.shape, ...saffron.light });

    await page.check('input[name="scheme"][value="dark"]');
    const darkCopy = (await page.textContent('#theme-css')) ?? '';
    assert.ok(
      darkCopy.includes(`--debitura-primary: ${saffron.dark['--debitura-primary']};`),
      'dark switches to the brand’s dark palette',
    );

    await page.click('#reset-theme');
    assert.equal(await page.textContent('#theme-css'), 'debitura-collect {\n}\n');
    await page.context().close();
  });

  it('the theme controls set only what was touched, and a failing colour is reported', async () => {
    const page = await openGallery(session, 'light');
    await page.locator('#radius').fill('12');
    await page.check('input[name="density"][value="compact"]');
    const css = (await page.textContent('#theme-css')) ?? '';
    assert.equal(
      css,
      'debitura-collect {\n  --debitura-font-size: 0.875rem;\n  --debitura-radius: 12px;\n  --debitura-spacing: 0.375rem;\n}\n',
    );
    const radius = await page.$eval(
      '#state-form debitura-collect',
      (widget) => getComputedStyle(widget).borderTopLeftRadius,
    );
    assert.equal(radius, '12px');
    await page.locator('input[data-colour="on-primary"]').fill('#3070d0');
    assert.match(
      (await page.textContent('#contrast-report')) ?? '',
      /--debitura-on-primary on --debitura-primary \(button labels\)/,
    );
    await page.context().close();
  });

  it('switches every widget’s language at once', async () => {
    const page = await openGallery(session, 'light');
    const title = () => page.locator('#state-form debitura-collect h2.title').textContent();
    assert.equal(await title(), 'Debt collection');
    await page.selectOption('#locale', 'da');
    await page.locator('#state-list debitura-collect h2.title', { hasText: 'Inkasso' }).waitFor();
    assert.equal(await title(), 'Inkasso');
    await page.context().close();
  });

  for (const app of ['react', 'vue'] as const) {
    it(`the ${app} example app renders the widget and hears its events`, async () => {
      const page = await session.browser.newPage();
      // The URL the README gives for each example app.
      await page.goto(`${session.server.origin}/demo/${app}/`);
      await page.locator('.event-log li', { hasText: 'ready: new-case' }).waitFor({ timeout: 20000 });
      await page.locator('debitura-collect debitura-new-case form').waitFor();
      await page.click('nav button:text("Cases")');
      await page.locator('debitura-collect debitura-case-list tbody tr').first().waitFor({ timeout: 20000 });
      // The user opens a case inside the widget: the app hears that move, never its own change of `view`.
      await page.locator('debitura-collect debitura-case-list tbody tr .row-link').first().click();
      await page.locator('.event-log li', { hasText: /^view: case$/ }).waitFor();
      await page.locator('debitura-collect debitura-case-detail').waitFor();
      assert.equal(await page.locator('.event-log li', { hasText: 'view: cases' }).count(), 0);
      await page.close();
    });
  }
});
