// Proxy mode end to end in Chromium: the widget's api-base points at the partner backend (test/proxy-backend.ts),
// which forwards to the sandbox with the token of the browser's session. The page never holds a Debitura token.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/widget/index.js';
import type { DebituraCollect } from '../../src/widget/index.js';
import { attachForNewCase, fillDanishCompany, sendConfirmedCase, signIn } from './harness.js';

const proxyBase = '/partner-proxy/customer';

/** Text of an element and of every shadow root below it. */
function deepText(node: Node): string {
  let text = '';
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) text += current.textContent ?? '';
    const shadow = (current as Element).shadowRoot;
    if (shadow) walk(shadow);
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return text.replace(/\s+/g, ' ');
}

describe('proxy mode', () => {
  const originalFetch = window.fetch;
  let seen: Array<{ method: string; url: string; authorization: string | null }> = [];

  beforeEach(() => {
    seen = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      seen.push({ method: request.method, url: request.url, authorization: request.headers.get('authorization') });
      return originalFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = originalFetch;
  });

  it('creates and lists a case through the partner proxy with no Debitura token in the page', async function () {
    this.timeout(30_000);
    await signIn('acme-ready');
    const host = document.createElement('debitura-collect') as DebituraCollect;
    host.setAttribute('api-base', proxyBase);
    host.setAttribute('locale', 'en');
    // The proxy decides the token from the session cookie; what the widget holds is only a placeholder.
    host.fetchToken = async () => ({ accessToken: 'partner-session', expiresIn: 3600 });
    const view = await attachForNewCase(host);

    const reference = await fillDanishCompany(view);
    // The early eligibility check and the account's divisions and team go through the proxy too.
    await waitUntil(
      () => seen.some((call) => call.url.endsWith(`${proxyBase}/coverage/check-eligibility`)),
      'the early eligibility check never went through the proxy',
      { timeout: 8000 },
    );
    expect((await sendConfirmedCase(host, view)).creditorReference).to.equal(reference);

    host.setAttribute('view', 'cases');
    await waitUntil(
      () => {
        const list = host.shadowRoot!.querySelector('debitura-case-list');
        return list !== null && deepText(list).includes(reference);
      },
      'the new case never showed in the list',
      { timeout: 10_000 },
    );

    const widgetCalls = seen.filter((call) => !call.url.includes('/api/demo/'));
    const calls = widgetCalls.map((call) => `${call.method} ${new URL(call.url).pathname}`);
    expect(calls).to.include.members([
      `GET ${proxyBase}/divisions`,
      `GET ${proxyBase}/users`,
      `POST ${proxyBase}/coverage/check-eligibility`,
      `POST ${proxyBase}/cases/preview`,
      `POST ${proxyBase}/cases`,
      `GET ${proxyBase}/cases`,
    ]);
    for (const call of widgetCalls) {
      expect(new URL(call.url).pathname.startsWith(`${proxyBase}/`), call.url).to.equal(true);
      expect(call.authorization).to.equal('Bearer partner-session');
    }
  });

  it('answers 401 to a signed-out browser, whatever token it sends', async () => {
    await signIn('acme-ready');
    const { accessToken } = (await (await originalFetch('/api/debitura/token', { method: 'POST' })).json()) as {
      accessToken: string;
    };
    await signIn(null);
    const answer = await originalFetch(`${proxyBase}/me`, { headers: { Authorization: `Bearer ${accessToken}` } });
    expect(answer.status).to.equal(401);
    await signIn('acme-ready');
  });
});
