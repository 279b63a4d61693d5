// The shapes of the sandbox state: the partner's clients (tenants) with their Debitura accounts, the cases,
// stored idempotent answers and the partner's webhook subscriptions. Plain data, so a snapshot is JSON.
import type {
  CaseFileDto,
  ChatDto,
  CreateCollectionCaseRequestApiViewModel,
  InvoiceDto,
  PaymentDto,
  TimelineItemDto,
} from '../wire/index.js';
import type { WebhookSubscription } from './webhooks/subscription.js';

/**
 * Where a tenant's client link stands:
 * - `linked`: active link (token works; POST /clients answers 201 once the SDCA is signed);
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

/** The director data of the latest KYC submission (REFERENCE §2.5: the latest one counts). */
export interface KycRecord {
  directorFullName: string;
  directorHomeAddress: string;
  /** ISO date. */
  directorDateOfBirth: string;
  /** ISO instant. */
  dateCreated: string;
}

/** A link request waiting for the existing Debitura account to approve it (the 409 path). */
export interface LinkRequest {
  /** ISO instants. */
  requestedAt: string;
  expiresAt: string;
  /** Cases sent with the request; created on approval with allowPendingContracts forced. */
  pendingCases: CreateCollectionCaseRequestApiViewModel[];
}

/** Steps of the hosted onboarding done so far (company details → users → KYC when needed → SDCA). */
export interface OnboardingProgress {
  companyDetails: boolean;
  users: boolean;
  /** KYC is part of the onboarding whatever the country (the `unlinked-onboarding` tenant). */
  kycRequired?: boolean;
}

/** A division (business unit, branch) of a creditor, as POST/PUT /divisions set it. */
export interface SandboxDivision {
  id: string;
  companyName: string;
  registrationNumber: string | null;
  address: string | null;
  zipCode: string | null;
  state: string | null;
  city: string;
  /** ISO alpha-2. */
  countryCode: string;
  officeEmail: string | null;
  officePhone: string | null;
  isArchived: boolean;
  /** ISO instants. */
  createdUtc: string;
  updatedUtc: string | null;
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
  /** The latest KYC submission; absent for seeded data on file and before any submission. */
  kycVerification?: KycRecord;
  /** Debitura blocked the creditor: case creation answers 422 CreditorBlocked. */
  blocked: boolean;
  /** False for an existing Debitura account that approved a link (REFERENCE §2.2). */
  isAttributedClient: boolean;
  /** ISO instant the link was created. */
  dateLinked: string;
  /** The partner's share of Debitura's earnings on this client, in percent, snapshotted when the link was made. */
  referralFeePercentage?: number;
  /** Set while `link` is `needs-linking`. */
  linkRequest?: LinkRequest;
  /** Set while `link` is `onboarding`. */
  onboarding?: OnboardingProgress;
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
  /** The creditor's divisions; absent when it has none. */
  divisions?: SandboxDivision[];
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

/** The whole state, as the data file holds it. Files written before webhooks existed lack `webhooks`. */
export interface SandboxSnapshot {
  version: 1;
  tenants: SandboxTenant[];
  cases: StoredCase[];
  idempotency: [string, IdempotentAnswer][];
  webhooks?: WebhookSubscription[];
  /** Creditors' own subscriptions (Customer API `/webhooks`); absent in files written before them. */
  creditorWebhooks?: CreditorWebhookSubscription[];
}

/** A creditor's subscription on the Customer API: the partner's kind of subscription plus its owner. */
export interface CreditorWebhookSubscription extends WebhookSubscription {
  creditorId: string;
}
