// The widget on one origin, the partner backend on another (another port of the same host, so the session
// cookie reaches it as a partner's session cookie reaches its API host), in Chromium: the token endpoint and the
// Customer API proxy serve the page because the backend lists its origin, and a backend that does not list it
// serves nothing the page can read.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/widget/index.js';
import type { DebituraCollect } from '../../src/widget/index.js';
import { CustomerApiClient } from '../../src/widget/api/customer-api-client.js';
import { attachForNewCase, fillDanishCompany, sendConfirmedCase, signIn } from './harness.js';

interface Backends {
  /** Lists this page's origin in allowedOrigins. */
  allowing: string;
  /** Lists nobody. */
  refusing: string;
}

async function backends(): Promise<Backends> {
  return (await (await fetch('/cross-origin-backends')).json()) as Backends;
}

describe('cross-origin partner backend', () => {
  let backend: Backends;
  const originalFetch = window.fetch;
  let widgetCalls: string[] = [];

  before(async () => {
    backend = await backends();
    expect(new URL(backend.allowing).origin).not.to.equal(location.origin);
  });
  beforeEach(async () => {
    await signIn('acme-ready');
    widgetCalls = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      widgetCalls.push(`${init?.method ?? 'GET'} ${new Request(input, init).url}`);
      return originalFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = originalFetch;
  });

  it('direct mode: the token endpoint on another origin issues the token, the case is sent', async function () {
    this.timeout(30_000);
    const host = document.createElement('debitura-collect') as DebituraCollect;
    host.setAttribute('token-endpoint', `${backend.allowing}/api/debitura/token`);
    host.setAttribute('environment', 'sandbox');
    host.setAttribute('locale', 'en');
    const view = await attachForNewCase(host);
    const reference = await fillDanishCompany(view);
    expect((await sendConfirmedCase(host, view)).creditorReference).to.equal(reference);
    expect(widgetCalls).to.include(`POST ${backend.allowing}/api/debitura/token`);
  });

  it('proxy mode: preview, case and file upload go through the proxy on another origin with the session cookie', async function () {
    this.timeout(30_000);
    const proxyBase = `${backend.allowing}/api/debitura/customer`;
    const host = document.createElement('debitura-collect') as DebituraCollect;
    host.setAttribute('api-base', proxyBase);
    host.setAttribute('locale', 'en');
    // The proxy takes the tenant from the session cookie; the widget's token is a placeholder it never forwards.
    host.fetchToken = async () => ({ accessToken: 'partner-session', expiresIn: 3600 });
    const view = await attachForNewCase(host);
    const reference = await fillDanishCompany(view);
    const created = await sendConfirmedCase(host, view);
    expect(created.creditorReference).to.equal(reference);
    expect(widgetCalls).to.include.members([`POST ${proxyBase}/cases/preview`, `POST ${proxyBase}/cases`]);

    // Multipart has no JSON body: the upload passes the proxy's CSRF check by the widget's X-Requested-With.
    const file = new File(['%PDF-1.4 statement'], 'statement.pdf', { type: 'application/pdf' });
    const client = new CustomerApiClient({
      baseUrl: proxyBase,
      viaPartnerProxy: true,
      getToken: async () => 'partner-session',
      onUnauthorized: () => {},
    });
    const uploaded = await client.uploadCaseFile(created.id!, file, { documentType: 'OriginalInvoice' });
    expect(uploaded.fileName).to.equal('statement.pdf');
  });

  it('a backend that does not list the page’s origin serves it nothing it can read', async () => {
    let tokenError: unknown = null;
    await originalFetch(`${backend.refusing}/api/debitura/token`, { method: 'POST', credentials: 'include' }).catch(
      (error: unknown) => (tokenError = error),
    );
    expect(tokenError, 'the browser withholds the answer').to.be.instanceOf(TypeError);

    const host = document.createElement('debitura-collect') as DebituraCollect;
    host.setAttribute('token-endpoint', `${backend.refusing}/api/debitura/token`);
    host.setAttribute('environment', 'sandbox');
    host.setAttribute('locale', 'en');
    const errored = new Promise((resolve) => host.addEventListener('debitura-error', resolve, { once: true }));
    document.body.append(host);
    try {
      await errored;
      await waitUntil(() => host.shadowRoot?.querySelector('[role="alert"], .alert'), 'no error state shown');
    } finally {
      host.remove();
    }
  });
});
