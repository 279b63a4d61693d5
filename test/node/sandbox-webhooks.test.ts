// Referral API webhooks in the sandbox: subscription management per spec, and signed deliveries of case
// events to a real local receiver that Debitura's verifier (src/server) accepts.
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { describe, test } from 'node:test';
import { verifyWebhookSignature } from '../../src/server/webhook-signature.js';
import { WebhookDispatcher } from '../../src/sandbox/webhooks/dispatcher.js';
import type { WebhookEnvelope } from '../../src/sandbox/webhooks/event-envelope.js';
import type { WebhookSubscription } from '../../src/sandbox/webhooks/subscription.js';
import type { DeliveryRequest } from '../../src/sandbox/webhooks/target-connection.js';
import { assertMatchesSpec, specsAvailable } from './openapi-contract.js';
import { call, caseRequest, customerOf, newSandbox, referral, type Clock } from './sandbox-core-harness.js';
import { startReceiver, subscribe, type Delivery } from './webhook-receiver.js';

const checkSpec = (...args: Parameters<typeof assertMatchesSpec>) => {
  if (specsAvailable) assertMatchesSpec(...args);
};

function verify(delivery: Delivery, secret: string, clock: Clock, payload = delivery.body) {
  return verifyWebhookSignature({
    payload,
    header: delivery.headers['x-debitura-signature'] as string,
    secret,
    now: clock.now().getTime(),
  });
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('case events delivered to a subscription', () => {
  test('case.created and case.updated arrive signed; the verifier accepts them and rejects a tampered body', async () => {
    const { sandbox, clock } = newSandbox();
    const receiver = await startReceiver();
    const { secret } = await subscribe(sandbox, receiver.url, ['case.created', 'case.updated', 'case.closed']);
    const customer = await customerOf(sandbox, 'acme-ready');

    const created = await customer('POST', '/cases', caseRequest());
    assert.equal(created.status, 200);
    const caseId = created.body.id as string;
    const [first] = await receiver.waitFor(1);
    assert.equal(first!.json.event, 'case.created');
    assert.equal(first!.headers['content-type'], 'application/json');
    assert.equal(first!.headers['x-debitura-event'], 'case.created');
    assert.match(first!.headers['x-debitura-signature'] as string, /^t=\d+,v1=[0-9a-f]{64}$/);
    assert.equal(first!.headers['x-debitura-timestamp'], String(Math.floor(clock.now().getTime() / 1000)));
    assert.equal(await verify(first!, secret, clock), true);
    assert.equal(
      await verify(first!, secret, clock, first!.body.replace(caseId, '00000000-0000-0000-0000-000000000000')),
      false,
    );
    assert.match(first!.json.id, uuidPattern);
    assert.equal(first!.json.specVersion, '1.0');
    assert.equal(first!.json.classification, 'test');
    assert.deepEqual(first!.json.data, { caseId, reference: created.body.reference, externalTenantId: 'acme-ready' });
    assert.equal(first!.json.links.self, `http://sandbox.test/customer/cases/${caseId}`);

    assert.equal((await customer('POST', `/test/cases/${caseId}/advance`, { to: 'Active' })).status, 200);
    const [, updated] = await receiver.waitFor(2);
    assert.equal(updated!.json.event, 'case.updated');
    assert.equal(await verify(updated!, secret, clock), true);
    assert.equal(updated!.json.data.oldLifecycle, created.body.lifecycle);
    assert.equal(updated!.json.data.newLifecycle, 'Active');

    await customer('POST', `/test/cases/${caseId}/advance`, { to: 'Closed:Paid', amount: 1250 });
    const [, , closedUpdate, closed] = await receiver.waitFor(4);
    assert.deepEqual(
      [closedUpdate!.json.event, closedUpdate!.json.data.oldLifecycle, closedUpdate!.json.data.newLifecycle],
      ['case.updated', 'Active', 'Closed'],
    );
    assert.deepEqual([closed!.json.event, closed!.json.data.closeCode], ['case.closed', 'Paid']);
    assert.equal(new Set(receiver.received.map((delivery) => delivery.json.id)).size, 4, 'every event has its own id');
  });

  test('only active subscriptions of the event and of the data classification receive it', async () => {
    const { sandbox } = newSandbox();
    const receiver = await startReceiver();
    const testHook = await subscribe(sandbox, receiver.url, ['case.created'], true);
    const liveHook = await subscribe(sandbox, receiver.url, ['case.created'], false);
    const closedOnly = await subscribe(sandbox, receiver.url, ['case.closed'], true);
    const paused = await subscribe(sandbox, receiver.url, ['case.created'], true);
    await referral(sandbox, 'PUT', `/v1/Webhooks/${paused.id}`, { isActive: false });
    const customer = await customerOf(sandbox, 'acme-ready');

    await customer('POST', '/cases', caseRequest());
    await customer('POST', '/cases', caseRequest({ isTest: false, creditorReference: 'live-1' }));
    await receiver.waitFor(2);
    const log = (await call(sandbox, 'GET', '/sandbox/webhooks/deliveries')).body as {
      subscriptionId: string;
      payload: string;
    }[];
    const receivers = log.map((record) => [
      record.subscriptionId,
      JSON.parse(record.payload).classification ?? 'production',
    ]);
    assert.deepEqual(
      receivers.sort(),
      [
        [liveHook.id, 'production'],
        [testHook.id, 'test'],
      ].sort(),
    );
    assert.ok(!log.some((record) => record.subscriptionId === closedOnly.id || record.subscriptionId === paused.id));
  });

  test('a slow or unreachable receiver never holds up or fails the API call', async () => {
    const { sandbox } = newSandbox();
    const held: ServerResponse[] = [];
    const slow = await startReceiver((_, response) => held.push(response));
    await subscribe(sandbox, slow.url, ['case.created']);
    await subscribe(sandbox, 'http://127.0.0.1:9/unreachable', ['case.created']);
    const customer = await customerOf(sandbox, 'acme-ready');

    const created = await customer('POST', '/cases', caseRequest());
    assert.equal(created.status, 200);
    await slow.waitFor(1);
    assert.equal(held.length, 1, 'the receiver still holds its answer after the API call returned');
    for (const response of held) response.end();
  });

  test('a failed delivery is retried with the same event and recorded as delivered', async () => {
    const { sandbox, clock } = newSandbox();
    let calls = 0;
    const receiver = await startReceiver((_, response) => {
      response.statusCode = ++calls === 1 ? 503 : 200;
      response.end();
    });
    const { id, secret } = await subscribe(sandbox, receiver.url, ['case.created']);
    const customer = await customerOf(sandbox, 'acme-ready');
    await customer('POST', '/cases', caseRequest());

    const [failed, retried] = await receiver.waitFor(2);
    assert.equal(retried!.body, failed!.body);
    assert.equal(await verify(retried!, secret, clock), true);
    // The record settles right after the receiver's second answer reaches the sandbox.
    let record = (await call(sandbox, 'GET', '/sandbox/webhooks/deliveries')).body[0];
    while (record.status === 'pending') {
      await new Promise((resolve) => setTimeout(resolve, 10));
      record = (await call(sandbox, 'GET', '/sandbox/webhooks/deliveries')).body[0];
    }
    assert.deepEqual(
      [record.subscriptionId, record.status, record.attemptCount, record.lastResponseCode],
      [id, 'delivered', 2, 200],
    );
  });
});

describe('delivery outcomes', () => {
  function subscription(): WebhookSubscription {
    return {
      id: '6f1c2a4e-0000-4000-8000-000000000001',
      url: 'https://hooks.example/debitura',
      events: ['case.created'],
      isActive: true,
      createdUtc: '2026-06-15T10:00:00.000Z',
      updatedUtc: '2026-06-15T10:00:00.000Z',
      disabledReason: null,
      secret: Buffer.from('secret-key').toString('base64'),
      isTestMode: true,
      consecutiveFailures: 0,
    };
  }
  function envelope(): WebhookEnvelope {
    return {
      id: crypto.randomUUID(),
      specVersion: '1.0',
      event: 'case.created',
      timestamp: '2026-06-15T10:00:00Z',
      data: {},
      links: {},
    };
  }
  function dispatcherAnswering(status: number, hook: WebhookSubscription, retryDelaysMs = [0, 0]) {
    const attempts: DeliveryRequest[] = [];
    const dispatcher = new WebhookDispatcher({
      subscription: (id) => (id === hook.id ? hook : undefined),
      updateSubscription: (current, apply) => apply(current),
      now: () => new Date('2026-06-15T10:00:00Z'),
      transport: async (delivery) => {
        attempts.push(delivery);
        return { status };
      },
      retryDelaysMs,
    });
    return { dispatcher, attempts };
  }

  test('after the last retry fails, the delivery is recorded as failed with the last answer', async () => {
    const hook = subscription();
    const { dispatcher, attempts } = dispatcherAnswering(503, hook);
    assert.equal(dispatcher.enqueue(envelope(), [hook]), 1);
    await dispatcher.whenIdle();
    assert.equal(attempts.length, 3);
    const [record] = dispatcher.deliveries();
    assert.deepEqual(
      [record!.status, record!.attemptCount, record!.lastResponseCode, record!.deliveredAt],
      ['failed', 3, 503, null],
    );
    assert.equal(hook.isActive, true);
  });

  test('410 Gone switches the subscription off at once', async () => {
    const hook = subscription();
    const { dispatcher, attempts } = dispatcherAnswering(410, hook);
    dispatcher.enqueue(envelope(), [hook]);
    await dispatcher.whenIdle();
    assert.equal(attempts.length, 1);
    assert.deepEqual([hook.isActive, hook.disabledReason], [false, 'Endpoint returned 410 Gone']);
  });

  test('eight failed attempts in a row switch the subscription off; later events are not sent', async () => {
    const hook = subscription();
    const { dispatcher, attempts } = dispatcherAnswering(500, hook, [0, 0, 0]);
    dispatcher.enqueue(envelope(), [hook]);
    dispatcher.enqueue(envelope(), [hook]);
    dispatcher.enqueue(envelope(), [hook]);
    await dispatcher.whenIdle();
    assert.equal(attempts.length, 8);
    assert.deepEqual([hook.isActive, hook.disabledReason], [false, 'Exceeded maximum retry attempts (8 failures)']);
    assert.deepEqual(
      dispatcher.deliveries().map((record) => record.status),
      ['failed', 'failed', 'failed'],
    );
  });
});

describe('/referral/v1/Webhooks management', () => {
  test('create answers 200 with a Base64 secret that later reads never show', async () => {
    const { sandbox } = newSandbox();
    const created = await referral(sandbox, 'POST', '/v1/Webhooks', {
      url: 'https://partner.example/hooks',
      events: ['case.created', 'client.linked'],
    });
    assert.equal(created.status, 200);
    checkSpec('referral', 'POST', '/v1/Webhooks', 200, created.body);
    assert.match(created.body.id, uuidPattern);
    assert.equal(Buffer.from(created.body.secret, 'base64').length, 32);
    assert.deepEqual(
      [created.body.isActive, created.body.isTestMode, created.body.disabledReason],
      [true, false, null],
    );

    const list = await referral(sandbox, 'GET', '/v1/Webhooks');
    checkSpec('referral', 'GET', '/v1/Webhooks', 200, list.body);
    assert.deepEqual(
      list.body.map((hook: any) => [hook.id, hook.secret]),
      [[created.body.id, null]],
    );
    const one = await referral(sandbox, 'GET', `/v1/Webhooks/${created.body.id}`);
    assert.deepEqual(one.body, { ...created.body, secret: null });
  });

  test('update changes only what it names; the secret is shown only when regenerated', async () => {
    const { sandbox, clock } = newSandbox();
    const created = (
      await referral(sandbox, 'POST', '/v1/Webhooks', {
        url: 'https://partner.example/hooks',
        events: ['case.created'],
      })
    ).body;
    clock.advanceSeconds(60);
    const updated = await referral(sandbox, 'PUT', `/v1/Webhooks/${created.id}`, {
      events: ['case.updated', 'case.closed'],
      isTestMode: true,
    });
    assert.equal(updated.status, 200);
    checkSpec('referral', 'PUT', `/v1/Webhooks/${created.id}`, 200, updated.body);
    assert.deepEqual(
      [updated.body.url, updated.body.events, updated.body.isTestMode, updated.body.secret],
      ['https://partner.example/hooks', ['case.updated', 'case.closed'], true, null],
    );
    assert.notEqual(updated.body.updatedUtc, created.updatedUtc);

    const rotated = await referral(sandbox, 'PUT', `/v1/Webhooks/${created.id}`, { RegenerateSecret: true });
    assert.equal(typeof rotated.body.secret, 'string');
    assert.notEqual(rotated.body.secret, created.secret);
  });

  test('a regenerated secret signs the next delivery; the old one no longer verifies', async () => {
    const { sandbox, clock } = newSandbox();
    const receiver = await startReceiver();
    const { id, secret: oldSecret } = await subscribe(sandbox, receiver.url, ['case.created']);
    const newSecret = (await referral(sandbox, 'PUT', `/v1/Webhooks/${id}`, { regenerateSecret: true })).body
      .secret as string;
    const customer = await customerOf(sandbox, 'acme-ready');
    await customer('POST', '/cases', caseRequest());
    const [delivery] = await receiver.waitFor(1);
    assert.equal(await verify(delivery!, newSecret, clock), true);
    assert.equal(await verify(delivery!, oldSecret, clock), false);
  });

  test('delete answers 204, then the subscription is gone (404)', async () => {
    const { sandbox } = newSandbox();
    const created = (
      await referral(sandbox, 'POST', '/v1/Webhooks', {
        url: 'https://partner.example/hooks',
        events: ['case.created'],
      })
    ).body;
    assert.equal((await referral(sandbox, 'DELETE', `/v1/Webhooks/${created.id}`)).status, 204);
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const answer = await referral(
        sandbox,
        method,
        `/v1/Webhooks/${created.id}`,
        method === 'PUT' ? { isActive: true } : undefined,
      );
      assert.equal(answer.status, 404, method);
      checkSpec('referral', method, `/v1/Webhooks/${created.id}`, 404, answer.body);
    }
    assert.equal((await referral(sandbox, 'GET', '/v1/Webhooks/not-a-guid')).status, 404);
    assert.deepEqual((await referral(sandbox, 'GET', '/v1/Webhooks')).body, []);
  });

  test('400 for URLs Debitura refuses, bad event lists and unknown fields; loopback is allowed', async () => {
    const { sandbox } = newSandbox();
    const rejected: unknown[] = [
      { url: 'http://partner.example/hooks', events: ['case.created'] },
      { url: 'https://10.1.2.3/hooks', events: ['case.created'] },
      { url: 'https://192.168.0.10/hooks', events: ['case.created'] },
      { url: 'ftp://localhost/hooks', events: ['case.created'] },
      { url: 'not a url', events: ['case.created'] },
      { url: `https://partner.example/${'x'.repeat(1024)}`, events: ['case.created'] },
      { url: 'https://partner.example/hooks', events: [] },
      { url: 'https://partner.example/hooks', events: ['case.deleted'] },
      { events: ['case.created'] },
      { url: 'https://partner.example/hooks', events: ['case.created'], secret: 'mine' },
      'not json',
    ];
    for (const body of rejected) {
      const answer = await referral(sandbox, 'POST', '/v1/Webhooks', body);
      assert.equal(answer.status, 400, JSON.stringify(body));
      checkSpec('referral', 'POST', '/v1/Webhooks', 400, answer.body);
    }
    for (const url of ['http://localhost:3000/hooks', 'http://127.0.0.1:8080/hooks', 'https://[::1]/hooks']) {
      assert.equal(
        (await referral(sandbox, 'POST', '/v1/Webhooks', { url, events: ['case.created'] })).status,
        200,
        url,
      );
    }
    const { id } = (await referral(sandbox, 'GET', '/v1/Webhooks')).body[0];
    assert.equal(
      (await referral(sandbox, 'PUT', `/v1/Webhooks/${id}`, { url: 'http://partner.example/hooks' })).status,
      400,
    );
    assert.equal((await referral(sandbox, 'PUT', `/v1/Webhooks/${id}`, { events: ['nope'] })).status, 400);
  });

  test('401 without the partner key', async () => {
    const { sandbox } = newSandbox();
    assert.equal((await call(sandbox, 'GET', '/referral/v1/Webhooks')).status, 401);
    assert.equal(
      (
        await call(sandbox, 'POST', '/referral/v1/Webhooks', {
          body: { url: 'https://partner.example/hooks', events: ['case.created'] },
        })
      ).status,
      401,
    );
  });
});

describe('POST /referral/v1/Webhooks/test', () => {
  test('a case event for a real case is enqueued and delivered signed with the documented defaults', async () => {
    const { sandbox, clock } = newSandbox();
    const receiver = await startReceiver();
    const liveHook = await subscribe(sandbox, receiver.url, ['case.updated'], false);
    const customer = await customerOf(sandbox, 'acme-ready');
    const seeded = (await customer('GET', '/cases?PageSize=1')).body.cases[0];

    const answer = await referral(sandbox, 'POST', '/v1/Webhooks/test', {
      eventType: 'case.updated',
      caseId: seeded.id,
    });
    assert.equal(answer.status, 200);
    checkSpec('referral', 'POST', '/v1/Webhooks/test', 200, answer.body);
    assert.deepEqual([answer.body.eventType, answer.body.enqueuedCount], ['case.updated', 1]);
    assert.equal(typeof answer.body.message, 'string');
    const [delivery] = await receiver.waitFor(1);
    assert.equal(await verify(delivery!, liveHook.secret, clock), true);
    assert.equal(delivery!.json.classification, 'test');
    assert.deepEqual(delivery!.json.data, {
      caseId: seeded.id,
      reference: seeded.reference,
      externalTenantId: 'acme-ready',
      oldLifecycle: seeded.lifecycle,
      newLifecycle: 'Closed',
    });

    const closed = await referral(sandbox, 'POST', '/v1/Webhooks/test', {
      eventType: 'case.closed',
      caseId: seeded.id,
    });
    assert.equal(closed.body.enqueuedCount, 0, 'nobody listens for case.closed');
  });

  test('a client event carries the client and its creditor', async () => {
    const { sandbox } = newSandbox();
    const receiver = await startReceiver();
    await subscribe(sandbox, receiver.url, ['client.linked']);
    const answer = await referral(sandbox, 'POST', '/v1/Webhooks/test', {
      eventType: 'client.linked',
      externalTenantId: 'acme-ready',
    });
    assert.equal(answer.body.enqueuedCount, 1);
    const [delivery] = await receiver.waitFor(1);
    assert.equal(delivery!.json.event, 'client.linked');
    assert.equal(delivery!.json.data.externalTenantId, 'acme-ready');
    assert.match(delivery!.json.data.creditor.id, uuidPattern);
    assert.equal(typeof delivery!.json.data.creditor.companyName, 'string');
    assert.equal(delivery!.json.links.client, 'http://sandbox.test/referral/clients/acme-ready');
  });

  test('400 for a missing or unknown event type or a missing id; 404 for an unknown case or client', async () => {
    const { sandbox } = newSandbox();
    const answers: [unknown, number][] = [
      [{}, 400],
      [{ eventType: 'case.deleted', caseId: crypto.randomUUID() }, 400],
      [{ eventType: 'case.updated' }, 400],
      [{ eventType: 'client.linked' }, 400],
      [{ eventType: 'case.created', caseId: crypto.randomUUID() }, 404],
      [{ eventType: 'client.linked', externalTenantId: 'nobody-here' }, 404],
    ];
    for (const [body, status] of answers) {
      const answer = await referral(sandbox, 'POST', '/v1/Webhooks/test', body);
      assert.equal(answer.status, status, JSON.stringify(body));
      checkSpec('referral', 'POST', '/v1/Webhooks/test', status, answer.body);
    }
  });
});
