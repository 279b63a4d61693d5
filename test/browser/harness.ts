// Drives <debitura-collect> the way a user does, against the real dev backend on the test origin: sign in a
// sandbox tenant (the partner's own session), mount the widget, find fields by their visible label, press
// buttons by their text, and wait for what the user would wait for.
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/widget/index.js';
import type { DebituraCaseCreatedEvent, DebituraCollect, DebituraReadyEvent } from '../../src/widget/index.js';
import type { InvoiceDto } from '../../src/wire/case.js';
import type { NewCaseView } from '../../src/widget/views/new-case/new-case-view.js';

export const tokenEndpoint = '/api/debitura/token';

/** The confirmation the preview asks for before anything is sent. */
export const confirmLabel =
  'I confirm that the debt is due, undisputed as far as I know, and that I want Debitura to start collection on the terms shown above.';

/**
 * Signs a user of a tenant in to the demo partner, as the partner's own sign-in would; null signs out. The user
 * decides whether activation is allowed (see the demo's session users); without one the partner's default user.
 */
export async function signIn(tenant: string | null, user: string | null = null): Promise<void> {
  const response = await fetch('/api/demo/session', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ tenant, user }),
  });
  if (!response.ok) throw new Error(`demo sign-in as ${tenant}/${user} answered ${response.status}`);
}

let endpointCounter = 0;

/** A token endpoint URL no earlier mount has used, so the page-wide token cache starts empty for it. */
export function freshTokenEndpoint(label: string): string {
  return `${tokenEndpoint}?${label}=${++endpointCounter}-${Date.now()}`;
}

export interface MountOptions {
  tenant?: string;
  locale?: string;
  returnUrl?: string;
}

export interface MountedNewCase {
  host: DebituraCollect;
  view: NewCaseView;
}

/** Signs the tenant in and mounts a ready widget on the new-case view. Each mount gets its own token cache. */
export async function mountNewCase(options: MountOptions = {}): Promise<MountedNewCase> {
  await signIn(options.tenant ?? 'acme-ready');
  const host = document.createElement('debitura-collect');
  host.setAttribute('environment', 'sandbox');
  host.setAttribute('token-endpoint', freshTokenEndpoint('new-case-test'));
  host.setAttribute('locale', options.locale ?? 'en');
  if (options.returnUrl) host.setAttribute('return-url', options.returnUrl);
  return { host, view: await attachForNewCase(host) };
}

/** Puts a configured widget on the page and waits for it to be ready with the new-case form shown. */
export async function attachForNewCase(host: DebituraCollect): Promise<NewCaseView> {
  const ready = oneEvent(host, 'debitura-ready') as Promise<DebituraReadyEvent>;
  (await fixture(html`<div></div>`)).append(host);
  await ready;
  return shownNewCaseForm(host);
}

/** Waits until the widget shows the new-case form, and returns its view. */
export async function shownNewCaseForm(host: DebituraCollect): Promise<NewCaseView> {
  await waitUntil(
    () => host.shadowRoot?.querySelector('debitura-new-case')?.shadowRoot?.querySelector('form'),
    'the form never appeared',
  );
  const view = host.shadowRoot!.querySelector('debitura-new-case')!;
  await view.updateComplete;
  return view;
}

/** From a filled form: price check, confirmation, send; resolves with the case once the success step shows. */
export async function sendConfirmedCase(host: DebituraCollect, view: NewCaseView): Promise<InvoiceDto> {
  await clickButton(view, 'Check price');
  await waitForStep(view, 'Check price and send');
  await choose(view, confirmLabel);
  const created = oneEvent(host, 'debitura-case-created') as Promise<DebituraCaseCreatedEvent>;
  await clickButton(view, 'Send to collection');
  const { case: invoice } = (await created).detail;
  await waitForStep(view, 'Case sent to collection');
  return invoice;
}

function root(view: NewCaseView): ShadowRoot {
  return view.shadowRoot!;
}

/** The visible text of the view, whitespace collapsed. */
export function viewText(view: NewCaseView): string {
  return (root(view).textContent ?? '').replace(/\s+/g, ' ').trim();
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The control a visible label names (the required asterisk is ignored); fails loudly when none or many match. */
export function control(view: NewCaseView, label: string): Control {
  const labels = [...root(view).querySelectorAll('label')].filter(
    (element) => (element.textContent ?? '').replace(/\*/g, '').replace(/\s+/g, ' ').trim() === label,
  );
  if (labels.length !== 1) throw new Error(`expected one field labelled "${label}", found ${labels.length}`);
  const element = labels[0]!;
  const target = element.htmlFor
    ? root(view).getElementById(element.htmlFor)
    : element.querySelector('input, select, textarea');
  if (!target) throw new Error(`the label "${label}" names no control`);
  return target as Control;
}

/** Types a value into the labelled field and leaves it, as a user tabbing through the form does. */
export async function fillField(view: NewCaseView, label: string, value: string): Promise<void> {
  const field = control(view, label);
  field.focus();
  field.value = value;
  field.dispatchEvent(
    new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }),
  );
  await view.updateComplete;
  field.blur();
  await view.updateComplete;
}

/** Clicks a radio button or checkbox by its label. */
export async function choose(view: NewCaseView, label: string): Promise<void> {
  control(view, label).click();
  await view.updateComplete;
}

export function button(view: NewCaseView, text: string): HTMLElement | undefined {
  return [...root(view).querySelectorAll<HTMLElement>('button, a.button')].find(
    (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim() === text,
  );
}

export async function clickButton(view: NewCaseView, text: string): Promise<void> {
  const target = button(view, text);
  if (!target) throw new Error(`no button "${text}" in: ${viewText(view)}`);
  target.click();
  await view.updateComplete;
}

/** Waits until the view shows the text (or fails with what it shows instead). */
export async function waitForText(view: NewCaseView, text: string, timeout = 8000): Promise<void> {
  await waitUntil(() => viewText(view).includes(text), `"${text}" never appeared; the view shows: ${viewText(view)}`, {
    timeout,
  });
  await view.updateComplete;
}

/** Waits for a step, identified by its heading, and for focus to land on it. */
export async function waitForStep(view: NewCaseView, heading: string, timeout = 8000): Promise<void> {
  await waitUntil(
    () =>
      root(view).getElementById('step-heading')?.textContent?.trim() === heading &&
      focused(view)?.id === 'step-heading',
    `step "${heading}" never came into focus; the view shows: ${viewText(view)}`,
    { timeout },
  );
}

/** The element focused inside the view. */
export function focused(view: NewCaseView): Element | null {
  return root(view).activeElement;
}

/** The error text linked to a control through aria-describedby. */
export function errorOf(view: NewCaseView, label: string): string | null {
  const field = control(view, label);
  if (field.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.map((id) => root(view).getElementById(id)?.textContent?.trim() ?? '').join(' ') || null;
}

/** A Danish company debtor that acme-ready can send, with a reference no other run has used. */
export async function fillDanishCompany(view: NewCaseView, reference = uniqueReference()): Promise<string> {
  await fillField(view, 'Company name', 'Nordlys Trading ApS');
  await fillField(view, 'Contact person', 'Mette Larsen');
  await fillField(view, 'Address', 'Vesterbrogade 12');
  await fillField(view, 'Postcode', '1620');
  await fillField(view, 'City', 'København V');
  await fillField(view, 'Country', 'Denmark');
  await fillField(view, 'Email', 'billing@nordlys.example');
  await fillField(view, 'Amount to recover', '12,500.00');
  await fillField(view, 'Currency', 'DKK');
  await fillField(view, 'Invoice date', '2025-11-03');
  await fillField(view, 'Due date', '2025-12-03');
  await fillField(view, 'Your reference', reference);
  return reference;
}

let referenceCounter = 0;
export function uniqueReference(): string {
  return `T-${Date.now().toString(36)}-${++referenceCounter}`;
}

/** Every element below `root`, through shadow roots. */
export function deepElements(root: Node): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      found.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}
