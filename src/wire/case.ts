// A collection case: the POST /cases request, the InvoiceDto every case endpoint returns, and the
// lifecycle / close-code vocabularies the UI and the sandbox share.
import * as z from 'zod/mini';
import { SigningHandoffDto } from './errors.js';
import { email, isoDateTime, nested, optNull, uuid } from './formats.js';

/**
 * Debtor types the UI offers. The DebtorDto prose says "Company" or "Person", the preview DTO, the
 * validator docs and Debitura's own tools say "Private"; we send "Private". The schema keeps `type` an
 * open string as the spec does.
 */
export const debtorTypes = ['Company', 'Private'] as const;
export type DebtorType = (typeof debtorTypes)[number];

const debtorFields = {
  type: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  contactPerson: optNull(z.string()),
  companyRegistrationNumber: optNull(z.string()),
  address: optNull(z.string()),
  zipCode: optNull(z.string()),
  city: optNull(z.string()),
  /** Free-text region; ignored for US debtors, who need `stateAlpha2`. */
  state: optNull(z.string()),
  /** "CA", "US-CA" or "California". */
  stateAlpha2: optNull(z.string()),
  countryAlpha2: optNull(z.string()),
  /** English country name; `countryAlpha2` wins when both are sent. */
  country: optNull(z.string()),
  email: optNull(z.string()),
  phone: optNull(z.string()),
};

/** The debtor as sent in POST /cases (unknown fields rejected). */
export const DebtorDto = z.strictObject(debtorFields);
export type DebtorDto = z.infer<typeof DebtorDto>;

/** POST /cases body. One case is one total amount in one currency; there are no claim lines. */
export const CreateCollectionCaseRequestApiViewModel = z.strictObject({
  currencyCode: z.nullable(z.string()),
  date: z.optional(isoDateTime),
  dueDate: optNull(isoDateTime),
  comments: optNull(z.string().check(z.maxLength(4000))),
  claimDescription: optNull(z.string().check(z.maxLength(4000))),
  creditorReference: optNull(z.string().check(z.maxLength(50))),
  debtor: z.optional(DebtorDto),
  creditorDivisionId: optNull(uuid),
  amountToRecover: z.optional(z.number()),
  amountToRecoverOver6Months: optNull(z.number()),
  amountToRecoverOver12Months: optNull(z.number()),
  amountToRecoverOver24Months: optNull(z.number()),
  skipDebituraVerification: z.optional(z.boolean()),
  /** Deprecated and ignored by Debitura. */
  skipCreationEmails: z.optional(z.boolean()),
  /** Accept the case into PendingContractSigning instead of a 422 when contracts are unsigned. */
  allowPendingContracts: z.optional(z.boolean()),
  isTest: z.optional(z.boolean()),
  tag: optNull(z.string().check(z.maxLength(100))),
  collectionPartnerId: optNull(uuid),
  assignedUserEmail: optNull(email.check(z.maxLength(320))),
  /** Embedded in `signingHandoff.combinedSigningUrl`; Debitura drops invalid values silently. */
  returnUrl: optNull(z.string().check(z.maxLength(2048))),
});
export type CreateCollectionCaseRequestApiViewModel = z.infer<typeof CreateCollectionCaseRequestApiViewModel>;

/** 0 and 1 are the only values; their meaning is internal to Debitura (which surveys are generated). */
export const SurveyCadenceMode = z.literal([0, 1]);
export type SurveyCadenceMode = z.infer<typeof SurveyCadenceMode>;

export const CollectionPartnerDto = z.object({
  name: optNull(z.string()),
  officeEmail: optNull(z.string()),
  officePhone: optNull(z.string()),
  publicSite: optNull(z.string()),
  surveyCadenceMode: z.optional(SurveyCadenceMode),
});
export type CollectionPartnerDto = z.infer<typeof CollectionPartnerDto>;

export const CreditorDivisionDto = z.object({
  id: z.optional(uuid),
  name: optNull(z.string()),
});
export type CreditorDivisionDto = z.infer<typeof CreditorDivisionDto>;

/** The creditor (the partner's client) as embedded in a case. */
export const CreditorDto = z.object({
  id: z.optional(uuid),
  companyName: optNull(z.string()),
  companyRegistrationNumber: optNull(z.string()),
  officeEmail: optNull(z.string()),
  officePhone: optNull(z.string()),
  address: optNull(z.string()),
  city: optNull(z.string()),
  zipCode: optNull(z.string()),
  state: optNull(z.string()),
  country: optNull(z.string()),
  division: nested(CreditorDivisionDto),
});
export type CreditorDto = z.infer<typeof CreditorDto>;

/** Where the debtor pays; `scheme` is IBAN, SWIFT or LOCAL. */
export const BankAccountDto = z.object({
  id: z.optional(z.int()),
  label: optNull(z.string()),
  scheme: optNull(z.string()),
  currencyCode: optNull(z.string()),
  bankCountryCode: optNull(z.string()),
  accountHolderName: optNull(z.string()),
  iban: optNull(z.string()),
  bic: optNull(z.string()),
  accountNumber: optNull(z.string()),
  localIdentifier: optNull(z.string()),
  localIdentifierType: optNull(z.string()),
  bankName: optNull(z.string()),
  bankAddress: optNull(z.string()),
  bankCity: optNull(z.string()),
  bankZipCode: optNull(z.string()),
  bankState: optNull(z.string()),
});
export type BankAccountDto = z.infer<typeof BankAccountDto>;

export const AssignedUserDto = z.object({
  email: optNull(z.string()),
  name: optNull(z.string()),
});
export type AssignedUserDto = z.infer<typeof AssignedUserDto>;

/** `needsInfo` true means GET /cases/{id}/validation has items for the creditor. */
export const CaseValidationLeanDto = z.object({
  needsInfo: z.optional(z.boolean()),
});
export type CaseValidationLeanDto = z.infer<typeof CaseValidationLeanDto>;

export const InvoiceAllocationOutstandingDto = z.object({
  principal: z.optional(z.number()),
  interest: z.optional(z.number()),
  reminderFees: z.optional(z.number()),
  collectionFees: z.optional(z.number()),
});
export type InvoiceAllocationOutstandingDto = z.infer<typeof InvoiceAllocationOutstandingDto>;

/**
 * A case as every case endpoint returns it. The spec requires none of its fields. `lifecycle` and
 * `closeCode` carry display labels (see `lifecycleLabels`, `closeCodeLabels`), not enum names.
 */
export const InvoiceDto = z.object({
  id: z.optional(uuid),
  dateCreated: z.optional(isoDateTime),
  dateUpdated: optNull(isoDateTime),
  /** Debitura's 8-character case code, e.g. `Q8OAXF3W`. */
  reference: optNull(z.string()),
  creditorReference: optNull(z.string()),
  creditorComments: optNull(z.string()),
  claimDescription: optNull(z.string()),
  grossAmount: z.optional(z.number()),
  remainder: z.optional(z.number()),
  interestFees: z.optional(z.number()),
  reminderFees: z.optional(z.number()),
  collectionFees: z.optional(z.number()),
  totalAddedFees: z.optional(z.number()),
  currency: optNull(z.string()),
  isTestCase: z.optional(z.boolean()),
  lifecycle: optNull(z.string()),
  dueDate: z.optional(isoDateTime),
  date: z.optional(isoDateTime),
  dateFinished: optNull(isoDateTime),
  dateCollectionStarted: optNull(isoDateTime),
  closeCode: optNull(z.string()),
  /** "Pre-legal", "Legal" or "Enforcement"; null means no active engagement, not Pre-legal. */
  currentEngagementPhase: optNull(z.string()),
  claimType: optNull(z.string()),
  creditorDivisionId: optNull(uuid),
  // Read side of DebtorDto: future fields are tolerated like everywhere else in a response.
  debtor: nested(z.object(debtorFields)),
  collectionPartner: nested(CollectionPartnerDto),
  creditor: nested(CreditorDto),
  bankAccount: nested(BankAccountDto),
  blendedAgeUpliftPoints: optNull(z.number()),
  preLegalSuccessFee: optNull(z.number()),
  /** Deprecated in favour of `signingHandoff.combinedSigningUrl`. */
  solutionUrl: optNull(z.string()),
  signingHandoff: nested(SigningHandoffDto),
  exclusivePeriodEndDate: optNull(isoDateTime),
  disputeStatus: optNull(z.string()),
  validation: nested(CaseValidationLeanDto),
  assignedUser: nested(AssignedUserDto),
  allocationOutstanding: nested(InvoiceAllocationOutstandingDto),
});
export type InvoiceDto = z.infer<typeof InvoiceDto>;

/** Lifecycle enum names, as the `Statuses` filter takes them, in Debitura's order. */
export const lifecycleStatuses = [
  'PendingContractSigning',
  'PendingVerificationInternal',
  'PendingVerification',
  'NeedsAdditionalDetails',
  'Leads',
  'LeadsQuoteGiven',
  'Active',
  'Paused',
  'Closed',
  'Merged',
] as const;
export type LifecycleStatus = (typeof lifecycleStatuses)[number];

/** The label Debitura puts in `InvoiceDto.lifecycle` for each status. */
export const lifecycleLabels = {
  PendingContractSigning: 'Pending contract signing',
  PendingVerificationInternal: 'Pending Verification Internal',
  PendingVerification: 'Pending Verification',
  NeedsAdditionalDetails: 'More Info Required',
  Leads: 'Collecting Quotes',
  LeadsQuoteGiven: 'Pending Quote Selection',
  Active: 'Active',
  Paused: 'Paused',
  Closed: 'Closed',
  Merged: 'Merged',
} as const satisfies Record<LifecycleStatus, string>;
export type LifecycleLabel = (typeof lifecycleLabels)[LifecycleStatus];

/** Every status under its lower-cased name and label; a list of a hundred cases looks each up twice. */
const lifecycleStatusByWord = new Map<string, LifecycleStatus>();
for (const status of lifecycleStatuses) {
  for (const word of [status.toLowerCase(), lifecycleLabels[status].toLowerCase()]) {
    if (!lifecycleStatusByWord.has(word)) lifecycleStatusByWord.set(word, status);
  }
}

/** The status behind a `lifecycle` label (or name; Debitura matches both case-insensitively). */
export function lifecycleStatusOf(labelOrName: string): LifecycleStatus | undefined {
  return lifecycleStatusByWord.get(labelOrName.trim().toLowerCase());
}

/**
 * Every `closeCode` Debitura returns on a closed case, exactly as sent (the en-dashes are part of the
 * values; "Case never started - Internal" has a plain hyphen). The enum names behind them are not
 * published, so the labels are the vocabulary.
 */
export const closeCodeLabels = [
  'Paid',
  'Partially paid',
  'Debtor Insolvent/Bankrupt',
  'Debtor Untraceable',
  'Disputed – Legal Action Declined by Client',
  'Withdrawn by Client',
  'Pre-Legal Exhausted – No Payment',
  'Statute of Limitations Expired',
  'Settlement Rejected by Client',
  'Unresponsive Client',
  'Uneconomical to Pursue',
  'Other',
  'Case never started',
  'Case never started - Internal',
  'Invalid Case Data',
  'No Quotes Received',
  'Quotes Expired – Not Accepted',
] as const;
export type CloseCodeLabel = (typeof closeCodeLabels)[number];

/** The only close codes that mean money was recovered. */
export const recoveredCloseCodes = ['Paid', 'Partially paid'] as const satisfies readonly CloseCodeLabel[];
