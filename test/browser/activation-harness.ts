// Drives the activation screen of <debitura-collect> as a user does, against the real dev backend: the demo
// partner's sign-in (tenant and user), the token endpoint with activation, and the sandbox's hosted pages, which
// the tests open in a real second tab.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/widget/index.js';
import { TokenError, type DebituraCollect } from '../../src/widget/index.js';
import type { ActivationView } from '../../src/widget/views/activation/activation-view.js';
import type { NewCaseView } from '../../src/widget/views/new-case/new-case-view.js';
import { freshTokenEndpoint, tokenEndpoint } from './harness.js';

/** Restores the sandbox's seed, so tenants linked by one test are unlinked again for the next. */
export async function resetSandbox(): Promise<void> {
  const response = await fetch('/sandbox/reset', { method: 'POST' });
  if (!response.ok) throw new Error(`sandbox reset answered ${response.status}`);
}

let counter = 0;
/** A tenant id no earlier run has used: the partner's records make up a company for it. */
export function freshTenant(): string {
  return `fresh-${Date.now().toString(36)}-${++counter}`;
}

export interface MountOptions {
  view?: string;
  returnUrl?: string;
  locale?: string;
}

/** Mounts a widget with its own token cache and waits for the activation screen to show a heading. */
export async function mountForActivation(options: MountOptions = {}): Promise<{
  host: DebituraCollect;
  screen: ActivationView;
}> {
  const host = document.createElement('debitura-collect');
  host.setAttribute('environment', 'sandbox');
  host.setAttribute('token-endpoint', freshTokenEndpoint('activation-test'));
  host.setAttribute('locale', options.locale ?? 'en');
  if (options.view) host.setAttribute('view', options.view);
  if (options.returnUrl) host.setAttribute('return-url', options.returnUrl);
  (await fixture(html`<div></div>`)).append(host);
  const screen = await activationScreen(host);
  return { host, screen };
}

export async function activationScreen(host: DebituraCollect): Promise<ActivationView> {
  await waitUntil(
    () => host.shadowRoot?.querySelector('debitura-activation')?.shadowRoot?.querySelector('h3:not(.visually-hidden)'),
    `the activation screen never appeared; the widget shows: ${text(host)}`,
    { timeout: 8000 },
  );
  const screen = host.shadowRoot!.querySelector('debitura-activation')!;
  await screen.updateComplete;
  return screen;
}

/** Visible text, whitespace collapsed (through the activation screen's shadow root). */
export function text(element: Element): string {
  const own = element.shadowRoot?.textContent ?? '';
  const nested = [...(element.shadowRoot?.querySelectorAll('*') ?? [])]
    .map((child) => child.shadowRoot?.textContent ?? '')
    .join(' ');
  return `${own} ${nested}`.replace(/\s+/g, ' ').trim();
}

export function heading(screen: ActivationView): string {
  return screen.shadowRoot!.querySelector('h3')?.textContent?.trim() ?? '';
}

export function control(screen: ActivationView, label: string): HTMLElement | undefined {
  return [...screen.shadowRoot!.querySelectorAll<HTMLElement>('button, a')].find((element) =>
    (element.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(label),
  );
}

export async function press(screen: ActivationView, label: string): Promise<void> {
  const target = control(screen, label);
  if (!target) throw new Error(`no "${label}" on the screen: ${text(screen)}`);
  target.click();
  await screen.updateComplete;
}

/**
 * Follows the screen's link to Debitura the way the user does, except that the tab the browser would open is
 * left to `finishInSecondTab`, which keeps hold of it. Returns the link's address.
 */
export async function followLink(screen: ActivationView, label: string): Promise<string> {
  const link = control(screen, label);
  if (!(link instanceof HTMLAnchorElement)) throw new Error(`no "${label}" link on the screen: ${text(screen)}`);
  const keepHere = (event: Event) => event.preventDefault();
  link.addEventListener('click', keepHere, { once: true });
  link.click();
  await screen.updateComplete;
  return link.href;
}

export async function waitForHeading(screen: ActivationView, wanted: string, timeout = 8000): Promise<void> {
  await waitUntil(() => heading(screen) === wanted, `"${wanted}" never showed; the screen shows: ${text(screen)}`, {
    timeout,
  });
}

/** The buttons of the sandbox's hosted onboarding, one per step (these tenants' partner asks for no director KYC). */
export const onboardingButtons = ['Continue', 'Confirm users', 'Sign agreement'] as const;

/**
 * Opens Debitura's hosted page in a real second tab (same origin: the sandbox is mounted on the test server),
 * presses each step's button as the user would (ticking what must be ticked), and closes the tab once the last
 * page has moved on.
 */
export async function finishInSecondTab(url: string, ...buttons: string[]): Promise<void> {
  const tab = window.open(url, '_blank');
  if (!tab) throw new Error('the second tab did not open');
  const buttonOf = (label: string) =>
    [...tab.document.querySelectorAll('form button')].find((element) => element.textContent?.trim() === label);
  try {
    for (const button of buttons) {
      await waitUntil(
        () => tab.document.readyState === 'complete' && buttonOf(button),
        `the hosted page has no "${button}" button: ${tab.document.body?.textContent ?? ''}`,
        { timeout: 8000 },
      );
      for (const box of tab.document.querySelectorAll<HTMLInputElement>('input[type="checkbox"][required]'))
        box.checked = true;
      const before = tab.location.href;
      (buttonOf(button) as HTMLButtonElement).click();
      await waitUntil(
        () => tab.location.href !== before || tab.document.querySelector('[role="status"]'),
        `the hosted page never moved on from "${button}"`,
        { timeout: 8000 },
      );
    }
    await waitUntil(() => tab.document.readyState === 'complete', 'the page after the hosted form never loaded');
  } finally {
    tab.close();
  }
}

/** The user comes back to the first tab: the browser fires focus on its window. */
export function comeBack(): void {
  window.dispatchEvent(new FocusEvent('focus'));
}

/** Waits for the widget to have left the activation screen for the new-case form, and returns the form's view. */
export async function formAfterActivation(host: DebituraCollect, timeout = 10000): Promise<NewCaseView> {
  await waitUntil(
    () => host.shadowRoot?.querySelector('debitura-new-case')?.shadowRoot?.querySelector('form'),
    `the form never appeared after activation; the widget shows: ${text(host)}`,
    { timeout },
  );
  const view = host.shadowRoot!.querySelector('debitura-new-case')!;
  await view.updateComplete;
  return view;
}

/** Mounts a widget whose tokens come from `fetchToken` and whose activation from `fetchActivation`, as documented. */
export async function mountWithFunctions(): Promise<{ host: DebituraCollect; screen: ActivationView }> {
  const host = document.createElement('debitura-collect');
  host.setAttribute('environment', 'sandbox');
  host.setAttribute('locale', 'en');
  host.fetchToken = async () => {
    const response = await fetch(tokenEndpoint, { method: 'POST', credentials: 'include' });
    if (response.status === 403) throw new TokenError('not_linked');
    return response.json();
  };
  host.fetchActivation = async (intent) =>
    (
      await fetch(tokenEndpoint, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ intent }),
      })
    ).json();
  (await fixture(html`<div></div>`)).append(host);
  return { host, screen: await activationScreen(host) };
}
