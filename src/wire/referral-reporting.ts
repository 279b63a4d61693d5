// Referral Partner API, partner-wide reads for a staff console: cases across every linked client (with the
// revenue a case could bring), the filter options and the revenue transactions (all amounts in USD).
import { array, boolean, int, number, object, optional, string } from 'zod/mini';
import type * as z from 'zod/mini';
import { CaseValidationStatusDto } from './case-resources.js';
import { PageData } from './case-list.js';
import { isoDateTime, nested, optNull, uuid } from './formats.js';

export const ContactUser = object({
  email: optNull(string()),
  name: optNull(string()),
});
export type ContactUser = z.infer<typeof ContactUser>;

export const ClientContacts = object({
  onboardingUser: nested(ContactUser),
  officeEmail: optNull(string()),
  otherUsers: optNull(array(ContactUser)),
});
export type ClientContacts = z.infer<typeof ClientContacts>;

export const CaseClientInfo = object({
  externalTenantId: optNull(string()),
  creditorId: optional(uuid),
  companyName: optNull(string()),
  contacts: nested(ClientContacts),
});
export type CaseClientInfo = z.infer<typeof CaseClientInfo>;

export const CaseDebtorInfo = object({
  name: optNull(string()),
  /** Full English name, e.g. "Denmark". */
  country: optNull(string()),
});
export type CaseDebtorInfo = z.infer<typeof CaseDebtorInfo>;

const caseItemFields = {
  id: optional(uuid),
  reference: optNull(string()),
  creditorReference: optNull(string()),
  client: nested(CaseClientInfo),
  debtor: nested(CaseDebtorInfo),
  grossAmount: optional(number()),
  remainder: optional(number()),
  currency: optNull(string()),
  /** A lifecycle label ("Pending Verification"), as InvoiceDto carries it. */
  lifecycle: optNull(string()),
  closeCode: optNull(string()),
  currentEngagementPhase: optNull(string()),
  dateCreated: optional(isoDateTime),
  dueDate: optional(isoDateTime),
  dateCollectionStarted: optNull(isoDateTime),
  dateFinished: optNull(isoDateTime),
  validation: nested(CaseValidationStatusDto),
  /** Display name of the collection partner; null until one is assigned. */
  collectionPartner: optNull(string()),
  /** The client's referral fee rate in percent; null until a collection partner is assigned. */
  expectedReferralRatePercentage: optNull(number()),
};

/** A case as the referral partner sees it (Referral GET /cases). */
export const CaseItem = object(caseItemFields);
export type CaseItem = z.infer<typeof CaseItem>;

export const LifecycleBreakdown = object({
  active: optional(int()),
  pending: optional(int()),
  closed: optional(int()),
  paused: optional(int()),
});
export type LifecycleBreakdown = z.infer<typeof LifecycleBreakdown>;

export const CasesSummary = object({
  totalCases: optional(int()),
  casesThisMonth: optional(int()),
  byLifecycle: nested(LifecycleBreakdown),
});
export type CasesSummary = z.infer<typeof CasesSummary>;

/** Referral GET /cases. */
export const GetCasesResponse = object({
  page: nested(PageData),
  cases: optNull(array(CaseItem)),
  summary: nested(CasesSummary),
});
export type GetCasesResponse = z.infer<typeof GetCasesResponse>;

/** What the partner would earn if the whole case were collected. USD; percentages as whole numbers (9.5 = 9.5 %). */
export const CasePotentialRevenue = object({
  grossAmountUsd: optional(number()),
  successFeePercentage: optional(number()),
  collectionPartnerRevenueUsd: optional(number()),
  platformRevenueSharePercentage: optional(number()),
  platformRevenueUsd: optional(number()),
  referralFeePercentage: optional(number()),
  referralRevenueUsd: optional(number()),
});
export type CasePotentialRevenue = z.infer<typeof CasePotentialRevenue>;

/** Referral GET /cases/{id}. */
export const GetCaseDetailResponse = object({ ...caseItemFields, potentialRevenue: nested(CasePotentialRevenue) });
export type GetCaseDetailResponse = z.infer<typeof GetCaseDetailResponse>;

export const FilterOptionCountry = object({ id: optional(int()), name: optNull(string()) });
export type FilterOptionCountry = z.infer<typeof FilterOptionCountry>;

export const FilterOptionCarveoutPartner = object({ id: optional(uuid), name: optNull(string()) });
export type FilterOptionCarveoutPartner = z.infer<typeof FilterOptionCarveoutPartner>;

/** Referral GET /referral-partner/filter-options. */
export const GetFilterOptionsResponse = object({
  countries: optNull(array(FilterOptionCountry)),
  carveoutPartners: optNull(array(FilterOptionCarveoutPartner)),
});
export type GetFilterOptionsResponse = z.infer<typeof GetFilterOptionsResponse>;

/** Whether Debitura has received the collection partner's commission (query value = index). */
export const commissionPaymentStatuses = ['Unpaid', 'Paid', 'Credited'] as const;
export type CommissionPaymentStatus = (typeof commissionPaymentStatuses)[number];
/** Debitura's invoicing of the collection partner (query value = index). */
export const platformInvoicingStatuses = [
  'NotInvoiced',
  'InvoiceIssued',
  'PaymentReceived',
  'InvoiceCredited',
] as const;
export type PlatformInvoicingStatus = (typeof platformInvoicingStatuses)[number];
/** The referral partner's invoicing of Debitura (query value = index). */
export const referralInvoicingStatuses = ['Pending', 'Invoiced', 'Paid', 'Disputed'] as const;
export type ReferralInvoicingStatus = (typeof referralInvoicingStatuses)[number];
/**
 * The seven buckets of the revenue summary, in its order (query value `RevenueStages` = index): pending →
 * confirmed → awaiting collection partner payment → ready to invoice → awaiting Debitura payment → paid, and
 * disputed apart.
 */
export const transactionRevenueStages = [
  'Pending',
  'ConfirmedPendingInvoice',
  'AwaitingCollectionPartnerPayment',
  'ReadyToInvoiceDebitura',
  'AwaitingDebituraPayment',
  'Paid',
  'Disputed',
] as const;
export type TransactionRevenueStage = (typeof transactionRevenueStages)[number];

/**
 * Each stage's three status axes (commission payment, platform invoicing, referral invoicing): the summary's
 * per-stage predicates, so a transaction's statuses name the one stage it is counted under.
 */
export const revenueStageStatuses: Readonly<
  Record<TransactionRevenueStage, readonly [CommissionPaymentStatus, PlatformInvoicingStatus, ReferralInvoicingStatus]>
> = {
  Pending: ['Unpaid', 'NotInvoiced', 'Pending'],
  ConfirmedPendingInvoice: ['Paid', 'NotInvoiced', 'Pending'],
  AwaitingCollectionPartnerPayment: ['Paid', 'InvoiceIssued', 'Pending'],
  ReadyToInvoiceDebitura: ['Paid', 'PaymentReceived', 'Pending'],
  AwaitingDebituraPayment: ['Paid', 'PaymentReceived', 'Invoiced'],
  Paid: ['Paid', 'PaymentReceived', 'Paid'],
  Disputed: ['Paid', 'PaymentReceived', 'Disputed'],
};

/** The stage a transaction's statuses put it in; null for a combination no stage counts (e.g. credited). */
export function revenueStageOf(
  status:
    | {
        commissionPaymentStatus?: string | null;
        platformInvoicingStatus?: string | null;
        referralInvoicingStatus?: string | null;
      }
    | null
    | undefined,
): TransactionRevenueStage | null {
  if (!status) return null;
  return (
    transactionRevenueStages.find((stage) => {
      const [commission, platform, referral] = revenueStageStatuses[stage];
      return (
        status.commissionPaymentStatus === commission &&
        status.platformInvoicingStatus === platform &&
        status.referralInvoicingStatus === referral
      );
    }) ?? null
  );
}

export const TransactionItem = object({
  transactionId: optional(uuid),
  date: optional(isoDateTime),
  client: nested(
    object({
      externalTenantId: optNull(string()),
      creditorId: optional(uuid),
      companyName: optNull(string()),
    }),
  ),
  case: nested(
    object({
      invoiceId: optional(uuid),
      caseReference: optNull(string()),
      debtorName: optNull(string()),
      originalAmount: optional(number()),
      currency: optNull(string()),
    }),
  ),
  payment: nested(
    object({
      amount: optional(number()),
      currency: optNull(string()),
      paymentDate: optional(isoDateTime),
    }),
  ),
  earnings: nested(
    object({
      currency: optNull(string()),
      debituraRevenue: optional(number()),
      debituraRevenueUsd: optional(number()),
      referralFeePercentage: optional(number()),
      referralFeeAmount: optional(number()),
      referralFeeAmountUsd: optional(number()),
      isEstimate: optional(boolean()),
    }),
  ),
  recognition: nested(
    object({
      isRecognized: optional(boolean()),
      referralFeeRecognizedUsd: optional(number()),
    }),
  ),
  /** Status names as strings ("Unpaid", "NotInvoiced", "Pending"). */
  status: nested(
    object({
      commissionPaymentStatus: optNull(string()),
      platformInvoicingStatus: optNull(string()),
      referralInvoicingStatus: optNull(string()),
    }),
  ),
});
export type TransactionItem = z.infer<typeof TransactionItem>;

export const RevenueBreakdown = object({
  pendingReferralFeeUsd: optional(number()),
  pendingCount: optional(int()),
  confirmedPendingInvoiceReferralFeeUsd: optional(number()),
  confirmedPendingInvoiceCount: optional(int()),
  awaitingCollectionPartnerPaymentReferralFeeUsd: optional(number()),
  awaitingCollectionPartnerPaymentCount: optional(int()),
  readyToInvoiceDebituraReferralFeeUsd: optional(number()),
  readyToInvoiceDebituraCount: optional(int()),
  awaitingDebituraPaymentReferralFeeUsd: optional(number()),
  awaitingDebituraPaymentCount: optional(int()),
  paidReferralFeeUsd: optional(number()),
  paidCount: optional(int()),
  disputedReferralFeeUsd: optional(number()),
  disputedCount: optional(int()),
});
export type RevenueBreakdown = z.infer<typeof RevenueBreakdown>;

/** Where each stage's figures sit in the summary (`pendingReferralFeeUsd`, `pendingCount`, …). */
export const revenueBreakdownFields: Readonly<
  Record<TransactionRevenueStage, readonly [amount: keyof RevenueBreakdown, count: keyof RevenueBreakdown]>
> = {
  Pending: ['pendingReferralFeeUsd', 'pendingCount'],
  ConfirmedPendingInvoice: ['confirmedPendingInvoiceReferralFeeUsd', 'confirmedPendingInvoiceCount'],
  AwaitingCollectionPartnerPayment: [
    'awaitingCollectionPartnerPaymentReferralFeeUsd',
    'awaitingCollectionPartnerPaymentCount',
  ],
  ReadyToInvoiceDebitura: ['readyToInvoiceDebituraReferralFeeUsd', 'readyToInvoiceDebituraCount'],
  AwaitingDebituraPayment: ['awaitingDebituraPaymentReferralFeeUsd', 'awaitingDebituraPaymentCount'],
  Paid: ['paidReferralFeeUsd', 'paidCount'],
  Disputed: ['disputedReferralFeeUsd', 'disputedCount'],
};

export const TransactionsSummary = object({
  revenue: nested(RevenueBreakdown),
  totalDebituraRevenueUsd: optional(number()),
});
export type TransactionsSummary = z.infer<typeof TransactionsSummary>;

/** Referral GET /reporting/transactions. */
export const TransactionsResponse = object({
  data: optNull(array(TransactionItem)),
  page: nested(PageData),
  summary: nested(TransactionsSummary),
});
export type TransactionsResponse = z.infer<typeof TransactionsResponse>;
