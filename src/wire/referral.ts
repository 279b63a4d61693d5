// Referral Partner API (XApiKey): token minting, partner profile, client onboarding and the
// creditor-less pricing preview.
import * as z from 'zod/mini';
import { CreateCollectionCaseRequestApiViewModel, InvoiceDto } from './case.js';
import { PageData } from './case-list.js';
import { SigningHandoffDto } from './errors.js';
import { email, isoDate, isoDateTime, nested, optNull, uuid } from './formats.js';
import { JurisdictionDto, PricingPreviewDto } from './preview.js';

/** POST /oauth/token body. The tenant must have an active client link under the calling partner. */
export const CreateAccessTokenRequest = z.strictObject({
  externalTenantId: z.string().check(z.minLength(1), z.maxLength(255)),
});
export type CreateAccessTokenRequest = z.infer<typeof CreateAccessTokenRequest>;

/** A Customer API JWT for one client: HS256, typically 1800 s, no refresh token. */
export const AccessTokenResponse = z.object({
  accessToken: optNull(z.string()),
  expiresIn: z.optional(z.int()),
  creditorId: z.optional(uuid),
  externalTenantId: optNull(z.string()),
  /** Always "Bearer". */
  tokenType: optNull(z.string()),
});
export type AccessTokenResponse = z.infer<typeof AccessTokenResponse>;

export const InvoicingTriggerMode = z.enum(['PayWhenPaid', 'ConfirmedPipeline']);
export type InvoicingTriggerMode = z.infer<typeof InvoicingTriggerMode>;

/** Referral GET /me: the partner profile, including the branding Debitura's hosted pages use. */
export const ReferralPartnerResponse = z.object({
  id: z.optional(uuid),
  companyName: optNull(z.string()),
  shortName: optNull(z.string()),
  contactEmail: optNull(z.string()),
  externalSystemId: optNull(z.string()),
  /** Share of Debitura's earnings paid to the partner, in percent. */
  referralFeePercentage: z.optional(z.number()),
  isActive: z.optional(z.boolean()),
  isPublicDemo: z.optional(z.boolean()),
  logoUrl: optNull(z.string()),
  /** e.g. `#FFFFFF`. */
  backgroundColorCode: optNull(z.string()),
  fontColor: optNull(z.string()),
  fontFamily: optNull(z.string()),
  invoicingTriggerMode: z.optional(InvoicingTriggerMode),
});
export type ReferralPartnerResponse = z.infer<typeof ReferralPartnerResponse>;

/** The client company. `country` is ISO alpha-2 or the English name. */
export const ClientDetailsDto = z.strictObject({
  name: z.string().check(z.minLength(1)),
  registrationNumber: optNull(z.string()),
  address: optNull(z.string().check(z.maxLength(500))),
  zipCode: optNull(z.string().check(z.maxLength(20))),
  city: optNull(z.string().check(z.maxLength(100))),
  state: optNull(z.string().check(z.maxLength(100))),
  country: z.string().check(z.minLength(1)),
  supportEmail: email,
  supportPhone: optNull(z.string()),
});
export type ClientDetailsDto = z.infer<typeof ClientDetailsDto>;

/** With several users exactly one is the onboarding user (a Debitura rule, not checked here). */
export const ClientUserDto = z.strictObject({
  name: z.string().check(z.minLength(1)),
  email,
  isOnboardingUser: z.optional(z.boolean()),
});
export type ClientUserDto = z.infer<typeof ClientUserDto>;

/** Referral POST /clients: create or link a client, optionally with first cases. */
export const CreateClientRequest = z.strictObject({
  externalTenantId: z.string().check(z.minLength(1)),
  client: ClientDetailsDto,
  users: z.array(ClientUserDto).check(z.minLength(1)),
  cases: optNull(z.array(CreateCollectionCaseRequestApiViewModel)),
});
export type CreateClientRequest = z.infer<typeof CreateClientRequest>;

/** Where the client finishes onboarding (202) or approves a link (409). */
export const OnboardingLinksDto = z.object({
  url: optNull(z.string()),
});
export type OnboardingLinksDto = z.infer<typeof OnboardingLinksDto>;

/** The client as the Referral API shows it (a different shape from the Customer API's CreditorDto). */
export const ReferralCreditorDto = z.object({
  id: z.optional(uuid),
  companyName: optNull(z.string()),
  officeEmail: optNull(z.string()),
  country: optNull(z.string()),
  address: optNull(z.string()),
  city: optNull(z.string()),
  zipCode: optNull(z.string()),
  companyRegistrationNumber: optNull(z.string()),
});
export type ReferralCreditorDto = z.infer<typeof ReferralCreditorDto>;

export const UserDto = z.object({
  id: z.optional(z.int()),
  email: optNull(z.string()),
  firstName: optNull(z.string()),
  lastName: optNull(z.string()),
});
export type UserDto = z.infer<typeof UserDto>;

export const ClientCaseStats = z.object({
  casesTotal: z.optional(z.int()),
  casesClosed: z.optional(z.int()),
  earningsUsd: z.optional(z.number()),
});
export type ClientCaseStats = z.infer<typeof ClientCaseStats>;

/**
 * Whether a client has KYC data on file. The spec's enum lists PascalCase names while its description
 * says the wire is locked to snake_case; which one production emits is unverified, so both are read.
 */
export const kycStatuses = ['NotRequired', 'Pending', 'Verified', 'not_required', 'pending', 'verified'] as const;
export const KycStatus = z.enum(kycStatuses);
export type KycStatus = z.infer<typeof KycStatus>;

/** Review state of submitted KYC data; null until a reviewer sets it. */
export const CreditorKycVerificationStatus = z.enum(['Processing', 'Completed']);
export type CreditorKycVerificationStatus = z.infer<typeof CreditorKycVerificationStatus>;

export const KycVerificationDto = z.object({
  directorFullName: optNull(z.string()),
  directorHomeAddress: optNull(z.string()),
  directorDateOfBirth: z.optional(isoDate),
  dateCreated: z.optional(isoDateTime),
  // The spec cannot mark this $ref nullable, but its description makes null the not-yet-reviewed state.
  verificationStatus: optNull(CreditorKycVerificationStatus),
  verificationStatusUpdatedAt: optNull(isoDateTime),
});
export type KycVerificationDto = z.infer<typeof KycVerificationDto>;

/** Referral POST /clients/{externalTenantId}/kyc-verification body: the director's identity. */
export const SubmitKycVerificationRequest = z.strictObject({
  directorFullName: z.string().check(z.minLength(1), z.maxLength(500)),
  directorHomeAddress: z.string().check(z.minLength(1), z.maxLength(1000)),
  directorDateOfBirth: isoDate,
});
export type SubmitKycVerificationRequest = z.infer<typeof SubmitKycVerificationRequest>;

/** `errorType` values of a case that POST /clients could not create. */
export const caseCreationErrorTypes = [
  'NoPartnerAvailable',
  'ValidationError',
  'DuplicateReference',
  'IdempotencyViolation',
  'UnexpectedError',
] as const;

export const CaseCreationFailure = z.object({
  /** Zero-based index into the request's `cases`. */
  caseIndex: z.optional(z.int()),
  creditorReference: optNull(z.string()),
  errorType: optNull(z.string()),
  errorMessage: optNull(z.string()),
  validationErrors: optNull(z.record(z.string(), z.array(z.string()))),
  signingHandoff: nested(SigningHandoffDto),
});
export type CaseCreationFailure = z.infer<typeof CaseCreationFailure>;

export const MultiCaseResult = z.object({
  successfulCases: optNull(z.array(InvoiceDto)),
  failedCases: optNull(z.array(CaseCreationFailure)),
});
export type MultiCaseResult = z.infer<typeof MultiCaseResult>;

/** Body of POST /clients 201/202 and GET /clients/{externalTenantId}. */
export const ClientCreatedResponse = z.object({
  externalTenantId: optNull(z.string()),
  onboardingDone: z.optional(z.boolean()),
  onboardingLinks: nested(OnboardingLinksDto),
  client: nested(ReferralCreditorDto),
  users: optNull(z.array(UserDto)),
  /** False for an existing Debitura account that approved a link: the partner earns only on its own cases. */
  isAttributedClient: z.optional(z.boolean()),
  dateLinked: z.optional(isoDateTime),
  caseStats: nested(ClientCaseStats),
  kycStatus: z.optional(KycStatus),
  kycVerification: nested(KycVerificationDto),
  caseResults: nested(MultiCaseResult),
});
export type ClientCreatedResponse = z.infer<typeof ClientCreatedResponse>;

export const ClientsSummary = z.object({
  totalClients: z.optional(z.int()),
  attributedClients: z.optional(z.int()),
  onboardingComplete: z.optional(z.int()),
  onboardingPending: z.optional(z.int()),
  totalCases: z.optional(z.int()),
});
export type ClientsSummary = z.infer<typeof ClientsSummary>;

/** Referral GET /clients. */
export const GetClientsResponse = z.object({
  page: nested(PageData),
  summary: nested(ClientsSummary),
  clients: optNull(z.array(ClientCreatedResponse)),
});
export type GetClientsResponse = z.infer<typeof GetClientsResponse>;

/** Referral GET /clients/{externalTenantId}/is-deletable (test environment only). */
export const ClientDeletableResponse = z.object({
  isDeletable: z.optional(z.boolean()),
  /** Why the client cannot be deleted yet, in words. */
  blockers: optNull(z.array(z.string())),
});
export type ClientDeletableResponse = z.infer<typeof ClientDeletableResponse>;

/** Pending action types known today. Debitura may add more, and readers must not fail on them. */
export const knownPendingActionTypes = ['SdcaUpgrade', 'PoA', 'Jpa', 'Kyc'] as const;
export type KnownPendingActionType = (typeof knownPendingActionTypes)[number];
export type PendingActionType = KnownPendingActionType | (string & {});
export const PendingActionType = z.custom<PendingActionType>((value) => typeof value === 'string');

export const PendingActionDto = z.object({
  type: z.optional(PendingActionType),
  collectionPartnerId: optNull(uuid),
  /** Always null on a preview. */
  dueDate: optNull(isoDateTime),
});
export type PendingActionDto = z.infer<typeof PendingActionDto>;

/** Referral POST /cases/preview: not wrapped in `result`, and creditor-less (`combinedSigningUrl` is null). */
export const ReferralPartnerPreviewCaseResponse = z.object({
  isEligible: z.optional(z.boolean()),
  ineligibilityReason: optNull(z.string()),
  jurisdiction: nested(JurisdictionDto),
  pricingPreview: nested(PricingPreviewDto),
  requiresKycVerification: z.optional(z.boolean()),
  pendingActions: optNull(z.array(PendingActionDto)),
  combinedSigningUrl: optNull(z.string()),
});
export type ReferralPartnerPreviewCaseResponse = z.infer<typeof ReferralPartnerPreviewCaseResponse>;
