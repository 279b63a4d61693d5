// A partner's webhook endpoint for sandbox tests: a real HTTP server on loopback that records what arrives,
// and a subscription to it through the sandbox's Referral /v1/Webhooks.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import type { Sandbox } from '../../src/sandbox/index.js';
import { referral } from './sandbox-core-harness.js';

export interface Delivery {
  headers: IncomingHttpHeaders;
  body: string;
  json: any;
}

/** A partner's webhook endpoint on loopback; `answer` decides each response (200 by default). */
export async function startReceiver(
  answer: (delivery: Delivery, response: ServerResponse) => void = (_, response) => response.end(),
) {
  const received: Delivery[] = [];
  let waiters: (() => void)[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const delivery = { headers: request.headers, body, json: JSON.parse(body) };
      received.push(delivery);
      answer(delivery, response);
      const notify = waiters;
      waiters = [];
      for (const wake of notify) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const receiver = {
    url: `http://127.0.0.1:${port}/debitura/webhooks`,
    received,
    /** Resolves with the deliveries once `count` have arrived. */
    async waitFor(count: number): Promise<Delivery[]> {
      while (received.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
      return received.slice(0, count);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  after(() => receiver.close());
  return receiver;
}

export async function subscribe(sandbox: Sandbox, url: string, events: string[], isTestMode = true) {
  const created = await referral(sandbox, 'POST', '/v1/Webhooks', { url, events, isTestMode });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  return created.body as { id: string; secret: string };
}
