// The Customer API's own webhooks in the sandbox: a creditor's subscriptions (invisible to other creditors
// and to the partner), signed deliveries of its case events, the event log, replay and the test delivery.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertMatchesSpec, specsAvailable } from './openapi-contract.js';
import { caseRequest, customerOf, newSandbox, referral } from './sandbox-core-harness.js';
import { startReceiver } from './webhook-receiver.js';

function checkSpec(method: string, path: string, status: number, body: unknown): void {
  if (specsAvailable) assertMatchesSpec('customer', method, path, status, body);
}

describe('creditor webhooks', () => {
  test("a creditor's subscription is its own: 201 with the secret once, hidden from others", async () => {
    const { sandbox } = newSandbox();
    const receiver = await startReceiver();
    const acme = await customerOf(sandbox, 'acme-ready');
    const created = await acme('POST', '/webhooks', { url: receiver.url, events: ['case.updated'], isTestMode: true });
    assert.equal(created.status, 201);
    checkSpec('POST', '/webhooks', 201, created.body);
    assert.equal(typeof created.body.secret, 'string');
    assert.equal((await acme('GET', `/webhooks/${created.body.id}`)).body.secret, null);

    const other = await customerOf(sandbox, 'kyc-required');
    assert.deepEqual((await other('GET', '/webhooks')).body, []);
    assert.equal((await other('GET', `/webhooks/${created.body.id}`)).status, 404);
    assert.deepEqual((await referral(sandbox, 'GET', '/v1/Webhooks')).body, [], 'the partner sees none of them');

    const partnerEvent = await acme('POST', '/webhooks', { url: receiver.url, events: ['client.linked'] });
    assert.equal(partnerEvent.status, 400);
    checkSpec('POST', '/webhooks', 400, partnerEvent.body);
    const changeEvents = await acme('PATCH', `/webhooks/${created.body.id}`, { events: ['case.closed'] });
    assert.equal(changeEvents.status, 400);
    assert.match(changeEvents.body.message, /events/);
    const paused = await acme('PATCH', `/webhooks/${created.body.id}`, { isActive: false });
    assert.deepEqual([paused.body.isActive, paused.body.secret], [false, null]);
    assert.equal((await acme('DELETE', `/webhooks/${created.body.id}`)).status, 204);
    assert.equal((await acme('GET', `/webhooks/${created.body.id}`)).status, 404);
  });

  test('case events reach the subscription signed; the event log lists them and a replay re-sends one', async () => {
    const { sandbox } = newSandbox();
    const receiver = await startReceiver();
    const acme = await customerOf(sandbox, 'acme-ready');
    const hook = (
      await acme('POST', '/webhooks', { url: receiver.url, events: ['case.created', 'chat.created'], isTestMode: true })
    ).body;
    const caseId = (await acme('POST', '/cases', caseRequest())).body.id;
    await acme('POST', `/cases/${caseId}/chats`, { message: 'Any news?', userEmail: 'anna@acme-ready.example' });
    const [created, chat] = await receiver.waitFor(2);
    assert.deepEqual(
      [created!.json.event, created!.json.data.caseId, chat!.json.event, chat!.json.data.message],
      ['case.created', caseId, 'chat.created', 'Any news?'],
    );
    assert.match(String(created!.headers['x-debitura-signature']), /^t=\d+,v1=[0-9a-f]{64}$/);

    const log = await acme('GET', `/webhooks/events?caseId=${caseId}`);
    assert.equal(log.status, 200);
    checkSpec('GET', '/webhooks/events', 200, log.body);
    assert.deepEqual(log.body.map((event: any) => [event.eventType, event.subscriptionId]).sort(), [
      ['case.created', hook.id],
      ['chat.created', hook.id],
    ]);
    const first = log.body.find((event: any) => event.eventType === 'case.created');
    assert.equal(first.payload, created!.body);

    const replayed = await acme('POST', `/webhooks/events/${first.id}/replay`);
    assert.deepEqual(replayed.body, { eventId: first.id, subscriptionId: hook.id, eventType: 'case.created' });
    const [, , again] = await receiver.waitFor(3);
    assert.equal(again!.body, created!.body, 'the same payload');
    assert.equal(again!.headers['x-debitura-replay'], 'true');
    assert.equal(created!.headers['x-debitura-replay'], undefined);

    const other = await customerOf(sandbox, 'kyc-required');
    assert.deepEqual((await other('GET', `/webhooks/events?caseId=${caseId}`)).body, []);
    assert.equal((await other('POST', `/webhooks/events/${first.id}/replay`)).status, 404);
    assert.equal((await acme('GET', '/webhooks/events')).status, 400, 'caseId is required');
  });

  test('the test delivery reports the outcome; fire sends an event about a test case as it is now', async () => {
    const { sandbox } = newSandbox();
    const receiver = await startReceiver((_, response) => {
      response.statusCode = 503;
      response.end();
    });
    const acme = await customerOf(sandbox, 'acme-ready');
    const hook = (await acme('POST', '/webhooks', { url: receiver.url, events: ['case.closed'], isTestMode: true }))
      .body;
    const tested = await acme('POST', `/webhooks/${hook.id}:test`);
    checkSpec('POST', `/webhooks/${hook.id}:test`, 200, tested.body);
    assert.deepEqual(
      [tested.body.success, tested.body.httpStatusCode, tested.body.errorCategory, tested.body.testPayload.event],
      [false, 503, 'HttpError', 'case.created'],
    );

    const caseId = (await acme('POST', '/cases', caseRequest())).body.id;
    const fired = await acme('POST', '/test/webhooks/fire', { event: 'case.closed', caseId });
    assert.deepEqual(fired.body, { eventType: 'case.closed', caseId, enqueuedCount: 1 });
    const [delivery] = await receiver.waitFor(2);
    assert.equal(receiver.received[1]!.json.event, 'case.closed');
    assert.equal(delivery!.json.event, 'case.created', 'the test delivery came first');
    const noChats = await acme('POST', '/test/webhooks/fire', { event: 'chat.created', caseId });
    assert.deepEqual([noChats.status, noChats.text], [422, '']);
    const seeded = (await acme('GET', '/cases?Statuses=Closed')).body.cases[0].id;
    assert.equal((await acme('POST', '/test/webhooks/fire', { event: 'case.closed', caseId: seeded })).status, 400);

    const counted = await acme('POST', `/webhooks/${hook.id}/replay`, { sinceUtc: '2026-06-15T10:00:00Z' });
    assert.deepEqual(counted.body, { eventsReplayed: 1 }, 'the deprecated replay only counts cases since sinceUtc');
  });
});
