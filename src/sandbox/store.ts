// The sandbox state has one owner: this store. Routes read through its lookups and change state only through
// its named mutations (addClient, approveLink, signContract, addCase, updateCase, addWebhook …); every
// mutation publishes a StoreChange to its subscribers. Persistence (persistence.ts) subscribes to write the
// data file, webhooks (webhooks/index.ts) subscribe to turn changes into case.* and client.* events. The store
// imports neither, so nothing a route does can forget to save or to notify. The data shapes are in state.ts.
import type { CaseCreationFailure } from '../wire/index.js';
import type { WebhookSubscription } from './webhooks/subscription.js';
import type {
  CreditorWebhookSubscription,
  IdempotentAnswer,
  KycRecord,
  SandboxDivision,
  SandboxSnapshot,
  SandboxTenant,
  StoredCase,
} from './state.js';

/** Why a client link ended: its record leaves the store (and with `deleted`, its cases too). */
export type LinkEndReason = 'declined' | 'expired' | 'withdrawn' | 'deleted';

/** A hosted onboarding step other than KYC and signing, which have their own mutations. */
export type OnboardingStep = 'companyDetails' | 'users';

/** What a mutation did, as subscribers receive it. Tenants and cases are the live records after the change. */
export type StoreChange =
  | { type: 'reset' }
  | { type: 'clientAdded'; tenant: SandboxTenant }
  | { type: 'linkRequested'; tenant: SandboxTenant }
  | { type: 'linkApproved'; tenant: SandboxTenant }
  | { type: 'linkEnded'; tenant: SandboxTenant; reason: LinkEndReason }
  | { type: 'clientDetailsChanged'; tenant: SandboxTenant; step: OnboardingStep }
  | { type: 'contractSigned'; tenant: SandboxTenant; linkedNow: boolean }
  | { type: 'poaSigned'; tenant: SandboxTenant; partnerId: string }
  | { type: 'kycSubmitted'; tenant: SandboxTenant }
  | { type: 'casesReplayFailed'; tenant: SandboxTenant; failures: CaseCreationFailure[] }
  | { type: 'caseAdded'; stored: StoredCase }
  | { type: 'caseUpdated'; stored: StoredCase; previousLifecycle: string | null }
  | { type: 'caseRemoved'; stored: StoredCase }
  | { type: 'answerStored' }
  | { type: 'webhookAdded' | 'webhookUpdated' | 'webhookRemoved'; subscription: WebhookSubscription }
  | { type: 'divisionsChanged'; tenant: SandboxTenant }
  | {
      type: 'creditorWebhookAdded' | 'creditorWebhookUpdated' | 'creditorWebhookRemoved';
      subscription: CreditorWebhookSubscription;
    };

export type StoreListener = (change: StoreChange) => void;

/** Company and user fields the hosted onboarding lets the client correct. */
export type ClientDetails = Partial<
  Pick<
    SandboxTenant,
    | 'companyName'
    | 'companyRegistrationNumber'
    | 'address'
    | 'zipCode'
    | 'city'
    | 'state'
    | 'country'
    | 'officeEmail'
    | 'officePhone'
    | 'users'
  >
>;

export class SandboxStore {
  #tenants = new Map<string, SandboxTenant>();
  #cases = new Map<string, StoredCase>();
  /** Keyed by `idempotencyKeyOf(scope, key)`. */
  #answers = new Map<string, IdempotentAnswer>();
  /** The partner's webhook subscriptions by (lower-case) id. */
  #webhooks = new Map<string, WebhookSubscription>();
  /** Creditors' own subscriptions by (lower-case) id. */
  #creditorWebhooks = new Map<string, CreditorWebhookSubscription>();
  readonly #listeners = new Set<StoreListener>();

  /** Calls `listener` after every mutation; returns the unsubscribe function. */
  subscribe(listener: StoreListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #publish(change: StoreChange): void {
    for (const listener of this.#listeners) listener(change);
  }

  // ---- Lookups (callers read the records; only the mutations below change them) ----

  tenant(externalTenantId: string): SandboxTenant | undefined {
    return this.#tenants.get(externalTenantId);
  }

  tenants(): SandboxTenant[] {
    return [...this.#tenants.values()];
  }

  tenantByCreditorId(creditorId: string): SandboxTenant | undefined {
    for (const tenant of this.#tenants.values()) if (tenant.creditorId === creditorId) return tenant;
    return undefined;
  }

  tenantByCreditorApiKey(apiKey: string): SandboxTenant | undefined {
    for (const tenant of this.#tenants.values()) if (tenant.creditorApiKey === apiKey) return tenant;
    return undefined;
  }

  tenantByClientLinkId(clientLinkId: string): SandboxTenant | undefined {
    const wanted = clientLinkId.toLowerCase();
    for (const tenant of this.#tenants.values()) if (tenant.clientLinkId.toLowerCase() === wanted) return tenant;
    return undefined;
  }

  /** Every case, in insertion order. */
  cases(): StoredCase[] {
    return [...this.#cases.values()];
  }

  /** A case by id whoever owns it (the partner-wide view of webhooks). */
  caseById(caseId: string): StoredCase | undefined {
    return this.#cases.get(caseId.toLowerCase());
  }

  /** The creditor's cases in insertion order (tenant isolation starts here). */
  casesOf(creditorId: string): StoredCase[] {
    return this.cases().filter((stored) => stored.creditorId === creditorId);
  }

  /** A case only when it belongs to the creditor; another tenant's case is as absent as a missing one. */
  caseOf(creditorId: string, caseId: string): StoredCase | undefined {
    const stored = this.caseById(caseId);
    return stored?.creditorId === creditorId ? stored : undefined;
  }

  isCaseReferenceTaken(reference: string): boolean {
    for (const stored of this.#cases.values()) if (stored.invoice.reference === reference) return true;
    return false;
  }

  /** The stored answer of an idempotent request, by the caller's scope (a creditor, a client) and key. */
  answer(scope: string, key: string): IdempotentAnswer | undefined {
    return this.#answers.get(idempotencyKeyOf(scope, key));
  }

  webhook(id: string): WebhookSubscription | undefined {
    return this.#webhooks.get(id.toLowerCase());
  }

  webhooks(): WebhookSubscription[] {
    return [...this.#webhooks.values()];
  }

  /** A creditor's subscription; another creditor's is as absent as a missing one. */
  creditorWebhook(creditorId: string, id: string): CreditorWebhookSubscription | undefined {
    const subscription = this.#creditorWebhooks.get(id.toLowerCase());
    return subscription?.creditorId === creditorId ? subscription : undefined;
  }

  /** Every creditor subscription, whoever owns it (delivery looks them up by id). */
  creditorWebhooks(): CreditorWebhookSubscription[] {
    return [...this.#creditorWebhooks.values()];
  }

  creditorWebhooksOf(creditorId: string): CreditorWebhookSubscription[] {
    return this.creditorWebhooks().filter((subscription) => subscription.creditorId === creditorId);
  }

  /** Next free numeric user id across all tenants (user ids are int32 on the wire). */
  nextUserId(): number {
    let max = 0;
    for (const tenant of this.#tenants.values()) for (const user of tenant.users) max = Math.max(max, user.id);
    return max + 1;
  }

  snapshot(): SandboxSnapshot {
    return {
      version: 1,
      tenants: this.tenants(),
      cases: this.cases(),
      idempotency: [...this.#answers.entries()],
      webhooks: this.webhooks(),
      creditorWebhooks: this.creditorWebhooks(),
    };
  }

  // ---- Mutations ----

  /** Replaces the whole state (reset to the seed, or the data file at start). */
  restore(snapshot: SandboxSnapshot): void {
    this.#tenants = new Map(snapshot.tenants.map((tenant) => [tenant.externalTenantId, tenant]));
    this.#cases = new Map(snapshot.cases.map((stored) => [caseKeyOf(stored), stored]));
    this.#answers = new Map(snapshot.idempotency);
    // The seed has no subscriptions, so a reset also drops them (and stops their pending retries).
    this.#webhooks = new Map(
      (snapshot.webhooks ?? []).map((subscription) => [subscription.id.toLowerCase(), subscription]),
    );
    this.#creditorWebhooks = new Map(
      (snapshot.creditorWebhooks ?? []).map((subscription) => [subscription.id.toLowerCase(), subscription]),
    );
    this.#publish({ type: 'reset' });
  }

  /** A new client link: created by POST /clients (attributed), onboarding or already linked. */
  addClient(tenant: SandboxTenant): void {
    this.#tenants.set(tenant.externalTenantId, tenant);
    this.#publish({ type: 'clientAdded', tenant });
  }

  /** An existing Debitura account matched: its link waits for approval. */
  requestLink(tenant: SandboxTenant): void {
    this.#tenants.set(tenant.externalTenantId, tenant);
    this.#publish({ type: 'linkRequested', tenant });
  }

  /** The account approved the link: a non-attributed client from now on. */
  approveLink(tenant: SandboxTenant): void {
    this.#changeTenant(tenant, (record) => {
      record.link = 'linked';
      record.isAttributedClient = false;
      delete record.linkRequest;
    });
    this.#publish({ type: 'linkApproved', tenant });
  }

  /** The link ends; the record leaves the store, with its cases when the client is deleted. */
  endLink(tenant: SandboxTenant, reason: LinkEndReason): void {
    this.#owned(tenant);
    this.#tenants.delete(tenant.externalTenantId);
    if (reason === 'deleted') {
      for (const [key, stored] of this.#cases) if (stored.creditorId === tenant.creditorId) this.#cases.delete(key);
    }
    this.#publish({ type: 'linkEnded', tenant, reason });
  }

  /** A hosted onboarding step confirmed, with the details the client corrected on it. */
  completeOnboardingStep(tenant: SandboxTenant, step: OnboardingStep, details: ClientDetails = {}): void {
    this.#changeTenant(tenant, (record) => {
      Object.assign(record, details);
      record.onboarding = { companyDetails: false, users: false, ...record.onboarding, [step]: true };
    });
    this.#publish({ type: 'clientDetailsChanged', tenant, step });
  }

  /** The SDCA is signed; a client still onboarding becomes linked with it. */
  signContract(tenant: SandboxTenant): void {
    const linkedNow = tenant.link === 'onboarding';
    this.#changeTenant(tenant, (record) => {
      record.sdcaSigned = true;
      if (linkedNow) {
        record.link = 'linked';
        delete record.onboarding;
      }
    });
    this.#publish({ type: 'contractSigned', tenant, linkedNow });
  }

  /** A power of attorney for one collection partner; signing it twice changes nothing. */
  signPoa(tenant: SandboxTenant, partnerId: string): void {
    if (tenant.signedPoaPartnerIds.includes(partnerId)) return;
    this.#changeTenant(tenant, (record) => record.signedPoaPartnerIds.push(partnerId));
    this.#publish({ type: 'poaSigned', tenant, partnerId });
  }

  /** Director KYC data on file; the latest submission is the one kept. */
  recordKyc(tenant: SandboxTenant, record?: KycRecord): void {
    this.#changeTenant(tenant, (current) => {
      current.kycOnFile = true;
      if (record) current.kycVerification = record;
    });
    this.#publish({ type: 'kycSubmitted', tenant });
  }

  /** Cases of an approved link request that could not be created; nothing is stored, subscribers are told. */
  reportReplayFailures(tenant: SandboxTenant, failures: CaseCreationFailure[]): void {
    this.#owned(tenant);
    this.#publish({ type: 'casesReplayFailed', tenant, failures });
  }

  addCase(stored: StoredCase): void {
    this.#cases.set(caseKeyOf(stored), stored);
    this.#publish({ type: 'caseAdded', stored });
  }

  /** Changes a case in `apply`; subscribers learn the lifecycle it had before. */
  updateCase(stored: StoredCase, apply: (stored: StoredCase) => void): void {
    if (this.#cases.get(caseKeyOf(stored)) !== stored) throw new Error('updateCase: the case is not in the store');
    const previousLifecycle = stored.invoice.lifecycle ?? null;
    apply(stored);
    this.#publish({ type: 'caseUpdated', stored, previousLifecycle });
  }

  removeCase(stored: StoredCase): void {
    if (!this.#cases.delete(caseKeyOf(stored))) return;
    this.#publish({ type: 'caseRemoved', stored });
  }

  /** Keeps a terminal answer of an idempotent request for replay. */
  storeAnswer(scope: string, key: string, answer: IdempotentAnswer): void {
    this.#answers.set(idempotencyKeyOf(scope, key), answer);
    this.#publish({ type: 'answerStored' });
  }

  addWebhook(subscription: WebhookSubscription): void {
    this.#webhooks.set(subscription.id.toLowerCase(), subscription);
    this.#publish({ type: 'webhookAdded', subscription });
  }

  /** Changes a subscription in `apply` (an update by the partner, or a delivery outcome). */
  updateWebhook(subscription: WebhookSubscription, apply: (subscription: WebhookSubscription) => void): void {
    if (this.webhook(subscription.id) !== subscription) return; // deleted meanwhile: nothing to record
    apply(subscription);
    this.#publish({ type: 'webhookUpdated', subscription });
  }

  removeWebhook(subscription: WebhookSubscription): void {
    if (!this.#webhooks.delete(subscription.id.toLowerCase())) return;
    this.#publish({ type: 'webhookRemoved', subscription });
  }

  addDivision(tenant: SandboxTenant, division: SandboxDivision): void {
    this.#changeTenant(tenant, (record) => (record.divisions ??= []).push(division));
    this.#publish({ type: 'divisionsChanged', tenant });
  }

  /** Changes one of the tenant's divisions in `apply` (an update, archiving). */
  updateDivision(tenant: SandboxTenant, division: SandboxDivision, apply: (division: SandboxDivision) => void): void {
    this.#changeTenant(tenant, (record) => {
      if (!record.divisions?.includes(division)) throw new Error('updateDivision: not a division of the tenant');
      apply(division);
    });
    this.#publish({ type: 'divisionsChanged', tenant });
  }

  removeDivision(tenant: SandboxTenant, division: SandboxDivision): void {
    this.#changeTenant(tenant, (record) => {
      record.divisions = (record.divisions ?? []).filter((candidate) => candidate !== division);
    });
    this.#publish({ type: 'divisionsChanged', tenant });
  }

  addCreditorWebhook(subscription: CreditorWebhookSubscription): void {
    this.#creditorWebhooks.set(subscription.id.toLowerCase(), subscription);
    this.#publish({ type: 'creditorWebhookAdded', subscription });
  }

  /** Changes a creditor subscription in `apply` (an update by the creditor, or a delivery outcome). */
  updateCreditorWebhook(
    subscription: CreditorWebhookSubscription,
    apply: (subscription: CreditorWebhookSubscription) => void,
  ): void {
    if (this.#creditorWebhooks.get(subscription.id.toLowerCase()) !== subscription) return; // deleted meanwhile
    apply(subscription);
    this.#publish({ type: 'creditorWebhookUpdated', subscription });
  }

  removeCreditorWebhook(subscription: CreditorWebhookSubscription): void {
    if (!this.#creditorWebhooks.delete(subscription.id.toLowerCase())) return;
    this.#publish({ type: 'creditorWebhookRemoved', subscription });
  }

  #owned(tenant: SandboxTenant): void {
    if (this.#tenants.get(tenant.externalTenantId) !== tenant) throw new Error('The tenant is not in the store');
  }

  #changeTenant(tenant: SandboxTenant, apply: (tenant: SandboxTenant) => void): void {
    this.#owned(tenant);
    apply(tenant);
  }
}

function caseKeyOf(stored: StoredCase): string {
  const id = stored.invoice.id;
  if (!id) throw new Error('A stored case needs invoice.id');
  return id.toLowerCase();
}

function idempotencyKeyOf(scope: string, key: string): string {
  return `${scope}\u0000${key}`;
}
