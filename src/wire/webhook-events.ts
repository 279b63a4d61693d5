// The JSON body of a webhook delivery: an envelope `{ id, specVersion, event, timestamp, classification?, data,
// links }` around per-event `data` (REFERENCE §5.2). Event names are those both specs list: the Referral Partner
// API's ten (POST /v1/Webhooks) and the Customer API's six (POST /webhooks), which share the three `case.*`.
// Debitura publishes the per-event `data` keys only in part (REFERENCE §9.6), and the two specs' examples
// disagree (§5.2 CONFLICT: `evt_…` ids and a flat case summary in the Customer spec), so the keys both name are
// typed, every other key passes through, and ids are read as plain strings: a delivery Debitura sends must
// never fail here because one example was loose.
import {
  boolean,
  discriminatedUnion,
  literal,
  looseObject,
  minLength,
  nullable,
  number,
  optional,
  record,
  string,
} from 'zod/mini';
import type * as z from 'zod/mini';
import { isoDateTime, optNull } from './formats.js';
import { referralWebhookEvents } from './webhooks.js';

const id = string().check(minLength(1));

/** What every case event carries: the case (`caseId`, `reference`) and, for partners, whose case it is. */
const caseFields = {
  caseId: id,
  reference: optNull(string()),
  externalTenantId: optNull(string()),
  /** In the Customer spec's example only; the case-identifiers page says events do not carry it. */
  creditorReference: optNull(string()),
  status: optNull(string()),
  amount: optNull(number()),
  currency: optNull(string()),
  debtorName: optNull(string()),
};

const CaseEventData = looseObject(caseFields);
/** `case.updated` fires on lifecycle changes only, with the lifecycle before and after. */
const CaseUpdatedData = looseObject({
  ...caseFields,
  oldLifecycle: optNull(string()),
  newLifecycle: optNull(string()),
});
const CaseClosedData = looseObject({
  ...caseFields,
  closeCode: optNull(string()),
  closeComment: optNull(string()),
});

/** The creditor a client event is about (absent `isAttributed` on `client.link_declined`). */
const WebhookCreditor = looseObject({
  id: optional(id),
  companyName: optNull(string()),
  registrationNumber: optNull(string()),
  countryId: optNull(string()),
  isAttributed: optional(boolean()),
});

const clientFields = { externalTenantId: string(), creditor: optional(nullable(WebhookCreditor)) };
const ClientEventData = looseObject(clientFields);
const PoaSignedData = looseObject({ ...clientFields, signedAt: optional(isoDateTime) });

/** `cases.replay_failed`: a stored case from a 409 link request could not be created; retry it via the Customer API. */
const ReplayFailedData = looseObject({ externalTenantId: optNull(string()) });

/** Customer API payment and chat events: the case they belong to, the rest as sent. */
const CaseResourceData = looseObject({ caseId: id });

/* @__NO_SIDE_EFFECTS__ */
function envelope<E extends string, D extends z.core.SomeType>(event: E, data: D) {
  return looseObject({
    id,
    specVersion: optional(string()),
    event: literal(event),
    timestamp: optional(isoDateTime),
    /** `test` for events of test data, which only test-mode subscriptions receive. */
    classification: optional(string()),
    data,
    links: optional(record(string(), string())),
  });
}

export const DebituraWebhookEvent = discriminatedUnion('event', [
  envelope('client.onboarding.poa_signed', PoaSignedData),
  envelope('client.onboarding.contract_signed', ClientEventData),
  envelope('client.linked', ClientEventData),
  envelope('client.link_declined', ClientEventData),
  envelope('client.link_requested', ClientEventData),
  envelope('client.link_expired', ClientEventData),
  envelope('case.created', CaseEventData),
  envelope('case.updated', CaseUpdatedData),
  envelope('case.closed', CaseClosedData),
  envelope('cases.replay_failed', ReplayFailedData),
  envelope('payment.created', CaseResourceData),
  envelope('payment.deleted', CaseResourceData),
  envelope('chat.created', CaseResourceData),
]);
/** A verified webhook delivery; `event` tells which one, and narrows `data`. */
export type DebituraWebhookEvent = z.infer<typeof DebituraWebhookEvent>;
/** Every event name a delivery can carry. */
export type DebituraWebhookEventName = DebituraWebhookEvent['event'];
/** The delivery of one event, e.g. `WebhookEventOf<'case.closed'>`. */
export type WebhookEventOf<E extends DebituraWebhookEventName> = Extract<DebituraWebhookEvent, { event: E }>;

/** Every event name this version reads: the Referral API's, then the Customer API's own. */
export const debituraWebhookEventNames = [
  ...referralWebhookEvents,
  'payment.created',
  'payment.deleted',
  'chat.created',
] as const satisfies readonly DebituraWebhookEventName[];

// Fails to compile when the union gains an event the list above lacks.
true satisfies Exclude<DebituraWebhookEventName, (typeof debituraWebhookEventNames)[number]> extends never
  ? true
  : false;
