// Sub-resources of one case (timeline, payments, chats, files, contracts, validation) plus the
// account-level contract status, the team list and the test-only advance endpoint.
import {
  array,
  boolean,
  int,
  literal,
  maxLength,
  nullable,
  number,
  object,
  optional,
  strictObject,
  string,
} from 'zod/mini';
import type * as z from 'zod/mini';
import { PageData } from './case-list.js';
import { email, isoDateTime, nested, optNull, uuid } from './formats.js';

/** Actor types named in the spec. */
export const timelineActorTypes = ['System', 'Creditor user', 'Partner user'] as const;

export const TimelineActorDto = object({
  type: nullable(string()),
  name: optNull(string()),
});
export type TimelineActorDto = z.infer<typeof TimelineActorDto>;

/** One timeline entry. The `type` vocabulary is not published, so it stays an open string. */
export const TimelineItemDto = object({
  date: optional(isoDateTime),
  type: nullable(string()),
  title: nullable(string()),
  description: nullable(string()),
  actor: nested(TimelineActorDto),
});
export type TimelineItemDto = z.infer<typeof TimelineItemDto>;

/** GET /cases/{id}/timeline. */
export const CaseTimelineResponse = object({
  items: nullable(array(TimelineItemDto)),
  currentEngagementPhase: optNull(string()),
});
export type CaseTimelineResponse = z.infer<typeof CaseTimelineResponse>;

export const PaymentRelatedInvoiceDto = object({
  status: nullable(string()),
  reference: nullable(string()),
  invoiceId: optional(uuid),
});
export type PaymentRelatedInvoiceDto = z.infer<typeof PaymentRelatedInvoiceDto>;

/** One payment on a case (GET /cases/{id}/payments returns an array). */
export const PaymentDto = object({
  id: optional(uuid),
  dateCreated: optional(isoDateTime),
  dateUpdated: optNull(isoDateTime),
  date: optional(isoDateTime),
  grossAmount: optional(number()),
  recipient: nullable(string()),
  method: nullable(string()),
  currency: nullable(string()),
  invoice: PaymentRelatedInvoiceDto,
});
export type PaymentDto = z.infer<typeof PaymentDto>;

/** Who wrote a chat message, as an integer on the wire. */
export const chatRoles = { Partner: 0, Creditor: 1, ManagedByPartner: 2 } as const;
export const ChatRole = literal([chatRoles.Partner, chatRoles.Creditor, chatRoles.ManagedByPartner]);
export type ChatRole = z.infer<typeof ChatRole>;

/** The `roleLabel` Debitura sends beside each role. */
export const chatRoleLabels = {
  [chatRoles.Partner]: 'Partner',
  [chatRoles.Creditor]: 'Creditor',
  [chatRoles.ManagedByPartner]: 'Managed by partner',
} as const satisfies Record<ChatRole, string>;

/** The user behind a chat message. */
export const UserRelationDto = object({
  id: optional(int()),
  dateCreated: optNull(isoDateTime),
  dateUpdated: optNull(isoDateTime),
  firstName: optNull(string()),
  lastName: optNull(string()),
  email: nullable(string()),
});
export type UserRelationDto = z.infer<typeof UserRelationDto>;

/** One chat message (GET /cases/{id}/chats returns an array, POST returns one). */
export const ChatDto = object({
  id: optional(uuid),
  dateCreated: optional(isoDateTime),
  dateUpdated: optNull(isoDateTime),
  role: optional(ChatRole),
  roleLabel: optNull(string()),
  message: optNull(string()),
  isSeen: optional(boolean()),
  user: nested(UserRelationDto),
});
export type ChatDto = z.infer<typeof ChatDto>;

/**
 * POST /cases/{id}/chats. Name the sender by `userEmail` (an active team member) or the deprecated
 * `userId`; Debitura answers 400 when neither is given.
 */
export const SendChatRequest = strictObject({
  message: string().check(maxLength(10000)),
  userId: optNull(uuid),
  userEmail: optNull(email),
});
export type SendChatRequest = z.infer<typeof SendChatRequest>;

/** `DocumentType` form values of POST /cases/{id}/files; the first is Debitura's default. */
export const documentTypes = [
  'OriginalInvoice',
  'DebtorDocuments',
  'CreditorDocuments',
  'PartnerDocuments',
  'DemandLetter',
  'Miscellaneous',
] as const;
export type DocumentType = (typeof documentTypes)[number];

/** What POST /cases/{id}/files accepts; larger files get 413, other extensions 415. */
export const fileUploadLimits = {
  maxBytes: 25 * 1024 * 1024,
  allowedExtensions: ['.pdf', '.xls', '.xlsx', '.csv', '.txt', '.jpg', '.jpeg', '.png', '.gif'],
  /** Multipart part names of the Customer API (the Referral upload uses a lower-case `file`). */
  formFields: { file: 'File', description: 'Description', documentType: 'DocumentType' },
} as const;

/** An uploaded file. `url` is a time-limited download link (its expiry is in the `se` query parameter). */
export const CaseFileDto = object({
  id: optional(uuid),
  dateCreated: optional(isoDateTime),
  dateUpdated: optional(isoDateTime),
  caseId: optional(uuid),
  entityType: optNull(string()),
  entityId: optional(uuid),
  fileName: optNull(string()),
  url: optNull(string()),
  description: optNull(string()),
  documentType: optNull(string()),
});
export type CaseFileDto = z.infer<typeof CaseFileDto>;

/** State of one contract; `solutionUrl` is where to sign it when action is needed. */
export const ContractItemDto = object({
  signed: optional(boolean()),
  requiresResigning: optional(boolean()),
  solutionUrl: optNull(string()),
});
export type ContractItemDto = z.infer<typeof ContractItemDto>;

/** GET /cases/{id}/contract-status, for a case waiting in PendingContractSigning. `poa` only once a partner is assigned. */
export const CaseContractStatusApiDTO = object({
  sdca: nested(ContractItemDto),
  poa: nested(ContractItemDto),
  pricingAppendix: nested(ContractItemDto),
  collectionPartnerName: optNull(string()),
  needsPoaSigning: optional(boolean()),
});
export type CaseContractStatusApiDTO = z.infer<typeof CaseContractStatusApiDTO>;

/** Reasons an SDCA stops being valid, as documented. */
export const contractInvalidationReasons = [
  'None',
  'NewVersion',
  'AdminInvalidated',
  'Other',
  'CreditorNameChanged',
] as const;

/** GET /contracts/debt-collection/status: the creditor's debt collection agreement (SDCA). */
export const CollectionContractStatusApiDTO = object({
  signed: optional(boolean()),
  requiresResigning: optional(boolean()),
  invalidationReason: optNull(string()),
  termsUrl: optNull(string()),
  solutionUrl: optNull(string()),
});
export type CollectionContractStatusApiDTO = z.infer<typeof CollectionContractStatusApiDTO>;

/** What the partner asks the creditor to fix, e.g. `{ resolutionArea: "CorrectDebtorAddress", description }`. */
export const CaseValidationItemDto = object({
  resolutionArea: optNull(string()),
  description: optNull(string()),
});
export type CaseValidationItemDto = z.infer<typeof CaseValidationItemDto>;

/** GET /cases/{id}/validation, worth calling when `InvoiceDto.validation.needsInfo` is true. */
export const CaseValidationStatusDto = object({
  needsInfo: optional(boolean()),
  creditorRespondedAt: optNull(isoDateTime),
  items: optNull(array(CaseValidationItemDto)),
});
export type CaseValidationStatusDto = z.infer<typeof CaseValidationStatusDto>;

/** Targets of POST /test/cases/{id}/advance; `Closed:Paid` needs a positive `amount`. */
export const advanceTargets = ['Active', 'Closed:Paid', 'Closed:NoPayment'] as const;
export type AdvanceTarget = (typeof advanceTargets)[number];

/** POST /test/cases/{id}/advance (test cases only). */
export const AdvanceTestCaseRequest = strictObject({
  to: nullable(string()),
  amount: optNull(number()),
});
export type AdvanceTestCaseRequest = z.infer<typeof AdvanceTestCaseRequest>;

/** `state` is one of `advanceTargets` or "Closed" for any other close code; `advanced` false means no-op. */
export const AdvanceTestCaseResponse = object({
  advanced: optional(boolean()),
  state: optNull(string()),
});
export type AdvanceTestCaseResponse = z.infer<typeof AdvanceTestCaseResponse>;

/** A member of the creditor's team (the spec names it CollectionPartnerUserDto). */
export const CollectionPartnerUserDto = object({
  id: optional(uuid),
  name: optNull(string()),
  email: optNull(string()),
});
export type CollectionPartnerUserDto = z.infer<typeof CollectionPartnerUserDto>;

/** GET /users: the team, paginated (default 50 per page). */
export const UserListDto = object({
  page: PageData,
  users: optNull(array(CollectionPartnerUserDto)),
});
export type UserListDto = z.infer<typeof UserListDto>;
