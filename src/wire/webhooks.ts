// Referral Partner API webhook subscriptions (`/v1/Webhooks`) and the events they deliver.
import * as z from 'zod/mini';
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
export const CreateWebhookRequest = z.strictObject({
  url: z.string().check(z.minLength(0), z.maxLength(1024)),
  events: z.array(z.string()).check(z.minLength(1)),
  isTestMode: z.optional(z.boolean()),
});
export type CreateWebhookRequest = z.infer<typeof CreateWebhookRequest>;

/** PUT /v1/Webhooks/{id} body: only the fields given change; `regenerateSecret` rotates the secret. */
export const UpdateWebhookRequest = z.strictObject({
  url: optNull(z.string().check(z.minLength(0), z.maxLength(1024))),
  events: optNull(z.array(z.string())),
  isActive: optNull(z.boolean()),
  regenerateSecret: z.optional(z.boolean()),
  isTestMode: optNull(z.boolean()),
});
export type UpdateWebhookRequest = z.infer<typeof UpdateWebhookRequest>;

/** A subscription. `secret` (Base64) is only present on creation and on secret regeneration. */
export const WebhookDto = z.object({
  id: z.optional(uuid),
  url: optNull(z.string()),
  events: optNull(z.array(z.string())),
  isActive: z.optional(z.boolean()),
  createdUtc: z.optional(isoDateTime),
  updatedUtc: z.optional(isoDateTime),
  disabledReason: optNull(z.string()),
  secret: optNull(z.string()),
  isTestMode: z.optional(z.boolean()),
});
export type WebhookDto = z.infer<typeof WebhookDto>;

/** POST /v1/Webhooks/test body: case events need `caseId`, client events `externalTenantId`. */
export const TriggerTestWebhookRequest = z.strictObject({
  eventType: z.string().check(z.minLength(1)),
  caseId: optNull(uuid),
  externalTenantId: optNull(z.string()),
  oldLifecycle: optNull(z.string()),
  newLifecycle: optNull(z.string()),
  closeCode: optNull(z.string()),
  closeComment: optNull(z.string()),
});
export type TriggerTestWebhookRequest = z.infer<typeof TriggerTestWebhookRequest>;

export const TriggerTestWebhookResponse = z.object({
  eventType: optNull(z.string()),
  enqueuedCount: z.optional(z.int()),
  message: optNull(z.string()),
});
export type TriggerTestWebhookResponse = z.infer<typeof TriggerTestWebhookResponse>;
