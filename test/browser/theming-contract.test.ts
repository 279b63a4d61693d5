// What a partner's stylesheet can do to <debitura-collect>: custom properties reach the views' own shadow roots,
// documented parts are styleable from the page, dark mode switches the palette, and colours that fail WCAG AA
// are reported in the console while Lit's development build is loaded.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/widget/index.js';
import type { DebituraCollect } from '../../src/widget/index.js';
import { freshTokenEndpoint, signIn } from './harness.js';
import { contrastFailures, type Rgb } from '../../src/widget/styles/contrast-warning.js';

async function mountReady(view: 'new-case' | 'cases', style = ''): Promise<DebituraCollect> {
  await signIn('acme-ready');
  const host = document.createElement('debitura-collect');
  host.setAttribute('environment', 'sandbox');
  host.setAttribute('locale', 'en');
  host.setAttribute('view', view);
  host.setAttribute('token-endpoint', freshTokenEndpoint('theming-test'));
  if (style) host.setAttribute('style', style);
  const ready = oneEvent(host, 'debitura-ready');
  (await fixture(html`<div></div>`)).append(host);
  await ready;
  return host;
}

function viewRoot(host: DebituraCollect, tag: string): ShadowRoot {
  const root = host.shadowRoot?.querySelector(tag)?.shadowRoot;
  if (!root) throw new Error(`${tag} is not rendered`);
  return root;
}

/** An unconfigured widget: it renders its own "not configured" box, enough to read the palette. */
async function mountBare(attributes: string): Promise<DebituraCollect> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<debitura-collect ${attributes}></debitura-collect>`;
  const host = wrapper.querySelector('debitura-collect')!;
  await host.updateComplete;
  // The contrast check loads on demand after the first render; this file already holds its module, so one task
  // is enough for it to have run.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return host;
}

function rgbOf(cssColor: string): Rgb {
  const match = /rgba?\((\d+), (\d+), (\d+)/.exec(cssColor);
  if (!match) throw new Error(`not an rgb colour: ${cssColor}`);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]) };
}

/** The host's resolved theme colour, through a probe element so the browser does the colour parsing. */
function themeColour(host: DebituraCollect, name: string): Rgb {
  const probe = document.createElement('span');
  probe.style.color = `var(--_${name})`;
  host.shadowRoot!.append(probe);
  const colour = rgbOf(getComputedStyle(probe).color);
  probe.remove();
  return colour;
}

describe('theming', () => {
  it('a --debitura-primary set on the element colours the submit button inside the new-case view', async () => {
    const host = await mountReady('new-case', '--debitura-primary: rgb(10, 90, 30); --debitura-radius: 0px');
    const root = viewRoot(host, 'debitura-new-case');
    const submit = [...root.querySelectorAll<HTMLButtonElement>('button.button')].find(
      (button) => !button.classList.contains('button--secondary'),
    );
    expect(submit, 'a primary button in the form').to.exist;
    expect(getComputedStyle(submit!).backgroundColor).to.equal('rgb(10, 90, 30)');
    expect(getComputedStyle(submit!).borderTopLeftRadius).to.equal('0px');
  });

  it('the page styles the status badges of the case list through ::part(status-badge)', async () => {
    const sheet = document.createElement('style');
    sheet.textContent = 'debitura-collect::part(status-badge) { outline: 3px solid rgb(200, 0, 100); }';
    document.head.append(sheet);
    try {
      const host = await mountReady('cases');
      await waitUntil(() => viewRoot(host, 'debitura-case-list').querySelector('.badge'), 'no badge rendered', {
        timeout: 5000,
      });
      const badge = viewRoot(host, 'debitura-case-list').querySelector('.badge')!;
      expect(getComputedStyle(badge).outlineColor).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(badge).outlineWidth).to.equal('3px');
    } finally {
      sheet.remove();
    }
  });

  it('theme="dark" swaps the palette and the page can still override one colour of it', async () => {
    const light = await mountBare('theme="light"');
    const dark = await mountBare('theme="dark"');
    const branded = await mountBare('theme="dark" style="--debitura-surface: rgb(0, 0, 40)"');
    expect(getComputedStyle(light).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(dark).backgroundColor).to.not.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
    expect(getComputedStyle(branded).backgroundColor).to.equal('rgb(0, 0, 40)');
  });

  for (const theme of ['light', 'dark']) {
    it(`the rendered ${theme} defaults meet WCAG AA for every pair the widget draws`, async () => {
      const host = await mountBare(`theme="${theme}"`);
      const failures = contrastFailures((name) => themeColour(host, name));
      expect(
        failures.map((failure) => `${failure.foreground} on ${failure.background}: ${failure.ratio.toFixed(2)}`),
      ).to.deep.equal([]);
    });
  }
});

describe('contrast warning (development build)', () => {
  const original = console.warn;
  let warnings: string[] = [];
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
  });
  afterEach(() => {
    console.warn = original;
  });

  it('names the properties when a partner puts white text on a yellow primary', async () => {
    await mountBare('style="--debitura-primary: #ffe600; --debitura-on-primary: white"');
    const relevant = warnings.filter((warning) => warning.includes('<debitura-collect>'));
    expect(
      relevant.some((warning) => warning.includes('--debitura-on-primary on --debitura-primary (button labels)')),
    ).to.equal(true);
    expect(relevant.some((warning) => warning.includes('--debitura-primary on --debitura-surface'))).to.equal(true);
  });

  it('stays quiet for the default palettes and for a brand colour that reads well', async () => {
    await mountBare('theme="light"');
    await mountBare('theme="dark"');
    await mountBare('style="--debitura-primary: hsl(250 60% 40%)"');
    expect(warnings.filter((warning) => warning.includes('<debitura-collect>'))).to.deep.equal([]);
  });

  it('says each problem once, however many widgets share the colours', async () => {
    await mountBare('style="--debitura-text: #bbbbbb"');
    await mountBare('style="--debitura-text: #bbbbbb"');
    const textWarnings = warnings.filter((warning) =>
      warning.includes('--debitura-text on --debitura-surface (body text)'),
    );
    expect(textWarnings).to.have.length(1);
  });
});
