// Referral Partner API webhook subscriptions (`/v1/Webhooks`) and the events they deliver.
import { array, boolean, int, maxLength, minLength, object, optional, strictObject, string } from 'zod/mini';
import type * as z from 'zod/mini';
import { isoDateTime, optNull, uuid } from './formats.js';

/** Every event a referral partner can subscribe to, as the spec's POST /v1/Webhooks lists them. */
export const referralWebhookEvents = [
  'client.onboarding.poa_signed',
  'client.onboarding.contract_signed',
  'client.linked',
  'client.link_declined',
  'client.link_requested',
  'client.link_expired',
  'case.created',
  'case.updated',
  'case.closed',
  'cases.replay_failed',
] as const;
export type ReferralWebhookEvent = (typeof referralWebhookEvents)[number];

export function isReferralWebhookEvent(value: string): value is ReferralWebhookEvent {
  return (referralWebhookEvents as readonly string[]).includes(value);
}

/** POST /v1/Webhooks body. The URL must be HTTPS; `isTestMode` picks which data's events arrive. */
export const CreateWebhookRequest = strictObject({
  url: string().check(minLength(0), maxLength(1024)),
  events: array(string()).check(minLength(1)),
  isTestMode: optional(boolean()),
});
export type CreateWebhookRequest = z.infer<typeof CreateWebhookRequest>;

/** PUT /v1/Webhooks/{id} body: only the fields given change; `regenerateSecret` rotates the secret. */
export const UpdateWebhookRequest = strictObject({
  url: optNull(string().check(minLength(0), maxLength(1024))),
  events: optNull(array(string())),
  isActive: optNull(boolean()),
  regenerateSecret: optional(boolean()),
  isTestMode: optNull(boolean()),
});
export type UpdateWebhookRequest = z.infer<typeof UpdateWebhookRequest>;

/** A subscription. `secret` (Base64) is only present on creation and on secret regeneration. */
export const WebhookDto = object({
  id: optional(uuid),
  url: optNull(string()),
  events: optNull(array(string())),
  isActive: optional(boolean()),
  createdUtc: optional(isoDateTime),
  updatedUtc: optional(isoDateTime),
  disabledReason: optNull(string()),
  secret: optNull(string()),
  isTestMode: optional(boolean()),
});
export type WebhookDto = z.infer<typeof WebhookDto>;

/** POST /v1/Webhooks/test body: case events need `caseId`, client events `externalTenantId`. */
export const TriggerTestWebhookRequest = strictObject({
  eventType: string().check(minLength(1)),
  caseId: optNull(uuid),
  externalTenantId: optNull(string()),
  oldLifecycle: optNull(string()),
  newLifecycle: optNull(string()),
  closeCode: optNull(string()),
  closeComment: optNull(string()),
});
export type TriggerTestWebhookRequest = z.infer<typeof TriggerTestWebhookRequest>;

export const TriggerTestWebhookResponse = object({
  eventType: optNull(string()),
  enqueuedCount: optional(int()),
  message: optNull(string()),
});
export type TriggerTestWebhookResponse = z.infer<typeof TriggerTestWebhookResponse>;
