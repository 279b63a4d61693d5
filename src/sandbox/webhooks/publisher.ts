// Turns events into deliveries: picks the partner's subscriptions that should receive each one.
import { lifecycleLabels, type ReferralWebhookEvent } from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import type { SandboxTenant, StoredCase } from '../state.js';
import type { StoreChange } from '../store.js';
import type { WebhookDispatcher } from './dispatcher.js';
import {
  caseEventEnvelope,
  clientEventEnvelope,
  replayFailedEnvelope,
  type CaseEventDetails,
  type WebhookEnvelope,
} from './event-envelope.js';
import type { WebhookSubscription } from './subscription.js';

/** Lifecycles a case never leaves; reaching one is `case.closed` as well as `case.updated`. */
const terminalLifecycles = new Set<string>([lifecycleLabels.Closed, lifecycleLabels.Merged]);

/**
 * Which classification of subscription receives an event: test data goes to test subscriptions only and
 * live data to production ones only (REFERENCE §5.1); `any` is for the explicit test trigger.
 */
export type Audience = 'test' | 'production' | 'any';

/** The `client.*` event of a change to a client link, if it is one. */
function clientEventOf(change: StoreChange): ReferralWebhookEvent | undefined {
  switch (change.type) {
    case 'clientAdded':
      // A client that is ready at once has, in effect, signed its contract.
      return change.tenant.link === 'linked' && change.tenant.sdcaSigned
        ? 'client.onboarding.contract_signed'
        : undefined;
    case 'linkRequested':
      return 'client.link_requested';
    case 'linkApproved':
      return 'client.linked';
    case 'linkEnded':
      if (change.reason === 'declined') return 'client.link_declined';
      return change.reason === 'expired' ? 'client.link_expired' : undefined;
    case 'contractSigned':
      return 'client.onboarding.contract_signed';
    case 'poaSigned':
      return 'client.onboarding.poa_signed';
    default:
      return undefined;
  }
}

export class WebhookPublisher {
  constructor(
    private readonly ctx: SandboxContext,
    private readonly dispatcher: WebhookDispatcher,
    private readonly origin: () => string,
  ) {}

  hasSubscriptions(): boolean {
    return this.ctx.store.webhooks().length > 0;
  }

  subscribersOf(event: string, audience: Audience): WebhookSubscription[] {
    return this.ctx.store
      .webhooks()
      .filter(
        (subscription) =>
          subscription.isActive &&
          subscription.events.includes(event) &&
          (audience === 'any' || subscription.isTestMode === (audience === 'test')),
      );
  }

  /** Queues the event for its subscribers and returns how many deliveries were queued. */
  publish(envelope: WebhookEnvelope, audience: Audience): number {
    return this.dispatcher.enqueue(envelope, this.subscribersOf(envelope.event, audience));
  }

  /**
   * The events a store change amounts to: a new case is `case.created`, a new lifecycle `case.updated`, and
   * each step of a client's link its `client.*` event. Client events concern live data, so production
   * (non-test) subscriptions receive them.
   */
  publishChange(change: StoreChange): void {
    if (!this.hasSubscriptions()) return;
    const clientEvent = clientEventOf(change);
    if (clientEvent && 'tenant' in change) {
      const setting = { now: this.ctx.now(), origin: this.origin(), test: false };
      this.publish(clientEventEnvelope(clientEvent, change.tenant, setting), 'production');
      return;
    }
    if (change.type === 'casesReplayFailed') {
      const setting = { now: this.ctx.now(), origin: this.origin(), test: false };
      this.publish(replayFailedEnvelope(change.tenant, change.failures, setting), 'production');
      return;
    }
    if (change.type === 'caseAdded') {
      this.publishCaseChange(change.stored, { event: 'case.created' });
      return;
    }
    if (change.type !== 'caseUpdated') return;
    const newLifecycle = change.stored.invoice.lifecycle ?? null;
    if (newLifecycle === change.previousLifecycle) return;
    this.publishCaseChange(change.stored, {
      event: 'case.updated',
      oldLifecycle: change.previousLifecycle,
      newLifecycle,
    });
    if (newLifecycle && terminalLifecycles.has(newLifecycle)) {
      this.publishCaseChange(change.stored, {
        event: 'case.closed',
        closeCode: change.stored.invoice.closeCode ?? null,
        closeComment: null,
      });
    }
  }

  /** A case event for a case of one of the partner's clients. */
  private publishCaseChange(stored: StoredCase, details: CaseEventDetails): void {
    const tenant = this.ctx.store.tenantByCreditorId(stored.creditorId);
    // A company whose link still waits for approval is not the partner's client yet.
    if (!tenant || tenant.link === 'needs-linking') return;
    this.publishCaseEvent(details, tenant, stored);
  }

  private publishCaseEvent(details: CaseEventDetails, tenant: SandboxTenant, stored: StoredCase): void {
    const test = stored.invoice.isTestCase === true;
    const envelope = caseEventEnvelope(details, tenant, stored.invoice, {
      now: this.ctx.now(),
      origin: this.origin(),
      test,
    });
    this.publish(envelope, test ? 'test' : 'production');
  }
}
