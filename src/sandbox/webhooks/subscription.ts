// A partner's webhook subscription as the sandbox keeps it, and the WebhookDto the API shows of it.
import { randomBytes, randomUUID } from 'node:crypto';
import type { CreateWebhookRequest, UpdateWebhookRequest, WebhookDto } from '../../wire/index.js';

export interface WebhookSubscription {
  id: string;
  url: string;
  events: string[];
  isActive: boolean;
  /** ISO instants. */
  createdUtc: string;
  updatedUtc: string;
  /** Why delivery switched the subscription off; null when active or switched off by the partner. */
  disabledReason: string | null;
  /** Base64 of the HMAC key; the API shows it only on creation and regeneration. */
  secret: string;
  /** Test classification: receives events of test cases only; production subscriptions the others. */
  isTestMode: boolean;
  /** Failed delivery attempts since the last success; too many in a row switch the subscription off. */
  consecutiveFailures: number;
}

/** 32 random bytes, Base64, like the secrets Debitura hands out (receivers Base64-decode it into the HMAC key). */
export function newWebhookSecret(): string {
  return randomBytes(32).toString('base64');
}

/** The DTO of a subscription; the secret only when the answer is the one moment it may be shown. */
export function webhookDtoOf(subscription: WebhookSubscription, showSecret: boolean): WebhookDto {
  return {
    id: subscription.id,
    url: subscription.url,
    events: [...subscription.events],
    isActive: subscription.isActive,
    createdUtc: subscription.createdUtc,
    updatedUtc: subscription.updatedUtc,
    disabledReason: subscription.disabledReason,
    secret: showSecret ? subscription.secret : null,
    isTestMode: subscription.isTestMode,
  };
}

/** A new, active subscription with a fresh secret. */
export function newSubscription(request: CreateWebhookRequest, now: Date): WebhookSubscription {
  const at = now.toISOString();
  return {
    id: randomUUID(),
    url: request.url,
    events: [...new Set(request.events)],
    isActive: true,
    createdUtc: at,
    updatedUtc: at,
    disabledReason: null,
    secret: newWebhookSecret(),
    isTestMode: request.isTestMode ?? false,
    consecutiveFailures: 0,
  };
}

/** Applies an update's given fields to a subscription record (inside the store's update mutation). */
export function applySubscriptionUpdate(record: WebhookSubscription, update: UpdateWebhookRequest, now: Date): void {
  if (update.url != null) record.url = update.url;
  if (update.events != null) record.events = [...new Set(update.events)];
  if (update.isTestMode != null) record.isTestMode = update.isTestMode;
  if (update.isActive != null) {
    record.isActive = update.isActive;
    // Re-enabling gives an auto-disabled hook a clean slate; disabling by hand has no "reason".
    record.disabledReason = null;
    if (update.isActive) record.consecutiveFailures = 0;
  }
  if (update.regenerateSecret === true) record.secret = newWebhookSecret();
  record.updatedUtc = now.toISOString();
}
