// Drives <debitura-partner-console> the way partner staff do, against the real dev backend on the test origin:
// the demo's staff sign-in (the partner's own session), the console on the demo's Referral API proxy
// (createReferralApiProxy in front of the sandbox), and reads of the same proxy to know what it should show.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/console/index.js';
import type { DebituraPartnerConsole } from '../../src/console/index.js';

export const consoleProxyBase = '/api/debitura/referral';

/** Signs partner staff in to the demo partner, or out; signed out, the proxy refuses every call (403). */
export async function signInStaff(signedIn = true): Promise<void> {
  const response = await fetch('/api/demo/staff', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ signedIn }),
  });
  if (!response.ok) throw new Error(`demo staff sign-in answered ${response.status}`);
}

/** What the proxy answers a staff member for a read: what the console should show. */
export async function readViaProxy<T>(pathAndQuery: string): Promise<T> {
  const response = await fetch(`${consoleProxyBase}${pathAndQuery}`, { credentials: 'include' });
  if (!response.ok) throw new Error(`${pathAndQuery} answered ${response.status}`);
  return (await response.json()) as T;
}

export interface ConsoleMountOptions {
  view?: string;
  locale?: string;
  /** Width of the box the console sits in, in pixels. */
  width?: number;
  apiBase?: string | null;
}

/** The console, signed in as staff unless the test signed out, in a box of the given width. */
export async function mountConsole(options: ConsoleMountOptions = {}): Promise<DebituraPartnerConsole> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${options.width ?? 1280}px"></div>`);
  const element = document.createElement('debitura-partner-console');
  if (options.apiBase !== null) element.setAttribute('api-base', options.apiBase ?? consoleProxyBase);
  element.setAttribute('environment', 'sandbox');
  element.setAttribute('locale', options.locale ?? 'en');
  if (options.view) element.setAttribute('view', options.view);
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

/** The shadow root of the section view the console shows (`debitura-console-clients`…), once there is one. */
export async function shownView(element: DebituraPartnerConsole, tag: string): Promise<ShadowRoot> {
  await waitUntil(() => element.shadowRoot?.querySelector(tag)?.shadowRoot, `${tag} never showed`, { timeout: 10_000 });
  return element.shadowRoot!.querySelector(tag)!.shadowRoot!;
}

/** Text of a node and of every shadow root below it, whitespace collapsed. */
export function deepText(node: Node): string {
  let text = '';
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) text += current.textContent ?? '';
    const shadow = (current as Element).shadowRoot;
    if (shadow) walk(shadow);
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return text.replace(/\s+/g, ' ').trim();
}

export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until `condition` holds, with the generous timeout a loaded machine needs. */
export function waitFor(condition: () => unknown, message: string, timeout = 10_000): Promise<void> {
  return waitUntil(condition, message, { timeout });
}

/** The button in `root` whose text is `label`. */
export function buttonNamed(root: ParentNode, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => textOf(button) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** The form control labelled `label` in `root`. */
export function fieldNamed<T extends HTMLElement = HTMLInputElement>(root: ShadowRoot, label: string): T {
  const labelElement = [...root.querySelectorAll('label')].find((candidate) => textOf(candidate) === label);
  const control = labelElement?.htmlFor ? root.getElementById(labelElement.htmlFor) : null;
  if (!control) throw new Error(`no field labelled "${label}"`);
  return control as T;
}

/** Sets a select's value as a user choosing an option does. */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Types into a search field and submits its form. */
export function search(root: ShadowRoot, label: string, query: string): void {
  const input = fieldNamed(root, label);
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.form!.requestSubmit();
}
