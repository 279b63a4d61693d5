// The token endpoint and the Customer API proxy mounted in real Express 4 and Express 5 apps the way the README
// shows, behind express.json() as partner apps have it, against the in-process sandbox.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import express4 from 'express4';
import express5 from 'express5';
import { createSandbox, SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';
import {
  createCustomerApiProxy,
  createTokenHandler,
  toNodeListener,
  tokenFromHandler,
} from '../../src/server/index.js';
import type { ExpressApp, ExpressFactory } from './express-aliases-shape.js';
import { caseRequest } from './sandbox-cases-harness.js';

const proxyPath = '/api/debitura/customer';

function partnerParts() {
  const sandbox = createSandbox();
  const sandboxFetch = (input: RequestInfo | URL, init?: RequestInit) => sandbox.fetch(new Request(input, init));
  const tokenHandler = createTokenHandler({
    apiKey: SANDBOX_PARTNER_API_KEY,
    baseUrl: 'http://sandbox.test/referral',
    resolveTenant: (request) => /(?:^|;\s*)session=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null,
    branding: false,
    fetch: sandboxFetch,
  });
  const customerProxy = createCustomerApiProxy({
    tokenFor: tokenFromHandler(tokenHandler),
    baseUrl: 'http://sandbox.test/customer',
    pathPrefix: proxyPath,
    fetch: sandboxFetch,
  });
  return { tokenHandler, customerProxy };
}

async function listen(app: ExpressApp): Promise<string> {
  const server = await new Promise<ReturnType<ExpressApp['listen']>>((resolve) => {
    const started = app.listen(0, '127.0.0.1', () => resolve(started));
  });
  after(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const versions: Array<{ name: string; express: ExpressFactory; route: string }> = [
  { name: 'Express 4', express: express4, route: `${proxyPath}/*` },
  { name: 'Express 5', express: express5, route: `${proxyPath}/{*rest}` },
];

for (const { name, express, route } of versions) {
  describe(`${name}: the README's mounting`, () => {
    for (const mount of ['all', 'use'] as const) {
      it(`app.${mount}: token, case, upload and the CSRF check all work behind express.json()`, async () => {
        const { tokenHandler, customerProxy } = partnerParts();
        const app = express();
        app.use(express.json());
        app.post('/api/debitura/token', toNodeListener(tokenHandler));
        if (mount === 'all') app.all(route, toNodeListener(customerProxy));
        else app.use(proxyPath, toNodeListener(customerProxy));
        const base = await listen(app);
        const session = { cookie: 'session=acme-ready' };

        const token = await fetch(`${base}/api/debitura/token`, { method: 'POST', headers: session });
        assert.equal(token.status, 200);
        assert.ok(((await token.json()) as { accessToken?: string }).accessToken);

        const created = await fetch(`${base}${proxyPath}/cases`, {
          method: 'POST',
          headers: { ...session, 'Content-Type': 'application/json', 'Idempotency-Key': `${name}-${mount}` },
          body: JSON.stringify(caseRequest()),
        });
        assert.equal(created.status, 200, await created.clone().text());
        const { id } = (await created.json()) as { id: string };

        const form = new FormData();
        form.set('File', new File(['%PDF-1.4 statement'], 'statement.pdf', { type: 'application/pdf' }));
        const upload = await fetch(`${base}${proxyPath}/cases/${id}/files`, {
          method: 'POST',
          headers: { ...session, 'X-Requested-With': 'debitura-collect' },
          body: form,
        });
        assert.equal(upload.status, 200, await upload.clone().text());

        const forged = await fetch(`${base}${proxyPath}/cases`, {
          method: 'POST',
          headers: { ...session, 'Content-Type': 'text/plain', Origin: 'https://evil.example' },
          body: JSON.stringify(caseRequest()),
        });
        assert.equal(forged.status, 403);
      });
    }
  });
}

describe('Express 5 path syntax', () => {
  it('refuses the Express 4 wildcard at start-up, which is why the README shows both', () => {
    const app = express5();
    assert.throws(() => app.all(`${proxyPath}/*`, () => {}));
  });
});
