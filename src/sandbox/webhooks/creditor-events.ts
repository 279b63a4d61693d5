// Events of the Customer API's own webhooks (`/webhooks`, REFERENCE §5.3): a creditor's subscriptions hear
// about that creditor's cases only. The envelope is the documented one (event-envelope.ts); case events
// carry the case's identity, `payment.created` the payment and `chat.created` the message.
import { lifecycleLabels, type ChatDto, type InvoiceDto, type PaymentDto } from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import type { CreditorWebhookSubscription, StoredCase } from '../state.js';
import type { StoreChange } from '../store.js';
import type { WebhookDispatcher } from './dispatcher.js';
import { envelope, type WebhookEnvelope } from './event-envelope.js';

/** Every event a creditor can subscribe to, as the spec's POST /webhooks lists them. */
export const creditorWebhookEvents = [
  'case.created',
  'case.updated',
  'case.closed',
  'payment.created',
  'payment.deleted',
  'chat.created',
] as const;
export type CreditorWebhookEvent = (typeof creditorWebhookEvents)[number];

export function isCreditorWebhookEvent(value: string): value is CreditorWebhookEvent {
  return (creditorWebhookEvents as readonly string[]).includes(value);
}

const terminalLifecycles = new Set<string>([lifecycleLabels.Closed, lifecycleLabels.Merged]);

export function creditorEventEnvelope(
  event: CreditorWebhookEvent,
  invoice: InvoiceDto,
  extra: Record<string, unknown>,
  setting: { now: Date; origin: string },
): WebhookEnvelope {
  const caseId = invoice.id ?? '';
  return envelope(
    event,
    { caseId, reference: invoice.reference ?? null, ...extra },
    { self: `${setting.origin}/customer/cases/${caseId}` },
    { ...setting, test: invoice.isTestCase === true },
  );
}

export function paymentEventData(payment: PaymentDto): Record<string, unknown> {
  return { paymentId: payment.id, amount: payment.grossAmount, currency: payment.currency, date: payment.date };
}

export function chatEventData(chat: ChatDto): Record<string, unknown> {
  return { chatId: chat.id, role: chat.roleLabel, message: chat.message };
}

/** The data of an event about the case as it is now (the test fire), or a reason it cannot be built. */
export function currentStateData(event: CreditorWebhookEvent, stored: StoredCase): Record<string, unknown> | string {
  const invoice = stored.invoice;
  const newest = <T extends { dateCreated?: string | null }>(items: readonly T[]) =>
    [...items].sort((a, b) => (b.dateCreated ?? '').localeCompare(a.dateCreated ?? ''))[0];
  switch (event) {
    case 'case.created':
      return {};
    case 'case.updated':
      return { oldLifecycle: invoice.lifecycle ?? null, newLifecycle: invoice.lifecycle ?? null };
    case 'case.closed':
      return { closeCode: invoice.closeCode ?? null, closeComment: null };
    case 'payment.created': {
      const payment = newest(stored.payments);
      return payment ? paymentEventData(payment) : 'The case has no payments.';
    }
    case 'payment.deleted':
      return 'No payment of the case was deleted.';
    case 'chat.created': {
      const chat = newest(stored.chats);
      return chat ? chatEventData(chat) : 'The case has no chat messages.';
    }
  }
}

/** Turns store changes into creditor events and queues them for the owner's matching subscriptions. */
export class CreditorWebhookPublisher {
  /** Chat and payment counts per case, to tell which change added one. */
  private readonly seen = new Map<string, { chats: number; payments: number }>();

  constructor(
    private readonly ctx: SandboxContext,
    private readonly dispatcher: WebhookDispatcher,
    private readonly origin: () => string,
  ) {
    this.countAll();
  }

  private countAll(): void {
    this.seen.clear();
    for (const stored of this.ctx.store.cases()) {
      this.seen.set(stored.invoice.id ?? '', { chats: stored.chats.length, payments: stored.payments.length });
    }
  }

  /** Active subscriptions of the case's creditor for `event`; test cases go to test subscriptions only. */
  subscribersOf(stored: StoredCase, event: string): CreditorWebhookSubscription[] {
    const test = stored.invoice.isTestCase === true;
    return this.ctx.store
      .creditorWebhooksOf(stored.creditorId)
      .filter((hook) => hook.isActive && hook.events.includes(event) && hook.isTestMode === test);
  }

  publish(
    stored: StoredCase,
    event: CreditorWebhookEvent,
    extra: Record<string, unknown>,
    to = this.subscribersOf(stored, event),
  ): number {
    if (to.length === 0) return 0;
    const envelope = creditorEventEnvelope(event, stored.invoice, extra, {
      now: this.ctx.now(),
      origin: this.origin(),
    });
    return this.dispatcher.enqueue(envelope, to);
  }

  publishChange(change: StoreChange): void {
    if (change.type === 'reset') {
      this.countAll();
      return;
    }
    if (change.type === 'caseRemoved') {
      this.seen.delete(change.stored.invoice.id ?? '');
      return;
    }
    if (change.type !== 'caseAdded' && change.type !== 'caseUpdated') return;
    const stored = change.stored;
    const id = stored.invoice.id ?? '';
    const before = this.seen.get(id) ?? { chats: stored.chats.length, payments: stored.payments.length };
    this.seen.set(id, { chats: stored.chats.length, payments: stored.payments.length });
    if (this.ctx.store.creditorWebhooksOf(stored.creditorId).length === 0) return;

    if (change.type === 'caseAdded') {
      this.publish(stored, 'case.created', {});
      return;
    }
    const newLifecycle = stored.invoice.lifecycle ?? null;
    if (newLifecycle !== change.previousLifecycle) {
      this.publish(stored, 'case.updated', { oldLifecycle: change.previousLifecycle, newLifecycle });
      if (newLifecycle && terminalLifecycles.has(newLifecycle)) {
        this.publish(stored, 'case.closed', { closeCode: stored.invoice.closeCode ?? null, closeComment: null });
      }
    }
    for (const payment of stored.payments.slice(before.payments)) {
      this.publish(stored, 'payment.created', paymentEventData(payment));
    }
    for (const chat of stored.chats.slice(before.chats)) this.publish(stored, 'chat.created', chatEventData(chat));
  }
}
