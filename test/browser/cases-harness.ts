// Sets the case views up the way <debitura-collect> does, against the real sandbox on the test origin: a signed-in
// tenant, a token from the partner token endpoint and the real Customer API client; or the real element itself,
// for what only the host does (navigation, the public list state, view-change events).
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { CustomerApiClient } from '../../src/widget/api/customer-api-client.js';
import { isAllowedHandoffUrl } from '../../src/widget/handoff/handoff-url.js';
import { en } from '../../src/widget/i18n/en/index.js';
import '../../src/widget/index.js';
import type { DebituraCollect, DebituraReadyEvent } from '../../src/widget/index.js';
import { TokenError } from '../../src/widget/token/token-error.js';
import type { WidgetContext } from '../../src/widget/widget-context.js';
import { defaultCaseListState, type CaseListState } from '../../src/widget/views/cases/case-list-state.js';
import '../../src/widget/views/cases/case-list-view.js';
import type { CaseListView } from '../../src/widget/views/cases/case-list-view.js';
import '../../src/widget/views/case-detail/case-detail-view.js';
import type { CaseDetailView } from '../../src/widget/views/case-detail/case-detail-view.js';
import type { InvoiceDto, LifecycleStatus } from '../../src/wire/case.js';
import { freshTokenEndpoint, signIn } from './harness.js';

export const sandboxBase = `${location.origin}/customer`;

/** What the views get, plus the harness's own hold on the token (views never see it). */
export interface CasesContext extends WidgetContext {
  /** The token, for calling the sandbox directly the way a partner's backend would. */
  getToken(): Promise<string>;
  /** The next `count` token requests fail as a token endpoint answering 503 makes them fail. */
  failTokenRequests(count: number): void;
}

/** A context like the host builds; `fetch` lets a test put a failure in front of the real sandbox. */
export async function casesContext(options: { tenant?: string; fetch?: typeof fetch } = {}): Promise<CasesContext> {
  await signIn(options.tenant ?? 'acme-ready');
  let token: Promise<string> | null = null;
  let failing = 0;
  const getToken = () => {
    if (failing > 0) {
      failing--;
      return Promise.reject(new TokenError('unavailable', 'The token endpoint answered 503.'));
    }
    return (token ??= fetch('/api/debitura/token', { method: 'POST', credentials: 'include' })
      .then((response) => response.json())
      .then((body: { accessToken: string }) => body.accessToken));
  };
  const client = new CustomerApiClient({
    baseUrl: sandboxBase,
    getToken,
    onUnauthorized: () => {
      token = null;
    },
    retry: { attempts: 0, baseDelayMs: 1 },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    client,
    messages: en,
    locale: 'en-US',
    returnUrl: null,
    environment: 'sandbox',
    isAllowedHandoffUrl: (url) => isAllowedHandoffUrl(url, 'sandbox', location.origin),
    getToken,
    failTokenRequests: (count) => {
      failing = count;
    },
  };
}

/** The sandbox's own answer, read like a partner's backend would, to know what the views should show. */
export async function findCases(
  context: CasesContext,
  statuses: LifecycleStatus[],
  pageSize = 100,
): Promise<InvoiceDto[]> {
  const list = await context.client.listCases({ Statuses: statuses, PageSize: pageSize });
  return list.cases ?? [];
}

export async function advanceCase(
  context: CasesContext,
  caseId: string,
  body: { to: string; amount?: number },
): Promise<void> {
  const response = await fetch(`${sandboxBase}/test/cases/${caseId}/advance`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await context.getToken()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`advance answered ${response.status}`);
}

export async function mountList(
  context: WidgetContext,
  listState: CaseListState = defaultCaseListState,
): Promise<CaseListView> {
  const view = await fixture<CaseListView>(
    html`<debitura-case-list .context=${context} .listState=${listState}></debitura-case-list>`,
  );
  await waitForList(view);
  return view;
}

export async function mountDetail(
  context: WidgetContext,
  caseId: string,
  options: { fastPolling?: boolean } = {},
): Promise<CaseDetailView> {
  const schedule = options.fastPolling ? { initialMs: 150, factor: 1.5, maxMs: 600 } : undefined;
  const view = await fixture<CaseDetailView>(
    html`<debitura-case-detail
      .context=${context}
      .caseId=${caseId}
      .pollSchedule=${schedule ?? { initialMs: 15_000, factor: 1.5, maxMs: 120_000 }}
    ></debitura-case-detail>`,
  );
  await waitForDetail(view);
  return view;
}

/** Waits until the list shows rows, the empty state or an error. */
export async function waitForList(view: CaseListView): Promise<void> {
  await waitUntil(
    () => !view.shadowRoot?.querySelector('.skeleton') && view.shadowRoot?.querySelector('table, .alert'),
    'the list never loaded',
    { timeout: 8000 },
  );
}

/** Waits until the case and every section around it are loaded. */
export async function waitForDetail(view: CaseDetailView): Promise<void> {
  await waitUntil(
    () => view.shadowRoot?.querySelector('.detail') && !view.shadowRoot.querySelector('[aria-busy="true"]'),
    'the case never loaded',
    { timeout: 8000 },
  );
}

export function text(element: Element | null | undefined): string {
  return ((element?.shadowRoot ?? element)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function rows(view: CaseListView): HTMLTableRowElement[] {
  return [...view.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')];
}

/** The visible cell texts of every row, by column header. */
export function rowCells(view: CaseListView): Record<string, string>[] {
  const headers = [...view.shadowRoot!.querySelectorAll('thead th')].map((cell) => text(cell));
  return rows(view).map((row) =>
    Object.fromEntries([...row.cells].map((cell, index) => [headers[index] ?? String(index), text(cell)])),
  );
}

export function button(root: ParentNode, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].filter(
    (candidate) => text(candidate) === label || candidate.getAttribute('aria-label') === label,
  );
  if (found.length !== 1) throw new Error(`expected one button "${label}", found ${found.length}`);
  return found[0]!;
}

export async function choose(view: CaseListView, label: string, optionText: string): Promise<void> {
  const root = view.shadowRoot!;
  const labelElement = [...root.querySelectorAll('label')].find((candidate) => text(candidate) === label);
  const select = labelElement && root.getElementById(labelElement.htmlFor);
  if (!(select instanceof HTMLSelectElement)) throw new Error(`no select labelled "${label}"`);
  const option = [...select.options].find((candidate) => text(candidate) === optionText);
  if (!option) throw new Error(`no option "${optionText}" in "${label}"`);
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await view.updateComplete;
  await waitForList(view);
}

export interface WidgetOptions {
  view?: 'cases' | 'case';
  caseId?: string;
  /** Set through the public property before the element connects, as a partner restoring its URL would. */
  listState?: Record<string, unknown>;
  caseUrlPattern?: string;
}

/** The real <debitura-collect> on the case list (or a case), ready, with its own token cache. */
export async function mountWidget(options: WidgetOptions = {}): Promise<DebituraCollect> {
  await signIn('acme-ready');
  const host = document.createElement('debitura-collect');
  host.setAttribute('environment', 'sandbox');
  host.setAttribute('locale', 'en');
  host.setAttribute('token-endpoint', freshTokenEndpoint('cases-test'));
  host.setAttribute('view', options.view ?? 'cases');
  if (options.caseId) host.setAttribute('case-id', options.caseId);
  if (options.caseUrlPattern) host.setAttribute('case-url-pattern', options.caseUrlPattern);
  if (options.listState) host.listState = options.listState;
  const ready = oneEvent(host, 'debitura-ready') as Promise<DebituraReadyEvent>;
  (await fixture(html`<div></div>`)).append(host);
  await ready;
  if ((options.view ?? 'cases') === 'cases') await waitForList(shownList(host)!);
  return host;
}

/** The list the widget shows, if it shows one. */
export function shownList(host: DebituraCollect): CaseListView | null {
  return host.shadowRoot!.querySelector('debitura-case-list');
}

/** The case the widget shows, if it shows one. */
export function shownDetail(host: DebituraCollect): CaseDetailView | null {
  return host.shadowRoot!.querySelector('debitura-case-detail');
}

/** Sets the sandbox's fault injection (POST /sandbox/faults); `{rate: 0}` turns it off. */
export async function setFaults(config: { rate: number; kinds?: string[] }): Promise<void> {
  const answer = await fetch('/sandbox/faults', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(config),
  });
  if (!answer.ok) throw new Error(`POST /sandbox/faults answered ${answer.status}`);
}

/** The real widget on `view` for the signed-in `acme-ready` tenant, with its own token cache, once it is ready. */
export async function mountWidgetOn(view: string, tokenName: string, locale = 'en'): Promise<DebituraCollect> {
  await signIn('acme-ready');
  const host = document.createElement('debitura-collect');
  host.setAttribute('environment', 'sandbox');
  host.setAttribute('locale', locale);
  host.setAttribute('token-endpoint', freshTokenEndpoint(tokenName));
  host.setAttribute('view', view);
  const ready = oneEvent(host, 'debitura-ready') as Promise<DebituraReadyEvent>;
  (await fixture(html`<div></div>`)).append(host);
  const shown = (await ready).detail.view;
  if (shown !== view) throw new Error(`the widget opened ${shown}, not ${view}`);
  return host;
}

/** A context for `tenant` after its activation through the token endpoint: a linked creditor with no cases yet. */
export async function activatedTenant(tenant: string): Promise<CasesContext> {
  await signIn(tenant);
  await fetch('/api/debitura/token', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ intent: 'activate' }),
  });
  return casesContext({ tenant });
}
