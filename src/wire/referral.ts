// Referral Partner API (XApiKey): token minting, partner profile, client onboarding and the
// creditor-less pricing preview.
import {
  array,
  boolean,
  custom,
  enum as enumeration,
  int,
  maxLength,
  minLength,
  number,
  object,
  optional,
  record,
  strictObject,
  string,
} from 'zod/mini';
import type * as z from 'zod/mini';
import { CreateCollectionCaseRequestApiViewModel, InvoiceDto } from './case.js';
import { PageData } from './case-list.js';
import { SigningHandoffDto } from './errors.js';
import { email, isoDate, isoDateTime, nested, optNull, uuid } from './formats.js';
import { JurisdictionDto, PricingPreviewDto } from './preview.js';

/** POST /oauth/token body. The tenant must have an active client link under the calling partner. */
export const CreateAccessTokenRequest = strictObject({
  externalTenantId: string().check(minLength(1), maxLength(255)),
});
export type CreateAccessTokenRequest = z.infer<typeof CreateAccessTokenRequest>;

/** A Customer API JWT for one client: HS256, typically 1800 s, no refresh token. */
export const AccessTokenResponse = object({
  accessToken: optNull(string()),
  expiresIn: optional(int()),
  creditorId: optional(uuid),
  externalTenantId: optNull(string()),
  /** Always "Bearer". */
  tokenType: optNull(string()),
});
export type AccessTokenResponse = z.infer<typeof AccessTokenResponse>;

export const InvoicingTriggerMode = enumeration(['PayWhenPaid', 'ConfirmedPipeline']);
export type InvoicingTriggerMode = z.infer<typeof InvoicingTriggerMode>;

/** Referral GET /me: the partner profile, including the branding Debitura's hosted pages use. */
export const ReferralPartnerResponse = object({
  id: optional(uuid),
  companyName: optNull(string()),
  shortName: optNull(string()),
  contactEmail: optNull(string()),
  externalSystemId: optNull(string()),
  /** Share of Debitura's earnings paid to the partner, in percent. */
  referralFeePercentage: optional(number()),
  isActive: optional(boolean()),
  isPublicDemo: optional(boolean()),
  logoUrl: optNull(string()),
  /** e.g. `#FFFFFF`. */
  backgroundColorCode: optNull(string()),
  fontColor: optNull(string()),
  fontFamily: optNull(string()),
  invoicingTriggerMode: optional(InvoicingTriggerMode),
});
export type ReferralPartnerResponse = z.infer<typeof ReferralPartnerResponse>;

/** The client company. `country` is ISO alpha-2 or the English name. */
export const ClientDetailsDto = strictObject({
  name: string().check(minLength(1)),
  registrationNumber: optNull(string()),
  address: optNull(string().check(maxLength(500))),
  zipCode: optNull(string().check(maxLength(20))),
  city: optNull(string().check(maxLength(100))),
  state: optNull(string().check(maxLength(100))),
  country: string().check(minLength(1)),
  supportEmail: email,
  supportPhone: optNull(string()),
});
export type ClientDetailsDto = z.infer<typeof ClientDetailsDto>;

/** With several users exactly one is the onboarding user (a Debitura rule, not checked here). */
export const ClientUserDto = strictObject({
  name: string().check(minLength(1)),
  email,
  isOnboardingUser: optional(boolean()),
});
export type ClientUserDto = z.infer<typeof ClientUserDto>;

/** Referral POST /clients: create or link a client, optionally with first cases. */
export const CreateClientRequest = strictObject({
  externalTenantId: string().check(minLength(1)),
  client: ClientDetailsDto,
  users: array(ClientUserDto).check(minLength(1)),
  cases: optNull(array(CreateCollectionCaseRequestApiViewModel)),
});
export type CreateClientRequest = z.infer<typeof CreateClientRequest>;

/** Where the client finishes onboarding (202) or approves a link (409). */
export const OnboardingLinksDto = object({
  url: optNull(string()),
});
export type OnboardingLinksDto = z.infer<typeof OnboardingLinksDto>;

/** The client as the Referral API shows it (a different shape from the Customer API's CreditorDto). */
export const ReferralCreditorDto = object({
  id: optional(uuid),
  companyName: optNull(string()),
  officeEmail: optNull(string()),
  country: optNull(string()),
  address: optNull(string()),
  city: optNull(string()),
  zipCode: optNull(string()),
  companyRegistrationNumber: optNull(string()),
});
export type ReferralCreditorDto = z.infer<typeof ReferralCreditorDto>;

export const UserDto = object({
  id: optional(int()),
  email: optNull(string()),
  firstName: optNull(string()),
  lastName: optNull(string()),
});
export type UserDto = z.infer<typeof UserDto>;

export const ClientCaseStats = object({
  casesTotal: optional(int()),
  casesClosed: optional(int()),
  earningsUsd: optional(number()),
});
export type ClientCaseStats = z.infer<typeof ClientCaseStats>;

/**
 * Whether a client has KYC data on file. The spec's enum lists PascalCase names while its description
 * says the wire is locked to snake_case; which one production emits is unverified, so both are read.
 */
export const kycStatuses = ['NotRequired', 'Pending', 'Verified', 'not_required', 'pending', 'verified'] as const;
export const KycStatus = enumeration(kycStatuses);
export type KycStatus = z.infer<typeof KycStatus>;

/** Review state of submitted KYC data; null until a reviewer sets it. */
export const CreditorKycVerificationStatus = enumeration(['Processing', 'Completed']);
export type CreditorKycVerificationStatus = z.infer<typeof CreditorKycVerificationStatus>;

export const KycVerificationDto = object({
  directorFullName: optNull(string()),
  directorHomeAddress: optNull(string()),
  directorDateOfBirth: optional(isoDate),
  dateCreated: optional(isoDateTime),
  // The spec cannot mark this $ref nullable, but its description makes null the not-yet-reviewed state.
  verificationStatus: optNull(CreditorKycVerificationStatus),
  verificationStatusUpdatedAt: optNull(isoDateTime),
});
export type KycVerificationDto = z.infer<typeof KycVerificationDto>;

/** Referral POST /clients/{externalTenantId}/kyc-verification body: the director's identity. */
export const SubmitKycVerificationRequest = strictObject({
  directorFullName: string().check(minLength(1), maxLength(500)),
  directorHomeAddress: string().check(minLength(1), maxLength(1000)),
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

export const CaseCreationFailure = object({
  /** Zero-based index into the request's `cases`. */
  caseIndex: optional(int()),
  creditorReference: optNull(string()),
  errorType: optNull(string()),
  errorMessage: optNull(string()),
  validationErrors: optNull(record(string(), array(string()))),
  signingHandoff: nested(SigningHandoffDto),
});
export type CaseCreationFailure = z.infer<typeof CaseCreationFailure>;

export const MultiCaseResult = object({
  successfulCases: optNull(array(InvoiceDto)),
  failedCases: optNull(array(CaseCreationFailure)),
});
export type MultiCaseResult = z.infer<typeof MultiCaseResult>;

/** Body of POST /clients 201/202 and GET /clients/{externalTenantId}. */
export const ClientCreatedResponse = object({
  externalTenantId: optNull(string()),
  onboardingDone: optional(boolean()),
  onboardingLinks: nested(OnboardingLinksDto),
  client: nested(ReferralCreditorDto),
  users: optNull(array(UserDto)),
  /** False for an existing Debitura account that approved a link: the partner earns only on its own cases. */
  isAttributedClient: optional(boolean()),
  dateLinked: optional(isoDateTime),
  caseStats: nested(ClientCaseStats),
  kycStatus: optional(KycStatus),
  kycVerification: nested(KycVerificationDto),
  caseResults: nested(MultiCaseResult),
});
export type ClientCreatedResponse = z.infer<typeof ClientCreatedResponse>;

export const ClientsSummary = object({
  totalClients: optional(int()),
  attributedClients: optional(int()),
  onboardingComplete: optional(int()),
  onboardingPending: optional(int()),
  totalCases: optional(int()),
});
export type ClientsSummary = z.infer<typeof ClientsSummary>;

/** Referral GET /clients. */
export const GetClientsResponse = object({
  page: nested(PageData),
  summary: nested(ClientsSummary),
  clients: optNull(array(ClientCreatedResponse)),
});
export type GetClientsResponse = z.infer<typeof GetClientsResponse>;

/** Referral GET /clients/{externalTenantId}/is-deletable (test environment only). */
export const ClientDeletableResponse = object({
  isDeletable: optional(boolean()),
  /** Why the client cannot be deleted yet, in words. */
  blockers: optNull(array(string())),
});
export type ClientDeletableResponse = z.infer<typeof ClientDeletableResponse>;

/** Pending action types known today. Debitura may add more, and readers must not fail on them. */
export const knownPendingActionTypes = ['SdcaUpgrade', 'PoA', 'Jpa', 'Kyc'] as const;
export type KnownPendingActionType = (typeof knownPendingActionTypes)[number];
export type PendingActionType = KnownPendingActionType | (string & {});
export const PendingActionType = custom<PendingActionType>((value) => typeof value === 'string');

export const PendingActionDto = object({
  type: optional(PendingActionType),
  collectionPartnerId: optNull(uuid),
  /** Always null on a preview. */
  dueDate: optNull(isoDateTime),
});
export type PendingActionDto = z.infer<typeof PendingActionDto>;

/** Referral POST /cases/preview: not wrapped in `result`, and creditor-less (`combinedSigningUrl` is null). */
export const ReferralPartnerPreviewCaseResponse = object({
  isEligible: optional(boolean()),
  ineligibilityReason: optNull(string()),
  jurisdiction: nested(JurisdictionDto),
  pricingPreview: nested(PricingPreviewDto),
  requiresKycVerification: optional(boolean()),
  pendingActions: optNull(array(PendingActionDto)),
  combinedSigningUrl: optNull(string()),
});
export type ReferralPartnerPreviewCaseResponse = z.infer<typeof ReferralPartnerPreviewCaseResponse>;
