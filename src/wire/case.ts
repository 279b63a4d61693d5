// A collection case: the POST /cases request, the InvoiceDto every case endpoint returns, and the
// lifecycle / close-code vocabularies the UI and the sandbox share (re-exported from case-vocabulary.ts).
import {
  boolean,
  int,
  literal,
  maxLength,
  minLength,
  nullable,
  number,
  object,
  optional,
  strictObject,
  string,
} from 'zod/mini';
import type * as z from 'zod/mini';
import { SigningHandoffDto } from './errors.js';
import { email, isoDateTime, nested, optNull, uuid } from './formats.js';

export {
  closeCodeLabels,
  debtorTypes,
  lifecycleLabels,
  lifecycleStatusOf,
  lifecycleStatuses,
  recoveredCloseCodes,
  type CloseCodeLabel,
  type DebtorType,
  type LifecycleLabel,
  type LifecycleStatus,
} from './case-vocabulary.js';

const debtorFields = {
  type: string().check(minLength(1)),
  name: string().check(minLength(1)),
  contactPerson: optNull(string()),
  companyRegistrationNumber: optNull(string()),
  address: optNull(string()),
  zipCode: optNull(string()),
  city: optNull(string()),
  /** Free-text region; ignored for US debtors, who need `stateAlpha2`. */
  state: optNull(string()),
  /** "CA", "US-CA" or "California". */
  stateAlpha2: optNull(string()),
  countryAlpha2: optNull(string()),
  /** English country name; `countryAlpha2` wins when both are sent. */
  country: optNull(string()),
  email: optNull(string()),
  phone: optNull(string()),
};

/** The debtor as sent in POST /cases (unknown fields rejected). */
export const DebtorDto = strictObject(debtorFields);
export type DebtorDto = z.infer<typeof DebtorDto>;

/** POST /cases body. One case is one total amount in one currency; there are no claim lines. */
export const CreateCollectionCaseRequestApiViewModel = strictObject({
  currencyCode: nullable(string()),
  date: optional(isoDateTime),
  dueDate: optNull(isoDateTime),
  comments: optNull(string().check(maxLength(4000))),
  claimDescription: optNull(string().check(maxLength(4000))),
  creditorReference: optNull(string().check(maxLength(50))),
  debtor: optional(DebtorDto),
  creditorDivisionId: optNull(uuid),
  amountToRecover: optional(number()),
  amountToRecoverOver6Months: optNull(number()),
  amountToRecoverOver12Months: optNull(number()),
  amountToRecoverOver24Months: optNull(number()),
  skipDebituraVerification: optional(boolean()),
  /** Deprecated and ignored by Debitura. */
  skipCreationEmails: optional(boolean()),
  /** Accept the case into PendingContractSigning instead of a 422 when contracts are unsigned. */
  allowPendingContracts: optional(boolean()),
  isTest: optional(boolean()),
  tag: optNull(string().check(maxLength(100))),
  collectionPartnerId: optNull(uuid),
  assignedUserEmail: optNull(email.check(maxLength(320))),
  /** Embedded in `signingHandoff.combinedSigningUrl`; Debitura drops invalid values silently. */
  returnUrl: optNull(string().check(maxLength(2048))),
});
export type CreateCollectionCaseRequestApiViewModel = z.infer<typeof CreateCollectionCaseRequestApiViewModel>;

/** 0 and 1 are the only values; their meaning is internal to Debitura (which surveys are generated). */
export const SurveyCadenceMode = literal([0, 1]);
export type SurveyCadenceMode = z.infer<typeof SurveyCadenceMode>;

export const CollectionPartnerDto = object({
  name: optNull(string()),
  officeEmail: optNull(string()),
  officePhone: optNull(string()),
  publicSite: optNull(string()),
  surveyCadenceMode: optional(SurveyCadenceMode),
});
export type CollectionPartnerDto = z.infer<typeof CollectionPartnerDto>;

export const CreditorDivisionDto = object({
  id: optional(uuid),
  name: optNull(string()),
});
export type CreditorDivisionDto = z.infer<typeof CreditorDivisionDto>;

/** The creditor (the partner's client) as embedded in a case. */
export const CreditorDto = object({
  id: optional(uuid),
  companyName: optNull(string()),
  companyRegistrationNumber: optNull(string()),
  officeEmail: optNull(string()),
  officePhone: optNull(string()),
  address: optNull(string()),
  city: optNull(string()),
  zipCode: optNull(string()),
  state: optNull(string()),
  country: optNull(string()),
  division: nested(CreditorDivisionDto),
});
export type CreditorDto = z.infer<typeof CreditorDto>;

/** Where the debtor pays; `scheme` is IBAN, SWIFT or LOCAL. */
export const BankAccountDto = object({
  id: optional(int()),
  label: optNull(string()),
  scheme: optNull(string()),
  currencyCode: optNull(string()),
  bankCountryCode: optNull(string()),
  accountHolderName: optNull(string()),
  iban: optNull(string()),
  bic: optNull(string()),
  accountNumber: optNull(string()),
  localIdentifier: optNull(string()),
  localIdentifierType: optNull(string()),
  bankName: optNull(string()),
  bankAddress: optNull(string()),
  bankCity: optNull(string()),
  bankZipCode: optNull(string()),
  bankState: optNull(string()),
});
export type BankAccountDto = z.infer<typeof BankAccountDto>;

export const AssignedUserDto = object({
  email: optNull(string()),
  name: optNull(string()),
});
export type AssignedUserDto = z.infer<typeof AssignedUserDto>;

/** `needsInfo` true means GET /cases/{id}/validation has items for the creditor. */
export const CaseValidationLeanDto = object({
  needsInfo: optional(boolean()),
});
export type CaseValidationLeanDto = z.infer<typeof CaseValidationLeanDto>;

export const InvoiceAllocationOutstandingDto = object({
  principal: optional(number()),
  interest: optional(number()),
  reminderFees: optional(number()),
  collectionFees: optional(number()),
});
export type InvoiceAllocationOutstandingDto = z.infer<typeof InvoiceAllocationOutstandingDto>;

/**
 * A case as every case endpoint returns it. The spec requires none of its fields. `lifecycle` and
 * `closeCode` carry display labels (see `lifecycleLabels`, `closeCodeLabels`), not enum names.
 */
export const InvoiceDto = object({
  id: optional(uuid),
  dateCreated: optional(isoDateTime),
  dateUpdated: optNull(isoDateTime),
  /** Debitura's 8-character case code, e.g. `Q8OAXF3W`. */
  reference: optNull(string()),
  creditorReference: optNull(string()),
  creditorComments: optNull(string()),
  claimDescription: optNull(string()),
  grossAmount: optional(number()),
  remainder: optional(number()),
  interestFees: optional(number()),
  reminderFees: optional(number()),
  collectionFees: optional(number()),
  totalAddedFees: optional(number()),
  currency: optNull(string()),
  isTestCase: optional(boolean()),
  lifecycle: optNull(string()),
  dueDate: optional(isoDateTime),
  date: optional(isoDateTime),
  dateFinished: optNull(isoDateTime),
  dateCollectionStarted: optNull(isoDateTime),
  closeCode: optNull(string()),
  /** "Pre-legal", "Legal" or "Enforcement"; null means no active engagement, not Pre-legal. */
  currentEngagementPhase: optNull(string()),
  claimType: optNull(string()),
  creditorDivisionId: optNull(uuid),
  // Read side of DebtorDto: future fields are tolerated like everywhere else in a response.
  debtor: nested(object(debtorFields)),
  collectionPartner: nested(CollectionPartnerDto),
  creditor: nested(CreditorDto),
  bankAccount: nested(BankAccountDto),
  blendedAgeUpliftPoints: optNull(number()),
  preLegalSuccessFee: optNull(number()),
  /** Deprecated in favour of `signingHandoff.combinedSigningUrl`. */
  solutionUrl: optNull(string()),
  signingHandoff: nested(SigningHandoffDto),
  exclusivePeriodEndDate: optNull(isoDateTime),
  disputeStatus: optNull(string()),
  validation: nested(CaseValidationLeanDto),
  assignedUser: nested(AssignedUserDto),
  allocationOutstanding: nested(InvoiceAllocationOutstandingDto),
});
export type InvoiceDto = z.infer<typeof InvoiceDto>;
