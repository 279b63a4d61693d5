// The fetch-standard handlers inside workerd, Cloudflare's runtime (through miniflare): a partner Worker bundled
// as wrangler bundles it (esbuild) mints a token from the sandbox, proxies the case list with it, and verifies a
// webhook the sandbox signs and delivers to it. The sandbox runs here, over loopback HTTP.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { createSandbox, SANDBOX_PARTNER_API_KEY } from '../../src/sandbox/index.js';

const workerEntry = fileURLToPath(new URL('./edge-worker.ts', import.meta.url));
const session = { cookie: 'session=acme-ready' };

async function bundledWorker(): Promise<string> {
  const result = await build({
    entryPoints: [workerEntry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    // Left to the runtime, as wrangler does; tree-shaking drops every module that needs one (the Node adapter).
    external: ['node:*'],
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]!.text;
  assert.doesNotMatch(code, /["']node:/, 'the Worker needs no Node built-in (no nodejs_compat)');
  return code;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The sandbox over HTTP, counting the tokens it mints. */
async function servedSandbox() {
  const sandbox = createSandbox();
  const counts = { mints: 0 };
  const listener = getRequestListener(async (request) => {
    if (new URL(request.url).pathname === '/referral/oauth/token') counts.mints++;
    return sandbox.fetch(request);
  });
  const server = createServer((request, response) => void listener(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, counts, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('edge: the server handlers inside workerd', () => {
  let sandbox: Awaited<ReturnType<typeof servedSandbox>>;
  let worker: Miniflare;
  let workerUrl: string;
  let subscriptionId: string;
  const referral = (path: string, init: RequestInit = {}) =>
    fetch(`${sandbox.url}/referral${path}`, {
      ...init,
      headers: { XApiKey: SANDBOX_PARTNER_API_KEY, 'content-type': 'application/json', ...init.headers },
    });

  before(async () => {
    sandbox = await servedSandbox();
    const port = await freePort();
    workerUrl = `http://127.0.0.1:${port}`;
    // Debitura shows a subscription's secret once, when it is created: the Worker gets it as a binding.
    const subscription = (await (
      await referral('/v1/Webhooks', {
        method: 'POST',
        body: JSON.stringify({ url: `${workerUrl}/webhooks/debitura`, events: ['case.closed'], isTestMode: true }),
      })
    ).json()) as { id: string; secret: string };
    subscriptionId = subscription.id;
    worker = new Miniflare({
      modules: true,
      script: await bundledWorker(),
      compatibilityDate: '2025-01-01',
      bindings: { SANDBOX_URL: sandbox.url, WEBHOOK_SECRET: subscription.secret },
      host: '127.0.0.1',
      port,
    });
    await worker.ready;
  });
  after(async () => {
    await worker?.dispose();
    sandbox?.server.close();
  });

  it('runs in workerd, not in Node', async () => {
    assert.equal(await (await worker.dispatchFetch(`${workerUrl}/runtime`)).text(), 'Cloudflare-Workers');
  });

  it('mints a token from the sandbox once and caches it in the isolate', async () => {
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        worker.dispatchFetch(`${workerUrl}/api/debitura/token`, { method: 'POST', headers: session }),
      ),
    );
    const tokens = new Set<string>();
    for (const answer of answers) {
      assert.equal(answer.status, 200);
      assert.equal(answer.headers.get('cache-control'), 'no-store');
      const body = (await answer.json()) as { accessToken: string; expiresIn: number };
      assert.ok(body.expiresIn > 0);
      tokens.add(body.accessToken);
    }
    assert.equal(tokens.size, 1);
    assert.equal(sandbox.counts.mints, 1, 'three concurrent requests, one upstream mint');
    const crossSite = await worker.dispatchFetch(`${workerUrl}/api/debitura/token`, {
      method: 'POST',
      headers: { ...session, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    assert.equal(crossSite.status, 403, 'the origin policy holds on the edge too');
  });

  it('proxies the tenant’s case list with the server-held token', async () => {
    const answer = await worker.dispatchFetch(`${workerUrl}/api/debitura/customer/cases?PageSize=5`, {
      headers: { ...session, 'x-requested-with': 'debitura-collect' },
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    const list = (await answer.json()) as { page: { totalResults: number }; cases: { id: string }[] };
    assert.equal(list.cases.length, 5);
    assert.ok(list.page.totalResults > 5, 'the seeded tenant’s cases, a page of them');
    const signedOut = await worker.dispatchFetch(`${workerUrl}/api/debitura/customer/cases`, {
      headers: { 'x-requested-with': 'debitura-collect' },
    });
    assert.equal(signedOut.status, 401);
  });

  it('verifies a webhook the sandbox signs and delivers, and refuses a tampered one', async () => {
    const listed = (await (
      await worker.dispatchFetch(`${workerUrl}/api/debitura/customer/cases?PageSize=1`, {
        headers: { ...session, 'x-requested-with': 'debitura-collect' },
      })
    ).json()) as { cases: { id: string }[] };
    const caseId = listed.cases[0]!.id;
    const triggered = await referral('/v1/Webhooks/test', {
      method: 'POST',
      body: JSON.stringify({ eventType: 'case.closed', caseId, closeCode: 'Paid' }),
    });
    assert.equal(triggered.status, 200, await triggered.clone().text());

    let received: { event: string; data: { caseId: string; closeCode: string } }[] = [];
    for (let attempt = 0; attempt < 100 && received.length === 0; attempt++) {
      received = (await (await worker.dispatchFetch(`${workerUrl}/webhooks/debitura/received`)).json()) as never;
      if (received.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(received.length, 1, 'the signed delivery was verified inside workerd');
    assert.equal(received[0]!.event, 'case.closed');
    assert.equal(received[0]!.data.caseId.toLowerCase(), caseId.toLowerCase());
    assert.equal(received[0]!.data.closeCode, 'Paid');
    const subscription = (await (await referral(`/v1/Webhooks/${subscriptionId}`)).json()) as {
      consecutiveFailures?: number;
    };
    assert.equal(subscription.consecutiveFailures ?? 0, 0);

    const forged = await worker.dispatchFetch(`${workerUrl}/webhooks/debitura`, {
      method: 'POST',
      headers: { 'X-Debitura-Signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` },
      body: JSON.stringify({ event: 'case.closed' }),
    });
    assert.equal(forged.status, 400);
    assert.equal(await forged.text(), 'bad_signature');
  });
});
