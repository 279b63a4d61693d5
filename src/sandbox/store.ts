// The sandbox state: tenants (the partner's linked clients), their cases, stored idempotent answers and
// the partner's webhook subscriptions.
// Everything lives in memory; with `dataFile` set every save() writes a JSON snapshot.
import type { CaseFileDto, ChatDto, InvoiceDto, PaymentDto, TimelineItemDto } from '../wire/index.js';
import { writeSnapshot, type SandboxSnapshot } from './persistence.js';
import type { WebhookSubscription } from './webhooks/subscription.js';

/** A snapshot with the partner's webhook subscriptions; files written before they existed lack them. */
type SnapshotWithWebhooks = SandboxSnapshot & { webhooks?: WebhookSubscription[] };

/**
 * Where a tenant's client link stands:
 * - `linked`: active link, onboarding done (token works, POST /clients answers 201);
 * - `onboarding`: client created, onboarding incomplete (POST/GET /clients answer 202, no token);
 * - `needs-linking`: an existing Debitura account matched; the link waits for approval (409).
 */
export type TenantLinkState = 'linked' | 'onboarding' | 'needs-linking';

export interface SandboxTenantUser {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  /** ISO instant. */
  dateCreated: string;
}

export interface SandboxTenant {
  externalTenantId: string;
  /** Debitura creditor id (uuid) the tenant's tokens act for. */
  creditorId: string;
  /** Id of the referral client link, used in onboarding and signing URLs. */
  clientLinkId: string;
  /** Creditor XApiKey that authenticates on the Customer API like a direct creditor. */
  creditorApiKey: string;
  companyName: string;
  link: TenantLinkState;
  /** Debt collection agreement (SDCA) signed and current. */
  sdcaSigned: boolean;
  /** Collection partners this creditor has signed a power of attorney for. */
  signedPoaPartnerIds: string[];
  /** Director KYC data on file (needed by partners that require KYC). */
  kycOnFile: boolean;
  /** Debitura blocked the creditor: case creation answers 422 CreditorBlocked. */
  blocked: boolean;
  /** False for an existing Debitura account that approved a link (REFERENCE §2.2). */
  isAttributedClient: boolean;
  /** ISO instant the link was created. */
  dateLinked: string;
  users: SandboxTenantUser[];
  // Profile fields, as GET /me (CreditorMeApiDTO) shows them.
  companyRegistrationNumber: string | null;
  address: string | null;
  zipCode: string | null;
  city: string | null;
  state: string | null;
  /** ISO alpha-2. */
  country: string | null;
  officeEmail: string | null;
  officePhone: string | null;
}

/** A case with everything its sub-resources return. */
export interface StoredCase {
  creditorId: string;
  invoice: InvoiceDto;
  timeline: TimelineItemDto[];
  payments: PaymentDto[];
  chats: ChatDto[];
  files: (CaseFileDto & { size: number })[];
  /** The request's `tag`, for DELETE /test/cases?tag=... */
  tag: string | null;
}

/** A stored answer to an idempotent POST; replayed verbatim for the same key and body. */
export interface IdempotentAnswer {
  bodyHash: string;
  status: number;
  body: unknown;
}

export class SandboxStore {
  tenants = new Map<string, SandboxTenant>();
  cases = new Map<string, StoredCase>();
  /** Keyed by `idempotencyKeyOf(creditorId, key)`. */
  idempotency = new Map<string, IdempotentAnswer>();
  /** The partner's webhook subscriptions by (lower-case) id. */
  webhooks = new Map<string, WebhookSubscription>();

  constructor(private readonly dataFile?: string) {}

  tenantByCreditorId(creditorId: string): SandboxTenant | undefined {
    for (const tenant of this.tenants.values()) if (tenant.creditorId === creditorId) return tenant;
    return undefined;
  }

  tenantByCreditorApiKey(apiKey: string): SandboxTenant | undefined {
    for (const tenant of this.tenants.values()) if (tenant.creditorApiKey === apiKey) return tenant;
    return undefined;
  }

  tenantByClientLinkId(clientLinkId: string): SandboxTenant | undefined {
    const wanted = clientLinkId.toLowerCase();
    for (const tenant of this.tenants.values()) if (tenant.clientLinkId.toLowerCase() === wanted) return tenant;
    return undefined;
  }

  /** The creditor's cases in insertion order (tenant isolation starts here). */
  casesOf(creditorId: string): StoredCase[] {
    return [...this.cases.values()].filter((stored) => stored.creditorId === creditorId);
  }

  /** A case only when it belongs to the creditor; another tenant's case is as absent as a missing one. */
  caseOf(creditorId: string, caseId: string): StoredCase | undefined {
    const stored = this.cases.get(caseId.toLowerCase());
    return stored?.creditorId === creditorId ? stored : undefined;
  }

  /** Adds or replaces a case, keyed by its (lower-case) invoice id. */
  putCase(stored: StoredCase): void {
    const id = stored.invoice.id;
    if (!id) throw new Error('A stored case needs invoice.id');
    this.cases.set(id.toLowerCase(), stored);
  }

  idempotencyKeyOf(creditorId: string, key: string): string {
    return `${creditorId}\u0000${key}`;
  }

  /** Next free numeric user id across all tenants (user ids are int32 on the wire). */
  nextUserId(): number {
    let max = 0;
    for (const tenant of this.tenants.values()) for (const user of tenant.users) max = Math.max(max, user.id);
    return max + 1;
  }

  /** Writes the snapshot when the sandbox was started with a data file; call after every change. */
  save(): void {
    if (this.dataFile) writeSnapshot(this.dataFile, this.snapshot());
  }

  snapshot(): SandboxSnapshot {
    const snapshot: SnapshotWithWebhooks = {
      version: 1,
      tenants: [...this.tenants.values()],
      cases: [...this.cases.values()],
      idempotency: [...this.idempotency.entries()],
      webhooks: [...this.webhooks.values()],
    };
    return snapshot;
  }

  /** Replaces the whole state (reset to the seed, or load from the data file). */
  restore(snapshot: SandboxSnapshot): void {
    this.tenants = new Map(snapshot.tenants.map((tenant) => [tenant.externalTenantId, tenant]));
    this.cases = new Map();
    for (const stored of snapshot.cases) this.putCase(stored);
    this.idempotency = new Map(snapshot.idempotency);
    // The seed has no subscriptions, so a reset also drops them (and stops their pending retries).
    this.webhooks = new Map(
      ((snapshot as SnapshotWithWebhooks).webhooks ?? []).map((subscription) => [
        subscription.id.toLowerCase(),
        subscription,
      ]),
    );
  }
}
