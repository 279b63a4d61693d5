// The demo partner's webhook receiver for client events. Debitura's API answers the same for a link request
// that is pending, declined or expired, so a partner learns the last two from the `client.link_declined` and
// `client.link_expired` webhooks and hands them to activation through `linkRequestOutcome`. The demo subscribes
// to the sandbox's Referral API on the page's origin, keeps what it hears in memory, and reads it back.
import type { LinkRequestOutcome } from '../src/server/index.js';
import { verifyWebhookSignature } from '../src/server/index.js';

/** Where deliveries arrive on the demo's own origin. */
export const clientWebhookPath = '/api/demo/webhooks';

const clientEvents = ['client.link_declined', 'client.link_expired', 'client.linked'] as const;

interface Subscription {
  id: string;
  secret: string;
}

function tenantOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const id = (data as { externalTenantId?: unknown }).externalTenantId;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

export class ClientWebhookReceiver {
  readonly #outcomes = new Map<string, LinkRequestOutcome>();
  /** One subscription per page origin, each with its own signing secret. */
  readonly #subscriptions = new Map<string, Promise<Subscription | null>>();

  /** @param referral Sends a request to the sandbox's Referral API on a page origin, with the partner's key. */
  constructor(private readonly referral: (origin: string, path: string, init?: RequestInit) => Promise<Response>) {}

  /**
   * Makes sure the sandbox sends client events to `origin`. A sandbox reset drops subscriptions, so the list is
   * checked each time (in-process, cheap) and the subscription made again when it is gone.
   */
  async ensureSubscribed(origin: string): Promise<void> {
    const known = await this.#subscriptions.get(origin);
    if (known && (await this.#stillThere(origin, known.id))) return;
    const subscribing = this.#subscribe(origin);
    this.#subscriptions.set(origin, subscribing);
    await subscribing;
  }

  /** The outcome of the tenant's latest link request, if a webhook told it. */
  outcomeOf(externalTenantId: string): LinkRequestOutcome | null {
    return this.#outcomes.get(externalTenantId) ?? null;
  }

  /** Answers a delivery: 204 when taken, 400 when it is not a genuine one. */
  async receive(request: Request): Promise<Response> {
    const origin = new URL(request.url).origin;
    const subscription = await this.#subscriptions.get(origin);
    const payload = await request.text();
    const genuine =
      subscription !== undefined &&
      subscription !== null &&
      (await verifyWebhookSignature({
        payload,
        header: request.headers.get('x-debitura-signature'),
        secret: subscription.secret,
      }));
    if (!genuine) return new Response(null, { status: 400 });
    let envelope: { event?: unknown; timestamp?: unknown; data?: unknown };
    try {
      envelope = JSON.parse(payload) as typeof envelope;
    } catch {
      return new Response(null, { status: 400 });
    }
    const tenant = tenantOf(envelope.data);
    const at = typeof envelope.timestamp === 'string' ? envelope.timestamp : new Date().toISOString();
    if (tenant && envelope.event === 'client.link_declined') this.#outcomes.set(tenant, { outcome: 'declined', at });
    if (tenant && envelope.event === 'client.link_expired') this.#outcomes.set(tenant, { outcome: 'expired', at });
    if (tenant && envelope.event === 'client.linked') this.#outcomes.delete(tenant);
    return new Response(null, { status: 204 });
  }

  async #stillThere(origin: string, id: string): Promise<boolean> {
    const response = await this.referral(origin, `/v1/Webhooks/${encodeURIComponent(id)}`);
    const body = (await response.json().catch(() => null)) as { isActive?: boolean } | null;
    return response.ok && body?.isActive === true;
  }

  async #subscribe(origin: string): Promise<Subscription | null> {
    const response = await this.referral(origin, '/v1/Webhooks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ url: `${origin}${clientWebhookPath}`, events: clientEvents, isTestMode: false }),
    });
    const body = (await response.json().catch(() => null)) as { id?: string; secret?: string } | null;
    return response.ok && body?.id && body.secret ? { id: body.id, secret: body.secret } : null;
  }
}
