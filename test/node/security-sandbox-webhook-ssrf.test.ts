// Sandbox webhooks must not reach private networks (issue 14, item 4): every spelling of a private address is
// refused when a subscription is made, a host name is judged by what it resolves to when a delivery is sent,
// the delivery connects to the checked address only, and subscriptions restored from a data file meet the
// same rules.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createSandbox } from '../../src/sandbox/index.js';
import { addressKind } from '../../src/sandbox/webhooks/target-address.js';
import { checkedAddress, pinnedTransport } from '../../src/sandbox/webhooks/target-connection.js';
import { webhookUrlProblem } from '../../src/sandbox/webhooks/target-url.js';
import { call, newSandbox, referral } from './sandbox-core-harness.js';

describe('subscription URLs', () => {
  test('every spelling of a private, reserved, multicast or broadcast address is refused', async () => {
    const { sandbox } = newSandbox();
    const attacks = [
      'https://[::ffff:a9fe:a9fe]/', // IPv4-mapped 169.254.169.254 (cloud metadata)
      'https://[::ffff:169.254.169.254]/',
      'https://[64:ff9b::a9fe:a9fe]/', // NAT64 of 169.254.169.254
      'https://[64:ff9b::10.0.0.1]/',
      'https://[2002:a9fe:a9fe::1]/', // 6to4 of 169.254.169.254
      'https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', // Teredo
      'https://[fec0::1]/', // site-local
      'https://[fe80::1]/',
      'https://[fd00::1]/',
      'https://[ff02::1]/', // multicast
      'https://[::]/',
      'https://[::10.0.0.1]/', // IPv4-compatible
      'https://224.0.0.251/', // multicast
      'https://255.255.255.255/', // broadcast
      'https://0.0.0.0/',
      'https://169.254.169.254/',
      'https://0xa9.0xfe.0xa9.0xfe/', // hex octets, normalised by the URL parser
      'https://2852039166/', // 169.254.169.254 as one number
      'https://198.18.0.1/',
      'https://100.64.0.1/',
      'https://192.0.0.8/',
      'https://240.0.0.1/',
    ];
    for (const url of attacks) {
      const answer = await referral(sandbox, 'POST', '/v1/Webhooks', { url, events: ['case.created'] });
      assert.equal(answer.status, 400, url);
      assert.match(answer.body.message, /private IP address/, url);
    }
  });

  test('public addresses and the documented loopback targets stay allowed', () => {
    assert.equal(webhookUrlProblem('https://93.184.215.14/hook'), null);
    assert.equal(webhookUrlProblem('https://[2606:4700::6810:84e5]/hook'), null);
    assert.equal(webhookUrlProblem('https://hooks.partner.example/debitura'), null);
    for (const loopback of [
      'http://localhost:3000/h',
      'http://127.0.0.1:9/h',
      'http://127.8.9.10/h',
      'http://[::1]:8080/h',
    ]) {
      assert.equal(webhookUrlProblem(loopback), null, loopback);
    }
    assert.match(webhookUrlProblem('http://hooks.partner.example/h') ?? '', /HTTPS/);
    assert.match(webhookUrlProblem('https://user:pw@hooks.partner.example/h') ?? '', /credentials/);
    assert.deepEqual(
      ['::ffff:7f00:1', '64:ff9b::7f00:1', '::ffff:8.8.8.8', '2002:808:808::1', '2606:4700::1'].map(addressKind),
      ['loopback', 'loopback', 'public', 'public', 'public'],
    );
  });
});

describe('delivery', () => {
  test('a host name that resolves to a private address is not delivered to', async () => {
    const resolver = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ];
    await assert.rejects(
      checkedAddress(new URL('https://rebind.partner.example/hook'), resolver),
      /resolves to 10\.0\.0\.7, a private address/,
    );
    const mapped = async () => [{ address: '::ffff:169.254.169.254', family: 6 }];
    await assert.rejects(checkedAddress(new URL('https://sneaky.example/hook'), mapped), /private address/);
  });

  test('the connection goes to the checked address, not to a fresh lookup of the name', async () => {
    const received: string[] = [];
    let connections = 0;
    const server = createServer((request, response) => {
      received.push(`${request.headers.host} ${request.url} ${String(request.headers['x-test'])}`);
      response.end();
    });
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    after(() => server.close());
    const { port } = server.address() as AddressInfo;

    // `.invalid` never resolves: a connection can only arrive through the address the check pinned.
    let lookups = 0;
    const pinned = pinnedTransport(async () => {
      lookups++;
      return [{ address: '127.0.0.1', family: 4 }];
    });
    const tls = await pinned({
      url: `https://receiver.invalid:${port}/hook`,
      headers: {},
      body: '{}',
      timeoutMs: 2000,
    }).catch((error: Error) => error);
    assert.ok(tls instanceof Error, 'a TLS handshake with a plain HTTP server fails');
    assert.deepEqual([lookups, connections], [1, 1]);

    const plain = await pinned({
      url: `http://localhost:${port}/hook`,
      headers: { 'X-Test': 'signed' },
      body: '{}',
      timeoutMs: 2000,
    });
    assert.equal(plain.status, 200);
    assert.deepEqual(received, [`localhost:${port} /hook signed`], 'the Host header still names the target');
  });

  test('a private address never gets a request, even from a subscription that passed an older check', async () => {
    const attempts: string[] = [];
    const send = pinnedTransport(async (name) => {
      attempts.push(name);
      return [{ address: '169.254.169.254', family: 4 }];
    });
    await assert.rejects(
      send({ url: 'https://[::ffff:a9fe:a9fe]/latest/meta-data', headers: {}, body: '', timeoutMs: 500 }),
      /private IP address/,
    );
    await assert.rejects(
      send({ url: 'https://metadata.partner.example/', headers: {}, body: '', timeoutMs: 500 }),
      /private address/,
    );
    assert.deepEqual(attempts, ['metadata.partner.example'], 'literals are never looked up');
  });
});

describe('subscriptions restored from --data', () => {
  test('are checked at start: a private target is switched off with its reason and receives nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sandbox-ssrf-'));
    after(() => rmSync(folder, { recursive: true, force: true }));
    const dataFile = join(folder, 'state.json');
    createSandbox({ dataFile });
    // A hand-edited file: one subscription to cloud metadata, one to a loopback receiver.
    const state = JSON.parse(readFileSync(dataFile, 'utf8'));
    const hook = (id: string, url: string) => ({
      id,
      url,
      events: ['case.created'],
      isActive: true,
      createdUtc: '2026-06-15T10:00:00.000Z',
      updatedUtc: '2026-06-15T10:00:00.000Z',
      disabledReason: null,
      secret: Buffer.from('k').toString('base64'),
      isTestMode: true,
      consecutiveFailures: 0,
    });
    state.webhooks = [
      hook('0f0f0f0f-0000-4000-8000-000000000001', 'https://[::ffff:a9fe:a9fe]/latest'),
      hook('0f0f0f0f-0000-4000-8000-000000000002', 'http://127.0.0.1:9/hook'),
    ];
    writeFileSync(dataFile, JSON.stringify(state));

    const restored = createSandbox({ dataFile });
    const hooks = (await referral(restored, 'GET', '/v1/Webhooks')).body;
    assert.deepEqual(
      hooks.map((entry: any) => [entry.isActive, entry.disabledReason?.startsWith('The URL is not allowed') ?? null]),
      [
        [false, true],
        [true, null],
      ],
    );
    const acmeCase = (
      await call(restored, 'GET', '/customer/cases?PageSize=1', {
        headers: { XApiKey: 'sandbox-creditor-key-acme-ready' },
      })
    ).body.cases[0];
    const fired = await referral(restored, 'POST', '/v1/Webhooks/test', {
      eventType: 'case.created',
      caseId: acmeCase.id,
    });
    assert.equal(fired.body.enqueuedCount, 1, 'only the loopback subscription is still active');
    const log = (await call(restored, 'GET', '/sandbox/webhooks/deliveries')).body;
    assert.deepEqual(
      log.map((record: any) => record.url),
      ['http://127.0.0.1:9/hook'],
    );
  });
});
