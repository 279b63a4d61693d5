// Checks every widget view's browser test makes the same way: a failing sandbox shown with a retry that works, and
// a layout that fits a phone and a desktop. Each view's test says how to mount it and which parts must fit.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { DebituraErrorEvent } from '../../src/widget/events/debitura-events.js';
import { en } from '../../src/widget/i18n/en/index.js';
import { button, setFaults, text } from './cases-harness.js';

/** The widths a view must fit: a 375 px phone and a 1280 px desktop. */
export const phoneAndDesktop = [375, 1280] as const;

/** For `afterEach`: the sandbox answers again, and the viewport is back to the runner's. */
export async function restoreSandboxAndViewport(): Promise<void> {
  await setFaults({ rate: 0 });
  await setViewport({ width: 800, height: 600 });
}

/**
 * With the sandbox answering every request with a 500, the view `mount` puts on the page shows `loadFailed` in an
 * alert with a retry, tells the page once (a recoverable `api_error`) and stays axe-clean; once the sandbox answers
 * again, the retry shows what `loaded` looks for, and the alert is gone.
 */
export async function expectRetryAfterServerError<T extends HTMLElement>(
  mount: () => Promise<T>,
  loadFailed: string,
  loaded: (view: T) => unknown,
): Promise<void> {
  // Errors bubble out of the view; the path is kept while the event is dispatched, to count this view's only.
  const heard: Array<{ event: DebituraErrorEvent; path: EventTarget[] }> = [];
  const listen = (event: Event) => heard.push({ event: event as DebituraErrorEvent, path: event.composedPath() });
  document.addEventListener('debitura-error', listen);
  try {
    await setFaults({ rate: 1, kinds: ['error500'] });
    const view = await mount();
    const errors = heard.filter(({ path }) => path.includes(view)).map(({ event }) => event);
    expect(text(view.shadowRoot!.querySelector('[role=alert]'))).to.contain(loadFailed);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.type).to.equal('api_error');
    expect(errors[0]!.detail.recoverable).to.equal(true);
    await expect(view).to.be.accessible();

    await setFaults({ rate: 0 });
    button(view.shadowRoot!, en.common.retry).click();
    await waitUntil(() => loaded(view), 'the retry never loaded the view', { timeout: 15_000 });
    expect(view.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
  } finally {
    document.removeEventListener('debitura-error', listen);
  }
}

/**
 * At a phone's and a desktop's width, the view `mount` puts on the page (anew at each width) scrolls nothing
 * sideways, each of its `parts` ends inside it, it is axe-clean, and `also` holds (the view's own checks).
 */
export async function expectFitsPhoneAndDesktop<T extends HTMLElement>(
  mount: () => Promise<T>,
  parts: (view: T) => Iterable<Element>,
  also?: (view: T, width: number) => void | Promise<void>,
): Promise<void> {
  for (const width of phoneAndDesktop) {
    await setViewport({ width, height: 800 });
    const view = await mount();
    expect(view.scrollWidth, `${width}px`).to.be.at.most(view.clientWidth + 0.5);
    const right = view.getBoundingClientRect().right;
    for (const part of parts(view)) {
      expect(part.getBoundingClientRect().right, `${width}px`).to.be.at.most(right + 0.5);
    }
    await also?.(view, width);
    await expect(view).to.be.accessible();
  }
}
