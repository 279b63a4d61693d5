// <debitura-collect> against the real dev backend on the test origin: the partner token endpoint
// (/api/debitura/token, tenant from the demo session cookie) and the Debitura sandbox (/customer).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/widget/index.js';
import type { DebituraCollect } from '../../src/widget/index.js';
import type { DebituraErrorEvent, DebituraReadyEvent } from '../../src/widget/index.js';
import { defineElement } from '../../src/widget/define-element.js';
import { loadView } from '../../src/widget/views/view-modules.js';
import { freshTokenEndpoint, signIn, tokenEndpoint } from './harness.js';

async function signOut(): Promise<void> {
  await signIn(null);
}

/** The company name the sandbox holds for the signed-in tenant, read the way a partner would. */
async function companyOfSignedInTenant(): Promise<string> {
  const token = await (await fetch(tokenEndpoint, { method: 'POST', credentials: 'include' })).json();
  const me = await (await fetch('/customer/me', { headers: { Authorization: `Bearer ${token.accessToken}` } })).json();
  return me.companyName;
}

function shadowText(el: Element): string {
  return el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

/** Waits for the element's first ready event (or fails after a while with what it shows). */
async function ready(el: DebituraCollect): Promise<DebituraReadyEvent> {
  return oneEvent(el, 'debitura-ready') as Promise<DebituraReadyEvent>;
}

describe('<debitura-collect>', () => {
  afterEach(async () => {
    await signIn('acme-ready');
  });

  it('gets a token from the token endpoint and shows the creditor company name', async () => {
    await signIn('acme-ready');
    const company = await companyOfSignedInTenant();
    expect(company).to.be.a('string').and.not.equal('');
    const el = document.createElement('debitura-collect');
    el.setAttribute('environment', 'sandbox');
    el.setAttribute('token-endpoint', freshTokenEndpoint('widget-test'));
    el.setAttribute('locale', 'en');
    const readyEvent = ready(el);
    const loaded = await fixture<DebituraCollect>(html`<div></div>`);
    loaded.append(el);
    expect((await readyEvent).detail.view).to.equal('new-case');
    expect(shadowText(el)).to.contain(company);
    expect(el.shadowRoot!.querySelector('debitura-new-case')).to.exist;
    const token = (await (await fetch(tokenEndpoint, { method: 'POST', credentials: 'include' })).json()).accessToken;
    const storage = JSON.stringify({ ...localStorage, ...sessionStorage });
    for (const place of [el.outerHTML, el.shadowRoot!.innerHTML, storage, location.href]) {
      expect(place).not.to.contain(token, 'the token stays in memory only');
    }
    await expect(el).to.be.accessible();
  });

  it('shows a loading state before the first token arrives', async () => {
    let release: (token: { accessToken: string; expiresIn: number }) => void = () => {};
    const fetchToken = () => new Promise<{ accessToken: string; expiresIn: number }>((resolve) => (release = resolve));
    const el = await fixture<DebituraCollect>(
      html`<debitura-collect environment="sandbox" locale="en" .fetchToken=${fetchToken}></debitura-collect>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]'), 'no loading state');
    expect(shadowText(el)).to.contain('Connecting to Debitura');
    await expect(el).to.be.accessible();
    release({ accessToken: 'never-used', expiresIn: 60 });
  });

  it('takes tokens from the fetchToken property', async () => {
    await signIn('acme-ready');
    const company = await companyOfSignedInTenant();
    let calls = 0;
    const fetchToken = async () => {
      calls++;
      const answer = await fetch(tokenEndpoint, { method: 'POST', credentials: 'include' });
      return (await answer.json()) as { accessToken: string; expiresIn: number };
    };
    const el = document.createElement('debitura-collect');
    el.environment = 'sandbox';
    el.locale = 'en';
    el.fetchToken = fetchToken;
    const readyEvent = ready(el);
    (await fixture(html`<div></div>`)).append(el);
    await readyEvent;
    expect(shadowText(el)).to.contain(company);
    expect(calls).to.equal(1);
  });

  it('a token refresh keeps the view and what the user typed', async () => {
    await signIn('acme-ready');
    let calls = 0;
    // Claims a 2-second lifetime so the widget refreshes in the background during the test.
    const fetchToken = async () => {
      calls++;
      const answer = await fetch(tokenEndpoint, { method: 'POST', credentials: 'include' });
      const { accessToken } = (await answer.json()) as { accessToken: string };
      return { accessToken, expiresIn: 2 };
    };
    const el = document.createElement('debitura-collect');
    el.environment = 'sandbox';
    el.fetchToken = fetchToken;
    const readyEvent = ready(el);
    (await fixture(html`<div></div>`)).append(el);
    await readyEvent;
    const view = el.shadowRoot!.querySelector('debitura-new-case')!;
    const input = view.shadowRoot!.querySelector<HTMLInputElement>('input:not([type="radio"]):not([type="checkbox"])')!;
    input.value = 'Typed before the refresh';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => calls >= 3, 'the token was not refreshed in the background', { timeout: 8000 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('debitura-new-case')).to.equal(view);
    expect(view.shadowRoot!.contains(input)).to.equal(true);
    expect(input.value).to.equal('Typed before the refresh');
  });

  it('two widgets with the same token endpoint share one token call', async () => {
    await signIn('acme-ready');
    const endpoint = freshTokenEndpoint('widget-test');
    const originalFetch = window.fetch;
    let tokenCalls = 0;
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes(endpoint.split('?')[1]!)) tokenCalls++;
      return originalFetch(input, init);
    };
    try {
      const host = await fixture(html`<div></div>`);
      const first = document.createElement('debitura-collect');
      const second = document.createElement('debitura-collect');
      for (const el of [first, second]) {
        el.setAttribute('environment', 'sandbox');
        el.setAttribute('token-endpoint', endpoint);
      }
      const bothReady = Promise.all([ready(first), ready(second)]);
      host.append(first, second);
      await bothReady;
      expect(tokenCalls).to.equal(1);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('two widgets with the same fetchToken function share one call', async () => {
    await signIn('acme-ready');
    let calls = 0;
    const fetchToken = async () => {
      calls++;
      const answer = await fetch(tokenEndpoint, { method: 'POST', credentials: 'include' });
      return (await answer.json()) as { accessToken: string; expiresIn: number };
    };
    const host = await fixture(html`<div></div>`);
    const widgets = [document.createElement('debitura-collect'), document.createElement('debitura-collect')];
    for (const el of widgets) {
      el.environment = 'sandbox';
      el.fetchToken = fetchToken;
    }
    const allReady = Promise.all(widgets.map(ready));
    host.append(...widgets);
    await allReady;
    expect(calls).to.equal(1);
  });

  it('a signed-out partner user sees a sign-in-again message and the page gets debitura-error', async () => {
    await signOut();
    const el = document.createElement('debitura-collect');
    el.setAttribute('environment', 'sandbox');
    el.setAttribute('locale', 'en');
    el.setAttribute('token-endpoint', freshTokenEndpoint('widget-test'));
    const errorEvent = oneEvent(el, 'debitura-error') as Promise<DebituraErrorEvent>;
    (await fixture(html`<div></div>`)).append(el);
    const { detail } = await errorEvent;
    expect(detail.type).to.equal('token_error');
    expect(detail.code).to.equal('signed_out');
    expect(JSON.stringify(detail)).not.to.match(/eyJ/, 'no token in the event');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('You are signed out');
    expect(el.shadowRoot!.querySelector('.spinner')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('retry after signing in again recovers without a reload', async () => {
    await signOut();
    const el = document.createElement('debitura-collect');
    el.setAttribute('environment', 'sandbox');
    el.setAttribute('locale', 'en');
    el.setAttribute('token-endpoint', freshTokenEndpoint('widget-test'));
    const errorEvent = oneEvent(el, 'debitura-error');
    (await fixture(html`<div></div>`)).append(el);
    await errorEvent;
    await el.updateComplete;
    await signIn('acme-ready');
    const readyEvent = ready(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await readyEvent;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('accepts fetchToken set right after the element was inserted', async () => {
    await signIn('acme-ready');
    const host = await fixture(html`<div></div>`);
    const el = document.createElement('debitura-collect');
    el.environment = 'sandbox';
    const errors: Event[] = [];
    el.addEventListener('debitura-error', (event) => errors.push(event));
    const readyEvent = ready(el);
    host.append(el);
    el.fetchToken = async () => (await fetch(tokenEndpoint, { method: 'POST', credentials: 'include' })).json();
    await readyEvent;
    expect(errors).to.have.length(0);
  });

  it('without any token source it says it is not configured', async () => {
    const el = document.createElement('debitura-collect');
    el.setAttribute('locale', 'en');
    const errorEvent = oneEvent(el, 'debitura-error') as Promise<DebituraErrorEvent>;
    (await fixture(html`<div></div>`)).append(el);
    expect((await errorEvent).detail.type).to.equal('configuration_error');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('not configured');
    await expect(el).to.be.accessible();
  });

  it('speaks Danish when the page says lang="da"', async () => {
    await signIn('acme-ready');
    const host = await fixture(html`<div lang="da"></div>`);
    const el = document.createElement('debitura-collect');
    el.setAttribute('environment', 'sandbox');
    el.setAttribute('token-endpoint', freshTokenEndpoint('widget-test'));
    const readyEvent = ready(el);
    host.append(el);
    await readyEvent;
    expect(el.shadowRoot!.querySelector('[part="title"]')?.textContent).to.equal('Inkasso');
  });

  it('speaks the locale set right after the element was inserted, as framework wrappers set it', async () => {
    await signIn('acme-ready');
    const host = await fixture(html`<div></div>`);
    const el = document.createElement('debitura-collect');
    el.setAttribute('environment', 'sandbox');
    el.setAttribute('token-endpoint', freshTokenEndpoint('widget-test'));
    const readyEvent = ready(el);
    host.append(el);
    el.locale = 'de';
    await readyEvent;
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="title"]')?.textContent === 'Inkasso',
      `the title stayed "${el.shadowRoot!.querySelector('[part="title"]')?.textContent}"`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="creditor"]')?.textContent?.startsWith('Inkasso für'));
  });

  it('a second copy of the widget on the page (script tag and npm build) leaves every element as first defined', async () => {
    const tags = ['debitura-collect', 'debitura-new-case', 'debitura-case-list', 'debitura-case-detail'];
    await Promise.all((['new-case', 'cases', 'case'] as const).map(loadView));
    const first = tags.map((tag) => customElements.get(tag));
    expect(first.every((element) => element !== undefined)).to.equal(true);
    for (const tag of tags) {
      expect(() => defineElement(tag, class extends HTMLElement {})).not.to.throw();
    }
    expect(tags.map((tag) => customElements.get(tag))).to.deep.equal(first);
  });

  it('switches to the case list when the partner sets view, without reporting its own change back', async () => {
    await signIn('acme-ready');
    const el = document.createElement('debitura-collect');
    el.setAttribute('environment', 'sandbox');
    el.setAttribute('locale', 'en');
    el.setAttribute('token-endpoint', freshTokenEndpoint('widget-test'));
    const readyEvent = ready(el);
    (await fixture(html`<div></div>`)).append(el);
    await readyEvent;
    const changes: Event[] = [];
    el.addEventListener('debitura-view-change', (event) => changes.push(event));
    el.view = 'cases';
    await el.updateComplete;
    expect(changes, 'a change made in code is not a user navigation').to.deep.equal([]);
    await waitUntil(() => el.shadowRoot!.querySelector('debitura-case-list'), 'the case list is shown');
    expect(el.shadowRoot!.querySelector('debitura-new-case'), 'the form is gone').to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    await signIn('acme-ready');
    const el = document.createElement('debitura-collect');
    el.setAttribute('environment', 'sandbox');
    el.setAttribute('theme', 'dark');
    el.setAttribute('view', 'cases');
    el.setAttribute('token-endpoint', freshTokenEndpoint('widget-test'));
    const readyEvent = ready(el);
    (await fixture(html`<div></div>`)).append(el);
    await readyEvent;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });
});
