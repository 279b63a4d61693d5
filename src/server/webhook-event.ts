// One call that verifies a webhook delivery and returns its event, typed: what a partner's webhook route needs.
import { DebituraWebhookEvent, debituraWebhookEventNames } from '../wire/webhook-events.js';
import {
  checkWebhookSignature,
  isReplayedDelivery,
  type VerifyWebhookSignatureOptions,
  type WebhookSignatureProblem,
} from './webhook-signature.js';

export type { DebituraWebhookEvent, DebituraWebhookEventName, WebhookEventOf } from '../wire/webhook-events.js';

/** Why `constructWebhookEvent` refused a delivery. */
export type WebhookRejection =
  | WebhookSignatureProblem
  /** The signed body is not JSON, or not the envelope of an event. */
  | 'malformed_payload'
  /** A genuine delivery of an event this version does not know: answer 2xx, or Debitura retries it. */
  | 'unknown_event';

export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
  constructor(
    readonly reason: WebhookRejection,
    message: string,
    /** The event name, for `unknown_event`. */
    readonly eventName?: string,
  ) {
    super(message);
  }

  /** Whether the signature held: a refusal after that (unknown event) came from Debitura itself. */
  get signatureVerified(): boolean {
    return this.reason === 'malformed_payload' || this.reason === 'unknown_event';
  }
}

const messages: Record<WebhookRejection, string> = {
  missing_signature: 'The delivery has no X-Debitura-Signature header.',
  malformed_signature: 'The X-Debitura-Signature header is malformed.',
  stale_signature: 'The signature timestamp is outside the tolerance.',
  bad_signature: 'The signature does not match the payload and secret.',
  replayed: 'This delivery was already accepted.',
  malformed_payload: 'The signed payload is not a webhook event.',
  unknown_event: 'The event is not one this version knows.',
};

/**
 * Verifies a delivery (signature, age and, with `replayCache`, that it was not accepted before) and returns
 * its event, typed by `event`. Throws a `WebhookVerificationError` whose `reason` says why not; answer 400 for
 * those, except `unknown_event` (signed by Debitura, merely newer than this package: answer 2xx).
 *
 * @example
 * app.post('/webhooks/debitura', async (c) => {
 *   const event = await constructWebhookEvent({
 *     payload: await c.req.text(), header: c.req.header('X-Debitura-Signature'),
 *     secret: process.env.DEBITURA_WEBHOOK_SECRET!, replayCache,
 *   }).catch((error) => error);
 *   if (event instanceof WebhookVerificationError) return c.body(null, event.reason === 'unknown_event' ? 204 : 400);
 *   if (event.event === 'case.closed') await markClosed(event.data.caseId, event.data.closeCode);
 *   return c.body(null, 204);
 * });
 */
export async function constructWebhookEvent(options: VerifyWebhookSignatureOptions): Promise<DebituraWebhookEvent> {
  const checked = await checkWebhookSignature(options);
  if (!checked.ok) throw new WebhookVerificationError(checked.problem, messages[checked.problem]);
  let body: unknown;
  try {
    body = JSON.parse(
      typeof options.payload === 'string' ? options.payload : new TextDecoder().decode(options.payload),
    );
  } catch {
    throw new WebhookVerificationError('malformed_payload', messages.malformed_payload);
  }
  const parsed = DebituraWebhookEvent.safeParse(body);
  if (!parsed.success) {
    const name = typeof body === 'object' && body !== null ? (body as { event?: unknown }).event : undefined;
    const known = (debituraWebhookEventNames as readonly unknown[]).includes(name);
    if (typeof name === 'string' && !known && typeof (body as { id?: unknown }).id === 'string') {
      throw new WebhookVerificationError('unknown_event', `${messages.unknown_event} (${name})`, name);
    }
    throw new WebhookVerificationError('malformed_payload', messages.malformed_payload);
  }
  if (
    options.replayCache &&
    (await isReplayedDelivery(options.replayCache, parsed.data.id, checked.rawTimestamp, checked.ttlSeconds))
  ) {
    throw new WebhookVerificationError('replayed', messages.replayed);
  }
  return parsed.data;
}
