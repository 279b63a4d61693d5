// The JSON body of a webhook delivery.
//
// REFERENCE §5.2 CONFLICT: the Customer API spec's example shows `"id": "evt_…"` with a flat case summary
// (status, amount, debtorName…), while the documented partner shape is a CloudEvents-like envelope
// `{ id (uuid), specVersion "1.0", event, timestamp, data, links }`. These are Referral Partner API
// events, so the sandbox sends the documented partner envelope. Case events carry `caseId`, `reference`
// and `externalTenantId` (no `creditorReference`, per the case-identifiers page); `case.updated` adds
// `oldLifecycle`/`newLifecycle` and `case.closed` adds `closeCode`/`closeComment`, the names the test
// trigger API uses. Events of test data carry `classification: "test"`.
import { createHash, randomUUID } from 'node:crypto';
import type { CaseCreationFailure, InvoiceDto } from '../../wire/index.js';
import type { SandboxTenant } from '../state.js';

export interface WebhookEnvelope {
  id: string;
  specVersion: '1.0';
  event: string;
  /** UTC instant without fractions, e.g. `2026-01-31T15:23:45Z`. */
  timestamp: string;
  classification?: 'test';
  data: Record<string, unknown>;
  links: Record<string, string>;
}

export interface EnvelopeSetting {
  now: Date;
  /** Origin of the sandbox, for the `links` (e.g. `http://localhost:4010`). */
  origin: string;
  /** Whether the event concerns test data. */
  test: boolean;
}

function instant(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The documented envelope around an event's data, with a fresh id. */
export function envelope(
  event: string,
  data: Record<string, unknown>,
  links: Record<string, string>,
  setting: EnvelopeSetting,
): WebhookEnvelope {
  return {
    id: randomUUID(),
    specVersion: '1.0',
    event,
    timestamp: instant(setting.now),
    ...(setting.test ? { classification: 'test' as const } : {}),
    data,
    links,
  };
}

function clientLink(origin: string, tenant: SandboxTenant): string {
  return `${origin}/referral/clients/${encodeURIComponent(tenant.externalTenantId)}`;
}

/** Event-specific fields of a case event; the envelope adds the case's identity. */
export type CaseEventDetails =
  | { event: 'case.created' }
  | { event: 'case.updated'; oldLifecycle: string | null; newLifecycle: string | null }
  | { event: 'case.closed'; closeCode: string | null; closeComment: string | null };

export function caseEventEnvelope(
  details: CaseEventDetails,
  tenant: SandboxTenant,
  invoice: InvoiceDto,
  setting: EnvelopeSetting,
): WebhookEnvelope {
  const { event, ...extra } = details;
  const caseId = invoice.id ?? '';
  return envelope(
    event,
    { caseId, reference: invoice.reference ?? null, externalTenantId: tenant.externalTenantId, ...extra },
    { self: `${setting.origin}/customer/cases/${caseId}`, client: clientLink(setting.origin, tenant) },
    setting,
  );
}

/**
 * The sandbox has no country ids of its own; a stable UUID derived from the ISO code stands in for
 * Debitura's `countryId`, so the same country always carries the same id.
 */
function countryIdOf(alpha2: string): string {
  const hex = createHash('sha1').update(`country:${alpha2.toUpperCase()}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A `client.*` event, shaped like the documented `client.onboarding.poa_signed` example. */
export function clientEventEnvelope(event: string, tenant: SandboxTenant, setting: EnvelopeSetting): WebhookEnvelope {
  const creditor: Record<string, unknown> = {
    id: tenant.creditorId,
    companyName: tenant.companyName,
    registrationNumber: tenant.companyRegistrationNumber,
    countryId: tenant.country ? countryIdOf(tenant.country) : null,
  };
  // The docs list isAttributed on every client event except link_declined.
  if (event !== 'client.link_declined') creditor.isAttributed = tenant.isAttributedClient;
  const data: Record<string, unknown> = { externalTenantId: tenant.externalTenantId, creditor };
  if (event === 'client.onboarding.poa_signed') data.signedAt = instant(setting.now);
  return envelope(event, data, { client: clientLink(setting.origin, tenant) }, setting);
}

/**
 * `cases.replay_failed`: cases sent with a link request that could not be created when the link was approved.
 * Debitura publishes no payload for it; the sandbox sends the client and the failures as POST /clients
 * reports them (`caseResults.failedCases`).
 */
export function replayFailedEnvelope(
  tenant: SandboxTenant,
  failedCases: readonly CaseCreationFailure[],
  setting: EnvelopeSetting,
): WebhookEnvelope {
  return envelope(
    'cases.replay_failed',
    { externalTenantId: tenant.externalTenantId, failedCases },
    { client: clientLink(setting.origin, tenant) },
    setting,
  );
}
