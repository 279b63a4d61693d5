// Delivers webhook events in the background: signed POSTs, retried with backoff, each outcome recorded.
// Nothing here ever throws into the request that raised the event.
//
// Debitura retries 8 times over about 1.5 hours. A sandbox serves development sessions, so it keeps the
// shape (a first attempt at once, then growing gaps) on a compressed schedule of a few seconds. Like
// Debitura it switches a subscription off after 8 failed attempts in a row or on any 410 Gone, with the
// same `disabledReason` texts.
import { randomUUID } from 'node:crypto';
import type { WebhookEnvelope } from './event-envelope.js';
import { pinnedTransport, type DeliveryTransport } from './target-connection.js';
import { webhookSignatureHeader } from './signature.js';
import type { WebhookSubscription } from './subscription.js';

/** Gaps before the second, third and fourth attempt. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1_000, 4_000, 16_000];
/** Debitura's limit for a receiver to answer. */
const DELIVERY_TIMEOUT_MS = 10_000;
const MAX_CONSECUTIVE_FAILURES = 8;
const DELIVERY_LOG_SIZE = 200;

export interface WebhookDeliveryRecord {
  /** This delivery (a replay is a delivery of its own); one event has one delivery per subscription. */
  deliveryId: string;
  eventId: string;
  eventType: string;
  subscriptionId: string;
  url: string;
  status: 'pending' | 'delivered' | 'failed';
  attemptCount: number;
  lastResponseCode: number | null;
  lastError: string | null;
  /** ISO instants. */
  createdAt: string;
  deliveredAt: string | null;
  /** The raw JSON body, exactly as signed. */
  payload: string;
  /** A re-delivery of an earlier event; sent with `X-Debitura-Replay: true`. */
  replay?: boolean;
}

export interface WebhookDispatcherOptions {
  /** The subscription as it stands now (undefined once deleted); read before every attempt. */
  subscription(id: string): WebhookSubscription | undefined;
  /** Applies what a delivery outcome changes on a subscription (failure count, auto-disable) through the store. */
  updateSubscription(subscription: WebhookSubscription, apply: (subscription: WebhookSubscription) => void): void;
  now(): Date;
  /** How a delivery is sent; by default over node:http(s) to a checked, pinned address. */
  transport?: DeliveryTransport;
  retryDelaysMs?: readonly number[];
}

type AttemptOutcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

export class WebhookDispatcher {
  private readonly log: WebhookDeliveryRecord[] = [];
  /** Per subscription, the tail of its first attempts, so a healthy receiver sees events in order. */
  private readonly queues = new Map<string, Promise<void>>();
  private pending = 0;
  private idleWaiters: (() => void)[] = [];
  private readonly retryDelaysMs: readonly number[];
  private readonly transport: DeliveryTransport;

  constructor(private readonly options: WebhookDispatcherOptions) {
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.transport = options.transport ?? pinnedTransport();
  }

  /** Queues one delivery of `envelope` per subscription and returns how many were queued. */
  enqueue(envelope: WebhookEnvelope, subscriptions: readonly WebhookSubscription[]): number {
    const payload = JSON.stringify(envelope);
    for (const subscription of subscriptions) {
      const record = this.freshRecord({
        eventId: envelope.id,
        eventType: envelope.event,
        subscriptionId: subscription.id,
        url: subscription.url,
        payload,
      });
      this.queue(record);
    }
    return subscriptions.length;
  }

  /** Queues an earlier delivery's exact payload again for its subscription, as a fresh replayed delivery. */
  replay(earlier: WebhookDeliveryRecord): WebhookDeliveryRecord {
    const { eventId, eventType, subscriptionId, url, payload } = earlier;
    const record = { ...this.freshRecord({ eventId, eventType, subscriptionId, url, payload }), replay: true };
    this.queue(record);
    return record;
  }

  private freshRecord(
    fields: Pick<WebhookDeliveryRecord, 'eventId' | 'eventType' | 'subscriptionId' | 'url' | 'payload'>,
  ): WebhookDeliveryRecord {
    return {
      deliveryId: randomUUID(),
      ...fields,
      status: 'pending',
      attemptCount: 0,
      lastResponseCode: null,
      lastError: null,
      createdAt: this.options.now().toISOString(),
      deliveredAt: null,
    };
  }

  private queue(record: WebhookDeliveryRecord): void {
    this.remember(record);
    this.pending++;
    const previous = this.queues.get(record.subscriptionId) ?? Promise.resolve();
    const tail = previous.then(() => this.attemptSafely(record));
    this.queues.set(record.subscriptionId, tail);
    void tail.then(() => {
      if (this.queues.get(record.subscriptionId) === tail) this.queues.delete(record.subscriptionId);
    });
  }

  /** Recent deliveries, newest first. */
  deliveries(): WebhookDeliveryRecord[] {
    return this.log.map((record) => ({ ...record })).reverse();
  }

  /**
   * Resolves once every queued delivery has been delivered or given up on. Retry timers do not keep the
   * process alive on their own; whoever awaits this does want them to run, so the process stays up meanwhile.
   */
  whenIdle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    const keepAlive = setInterval(() => undefined, 60_000);
    return new Promise<void>((resolve) => this.idleWaiters.push(resolve)).finally(() => clearInterval(keepAlive));
  }

  private remember(record: WebhookDeliveryRecord): void {
    this.log.push(record);
    if (this.log.length > DELIVERY_LOG_SIZE) this.log.splice(0, this.log.length - DELIVERY_LOG_SIZE);
  }

  private finish(record: WebhookDeliveryRecord, status: 'delivered' | 'failed'): void {
    record.status = status;
    if (status === 'delivered') record.deliveredAt = this.options.now().toISOString();
    this.pending--;
    if (this.pending === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  /** An attempt whose own failure (say, persisting the subscription) ends the delivery instead of escaping. */
  private async attemptSafely(record: WebhookDeliveryRecord): Promise<void> {
    try {
      await this.attempt(record);
    } catch (error) {
      record.lastError = error instanceof Error ? error.message : String(error);
      if (record.status === 'pending') this.finish(record, 'failed');
    }
  }

  private async attempt(record: WebhookDeliveryRecord): Promise<void> {
    const subscription = this.options.subscription(record.subscriptionId);
    if (!subscription || !subscription.isActive) {
      record.lastError = subscription
        ? 'The subscription was disabled before delivery.'
        : 'The subscription was deleted before delivery.';
      this.finish(record, 'failed');
      return;
    }
    record.attemptCount++;
    record.url = subscription.url;
    const outcome = await this.post(subscription, record);
    record.lastResponseCode = outcome.status;
    record.lastError = outcome.ok ? null : outcome.error;

    if (outcome.ok) {
      if (subscription.consecutiveFailures !== 0) {
        this.options.updateSubscription(subscription, (current) => (current.consecutiveFailures = 0));
      }
      this.finish(record, 'delivered');
      return;
    }
    this.options.updateSubscription(subscription, (current) => {
      current.consecutiveFailures++;
      if (outcome.status === 410) {
        this.disable(current, 'Endpoint returned 410 Gone');
      } else if (current.consecutiveFailures >= MAX_CONSECUTIVE_FAILURES) {
        this.disable(current, `Exceeded maximum retry attempts (${MAX_CONSECUTIVE_FAILURES} failures)`);
      }
    });

    const delay = this.retryDelaysMs[record.attemptCount - 1];
    if (!subscription.isActive || delay === undefined) {
      this.finish(record, 'failed');
      return;
    }
    // unref: a pending retry must never keep a finished process (a test run, a CLI) alive.
    setTimeout(() => void this.attemptSafely(record), delay).unref();
  }

  private disable(subscription: WebhookSubscription, reason: string): void {
    subscription.isActive = false;
    subscription.disabledReason = reason;
    subscription.updatedUtc = this.options.now().toISOString();
  }

  private async post(subscription: WebhookSubscription, record: WebhookDeliveryRecord): Promise<AttemptOutcome> {
    // Signed at each attempt, so a retry carries a fresh timestamp that passes the receiver's age check.
    const timestamp = Math.floor(this.options.now().getTime() / 1000);
    try {
      const { status } = await this.transport({
        url: subscription.url,
        headers: {
          'Content-Type': 'application/json',
          'X-Debitura-Signature': webhookSignatureHeader(subscription.secret, record.payload, timestamp),
          'X-Debitura-Timestamp': String(timestamp),
          'X-Debitura-Event': record.eventType,
          ...(record.replay ? { 'X-Debitura-Replay': 'true' } : {}),
        },
        body: record.payload,
        timeoutMs: DELIVERY_TIMEOUT_MS,
      });
      if (status >= 200 && status < 300) return { ok: true, status };
      return { ok: false, status, error: `The endpoint answered ${status}.` };
    } catch (error) {
      const reason =
        error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      return { ok: false, status: null, error: reason };
    }
  }
}
