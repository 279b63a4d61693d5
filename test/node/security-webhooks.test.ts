// Security: webhook verification that a misconfiguration cannot switch off, that refuses a captured delivery
// sent again, and that hands the partner a typed event. Deliveries come from the sandbox's real signer, to a
// receiver served through toNodeListener as a partner would mount it.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  constructWebhookEvent,
  createWebhookReplayCache,
  toNodeListener,
  verifyWebhookSignature,
  WebhookVerificationError,
  type DebituraWebhookEvent,
} from '../../src/server/index.js';
import { customerOf, newSandbox, referral, type Clock } from './sandbox-core-harness.js';

const secret = Buffer.from('whsec-demo-secret-of-32-bytes!!!').toString('base64');
const nowMs = 1_780_000_000_000;
const nowSeconds = nowMs / 1000;
const payload = JSON.stringify({
  id: '550e8400-e29b-41d4-a716-446655440000',
  specVersion: '1.0',
  event: 'case.closed',
  timestamp: '2026-06-15T10:00:00Z',
  data: { caseId: '3fa85f64-5717-4562-b3fc-2c963f66afa6', reference: 'Q8OAXF3W', closeCode: 'Paid' },
});

function sign(body: string, timestamp: number, key = secret): string {
  return `t=${timestamp},v1=${createHmac('sha256', Buffer.from(key, 'base64')).update(`${timestamp}.${body}`).digest('hex')}`;
}

describe('security: a tolerance that is not a number cannot accept old signatures (finding 15)', () => {
  it('throws for NaN, Infinity and negative tolerances instead of verifying a year-old signature', async () => {
    const yearOld = sign(payload, nowSeconds - 365 * 24 * 3600);
    // `Number(process.env.DEBITURA_WEBHOOK_TOLERANCE)` with the variable unset: before, this verified.
    for (const toleranceSeconds of [Number.NaN, Infinity, -1, Number(undefined)]) {
      await assert.rejects(
        verifyWebhookSignature({ payload, header: yearOld, secret, now: nowMs, toleranceSeconds }),
        RangeError,
        String(toleranceSeconds),
      );
      await assert.rejects(
        constructWebhookEvent({ payload, header: yearOld, secret, now: nowMs, toleranceSeconds }),
        RangeError,
      );
    }
    await assert.rejects(
      verifyWebhookSignature({ payload, header: yearOld, secret, now: nowMs, futureToleranceSeconds: Number.NaN }),
      RangeError,
    );
    assert.equal(await verifyWebhookSignature({ payload, header: yearOld, secret, now: nowMs }), false);
    assert.equal(
      await verifyWebhookSignature({
        payload,
        header: sign(payload, nowSeconds),
        secret,
        now: nowMs,
        toleranceSeconds: 0,
      }),
      true,
      'zero is a tolerance: only this very second',
    );
  });

  it('with a replay cache, a captured delivery is accepted once; Debitura’s re-signed retry still passes', async () => {
    const replayCache = createWebhookReplayCache();
    const delivery = { payload, header: sign(payload, nowSeconds - 5), secret, now: nowMs, replayCache };
    assert.equal(await verifyWebhookSignature(delivery), true);
    assert.equal(await verifyWebhookSignature(delivery), false, 'the same request again');
    await assert.rejects(constructWebhookEvent(delivery), (error: unknown) => {
      return error instanceof WebhookVerificationError && error.reason === 'replayed';
    });
    const retry = { ...delivery, header: sign(payload, nowSeconds - 1) };
    assert.equal((await constructWebhookEvent(retry)).id, '550e8400-e29b-41d4-a716-446655440000');
    // A forged delivery is refused for its signature and does not poison the cache for the genuine one.
    const forged = {
      ...delivery,
      header: sign(payload, nowSeconds - 2, Buffer.from('x'.repeat(32)).toString('base64')),
    };
    assert.equal(await verifyWebhookSignature(forged), false);
    assert.equal(await verifyWebhookSignature({ ...delivery, header: sign(payload, nowSeconds - 2) }), true);
  });

  it('the in-process replay cache forgets deliveries once their signature could no longer verify, in bounded memory', async () => {
    const clock = { now: nowMs };
    const replayCache = createWebhookReplayCache({ maxEntries: 2, now: () => clock.now });
    assert.equal(await replayCache.seen('a', 300), false);
    assert.equal(await replayCache.seen('a', 300), true);
    assert.equal(await replayCache.seen('b', 300), false);
    assert.equal(await replayCache.seen('c', 300), false);
    assert.equal(await replayCache.seen('b', 300), true, 'the newer entries are kept');
    clock.now += 301_000;
    assert.equal(await replayCache.seen('b', 300), false, 'expired');
  });
});

describe('typed webhook events from the sandbox’s signed deliveries', () => {
  /** The partner's webhook route: verify, read the typed event, answer 204 or 400. */
  async function startReceiver(secretOf: () => string, clock: Clock) {
    const events: DebituraWebhookEvent[] = [];
    const refusals: string[] = [];
    const waiters: (() => void)[] = [];
    const replayCache = createWebhookReplayCache({ now: () => clock.now().getTime() });
    const route = async (request: Request) => {
      try {
        const event = await constructWebhookEvent({
          payload: await request.text(),
          header: request.headers.get('x-debitura-signature'),
          secret: secretOf(),
          now: clock.now().getTime(),
          replayCache,
        });
        events.push(event);
        return new Response(null, { status: 204 });
      } catch (error) {
        refusals.push(error instanceof WebhookVerificationError ? error.reason : String(error));
        return new Response(null, { status: 400 });
      } finally {
        for (const wake of waiters.splice(0)) wake();
      }
    };
    const listener = toNodeListener(route);
    const server = createServer((request, response) => void listener(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    after(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/debitura`,
      events,
      refusals,
      async waitFor(count: number) {
        while (events.length + refusals.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
      },
    };
  }

  it('case and client events arrive verified and narrowed by their name', async () => {
    const { sandbox, clock } = newSandbox();
    let secret = '';
    const receiver = await startReceiver(() => secret, clock);
    const created = await referral(sandbox, 'POST', '/v1/Webhooks', {
      url: receiver.url,
      events: ['case.updated', 'case.closed', 'client.linked', 'client.onboarding.poa_signed'],
      isTestMode: true,
    });
    secret = created.body.secret;
    const customer = await customerOf(sandbox, 'acme-ready');
    const seeded = (await customer('GET', '/cases?PageSize=1')).body.cases[0];
    for (const body of [
      { eventType: 'case.updated', caseId: seeded.id },
      { eventType: 'case.closed', caseId: seeded.id, closeCode: 'Paid' },
      { eventType: 'client.linked', externalTenantId: 'acme-ready' },
      { eventType: 'client.onboarding.poa_signed', externalTenantId: 'acme-ready' },
    ]) {
      assert.equal((await referral(sandbox, 'POST', '/v1/Webhooks/test', body)).status, 200);
    }
    await receiver.waitFor(4);
    assert.deepEqual(receiver.refusals, []);
    const byName = new Map(receiver.events.map((event) => [event.event, event]));
    const updated = byName.get('case.updated');
    assert.ok(updated?.event === 'case.updated');
    assert.equal(updated.data.caseId, seeded.id);
    assert.equal(updated.data.oldLifecycle, seeded.lifecycle);
    const closed = byName.get('case.closed');
    assert.ok(closed?.event === 'case.closed');
    assert.equal(closed.data.closeCode, 'Paid');
    assert.equal(closed.classification, 'test');
    const linked = byName.get('client.linked');
    assert.ok(linked?.event === 'client.linked');
    assert.equal(linked.data.externalTenantId, 'acme-ready');
    assert.equal(typeof linked.data.creditor?.companyName, 'string');
    assert.ok(byName.has('client.onboarding.poa_signed'));
  });

  it('says why a delivery is refused: no signature, wrong secret, not an event, or an event this version does not know', async () => {
    const reasonOf = (options: Parameters<typeof constructWebhookEvent>[0]) =>
      constructWebhookEvent(options).then(
        () => 'accepted',
        (error: unknown) => (error instanceof WebhookVerificationError ? error.reason : String(error)),
      );
    const base = { secret, now: nowMs };
    assert.equal(await reasonOf({ ...base, payload, header: null }), 'missing_signature');
    assert.equal(await reasonOf({ ...base, payload, header: 't=1,v2=abc' }), 'malformed_signature');
    assert.equal(await reasonOf({ ...base, payload, header: sign(payload, nowSeconds - 999) }), 'stale_signature');
    assert.equal(
      await reasonOf({ ...base, payload: payload + ' ', header: sign(payload, nowSeconds) }),
      'bad_signature',
    );
    const notJson = 'hello';
    assert.equal(await reasonOf({ ...base, payload: notJson, header: sign(notJson, nowSeconds) }), 'malformed_payload');
    const noData = JSON.stringify({ id: 'evt_1', event: 'case.created' });
    assert.equal(await reasonOf({ ...base, payload: noData, header: sign(noData, nowSeconds) }), 'malformed_payload');
    const newer = JSON.stringify({ id: 'evt_2', event: 'case.reopened', data: {} });
    const error = await constructWebhookEvent({ ...base, payload: newer, header: sign(newer, nowSeconds) }).catch(
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof WebhookVerificationError);
    assert.equal(error.reason, 'unknown_event');
    assert.equal(error.eventName, 'case.reopened');
    assert.equal(error.signatureVerified, true);
  });

  it('reads the Customer spec’s example payload too (evt_ ids, a flat case summary)', async () => {
    const example = JSON.stringify({
      id: 'evt_abc123',
      event: 'case.created',
      timestamp: '2024-01-15T10:30:00Z',
      data: {
        caseId: 'guid-here',
        reference: 'Q8OAXF3W',
        creditorReference: 'INV-001',
        status: 'Active',
        amount: 1000.0,
        currency: 'EUR',
        debtorName: 'Debtor Company Ltd',
      },
    });
    const event = await constructWebhookEvent({
      payload: example,
      header: sign(example, nowSeconds),
      secret,
      now: nowMs,
    });
    assert.ok(event.event === 'case.created');
    assert.equal(event.data.creditorReference, 'INV-001');
    assert.equal(event.data.amount, 1000);
  });
});
