// Referral Partner API, partner-wide reads for a staff console: cases across every linked client (with the
// revenue a case could bring), the filter options and the revenue transactions (all amounts in USD).
import * as z from 'zod/mini';
import { CaseValidationStatusDto } from './case-resources.js';
import { PageData } from './case-list.js';
import { isoDateTime, nested, optNull, uuid } from './formats.js';

export const ContactUser = z.object({
  email: optNull(z.string()),
  name: optNull(z.string()),
});
export type ContactUser = z.infer<typeof ContactUser>;

export const ClientContacts = z.object({
  onboardingUser: nested(ContactUser),
  officeEmail: optNull(z.string()),
  otherUsers: optNull(z.array(ContactUser)),
});
export type ClientContacts = z.infer<typeof ClientContacts>;

export const CaseClientInfo = z.object({
  externalTenantId: optNull(z.string()),
  creditorId: z.optional(uuid),
  companyName: optNull(z.string()),
  contacts: nested(ClientContacts),
});
export type CaseClientInfo = z.infer<typeof CaseClientInfo>;

export const CaseDebtorInfo = z.object({
  name: optNull(z.string()),
  /** Full English name, e.g. "Denmark". */
  country: optNull(z.string()),
});
export type CaseDebtorInfo = z.infer<typeof CaseDebtorInfo>;

const caseItemFields = {
  id: z.optional(uuid),
  reference: optNull(z.string()),
  creditorReference: optNull(z.string()),
  client: nested(CaseClientInfo),
  debtor: nested(CaseDebtorInfo),
  grossAmount: z.optional(z.number()),
  remainder: z.optional(z.number()),
  currency: optNull(z.string()),
  /** A lifecycle label ("Pending Verification"), as InvoiceDto carries it. */
  lifecycle: optNull(z.string()),
  closeCode: optNull(z.string()),
  currentEngagementPhase: optNull(z.string()),
  dateCreated: z.optional(isoDateTime),
  dueDate: z.optional(isoDateTime),
  dateCollectionStarted: optNull(isoDateTime),
  dateFinished: optNull(isoDateTime),
  validation: nested(CaseValidationStatusDto),
  /** Display name of the collection partner; null until one is assigned. */
  collectionPartner: optNull(z.string()),
  /** The client's referral fee rate in percent; null until a collection partner is assigned. */
  expectedReferralRatePercentage: optNull(z.number()),
};

/** A case as the referral partner sees it (Referral GET /cases). */
export const CaseItem = z.object(caseItemFields);
export type CaseItem = z.infer<typeof CaseItem>;

export const LifecycleBreakdown = z.object({
  active: z.optional(z.int()),
  pending: z.optional(z.int()),
  closed: z.optional(z.int()),
  paused: z.optional(z.int()),
});
export type LifecycleBreakdown = z.infer<typeof LifecycleBreakdown>;

export const CasesSummary = z.object({
  totalCases: z.optional(z.int()),
  casesThisMonth: z.optional(z.int()),
  byLifecycle: nested(LifecycleBreakdown),
});
export type CasesSummary = z.infer<typeof CasesSummary>;

/** Referral GET /cases. */
export const GetCasesResponse = z.object({
  page: nested(PageData),
  cases: optNull(z.array(CaseItem)),
  summary: nested(CasesSummary),
});
export type GetCasesResponse = z.infer<typeof GetCasesResponse>;

/** What the partner would earn if the whole case were collected. USD; percentages as whole numbers (9.5 = 9.5 %). */
export const CasePotentialRevenue = z.object({
  grossAmountUsd: z.optional(z.number()),
  successFeePercentage: z.optional(z.number()),
  collectionPartnerRevenueUsd: z.optional(z.number()),
  platformRevenueSharePercentage: z.optional(z.number()),
  platformRevenueUsd: z.optional(z.number()),
  referralFeePercentage: z.optional(z.number()),
  referralRevenueUsd: z.optional(z.number()),
});
export type CasePotentialRevenue = z.infer<typeof CasePotentialRevenue>;

/** Referral GET /cases/{id}. */
export const GetCaseDetailResponse = z.object({ ...caseItemFields, potentialRevenue: nested(CasePotentialRevenue) });
export type GetCaseDetailResponse = z.infer<typeof GetCaseDetailResponse>;

export const FilterOptionCountry = z.object({ id: z.optional(z.int()), name: optNull(z.string()) });
export type FilterOptionCountry = z.infer<typeof FilterOptionCountry>;

export const FilterOptionCarveoutPartner = z.object({ id: z.optional(uuid), name: optNull(z.string()) });
export type FilterOptionCarveoutPartner = z.infer<typeof FilterOptionCarveoutPartner>;

/** Referral GET /referral-partner/filter-options. */
export const GetFilterOptionsResponse = z.object({
  countries: optNull(z.array(FilterOptionCountry)),
  carveoutPartners: optNull(z.array(FilterOptionCarveoutPartner)),
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

export const TransactionItem = z.object({
  transactionId: z.optional(uuid),
  date: z.optional(isoDateTime),
  client: nested(
    z.object({
      externalTenantId: optNull(z.string()),
      creditorId: z.optional(uuid),
      companyName: optNull(z.string()),
    }),
  ),
  case: nested(
    z.object({
      invoiceId: z.optional(uuid),
      caseReference: optNull(z.string()),
      debtorName: optNull(z.string()),
      originalAmount: z.optional(z.number()),
      currency: optNull(z.string()),
    }),
  ),
  payment: nested(
    z.object({
      amount: z.optional(z.number()),
      currency: optNull(z.string()),
      paymentDate: z.optional(isoDateTime),
    }),
  ),
  earnings: nested(
    z.object({
      currency: optNull(z.string()),
      debituraRevenue: z.optional(z.number()),
      debituraRevenueUsd: z.optional(z.number()),
      referralFeePercentage: z.optional(z.number()),
      referralFeeAmount: z.optional(z.number()),
      referralFeeAmountUsd: z.optional(z.number()),
      isEstimate: z.optional(z.boolean()),
    }),
  ),
  recognition: nested(
    z.object({
      isRecognized: z.optional(z.boolean()),
      referralFeeRecognizedUsd: z.optional(z.number()),
    }),
  ),
  /** Status names as strings ("Unpaid", "NotInvoiced", "Pending"). */
  status: nested(
    z.object({
      commissionPaymentStatus: optNull(z.string()),
      platformInvoicingStatus: optNull(z.string()),
      referralInvoicingStatus: optNull(z.string()),
    }),
  ),
});
export type TransactionItem = z.infer<typeof TransactionItem>;

export const RevenueBreakdown = z.object({
  pendingReferralFeeUsd: z.optional(z.number()),
  pendingCount: z.optional(z.int()),
  confirmedPendingInvoiceReferralFeeUsd: z.optional(z.number()),
  confirmedPendingInvoiceCount: z.optional(z.int()),
  awaitingCollectionPartnerPaymentReferralFeeUsd: z.optional(z.number()),
  awaitingCollectionPartnerPaymentCount: z.optional(z.int()),
  readyToInvoiceDebituraReferralFeeUsd: z.optional(z.number()),
  readyToInvoiceDebituraCount: z.optional(z.int()),
  awaitingDebituraPaymentReferralFeeUsd: z.optional(z.number()),
  awaitingDebituraPaymentCount: z.optional(z.int()),
  paidReferralFeeUsd: z.optional(z.number()),
  paidCount: z.optional(z.int()),
  disputedReferralFeeUsd: z.optional(z.number()),
  disputedCount: z.optional(z.int()),
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

export const TransactionsSummary = z.object({
  revenue: nested(RevenueBreakdown),
  totalDebituraRevenueUsd: z.optional(z.number()),
});
export type TransactionsSummary = z.infer<typeof TransactionsSummary>;

/** Referral GET /reporting/transactions. */
export const TransactionsResponse = z.object({
  data: optNull(z.array(TransactionItem)),
  page: nested(PageData),
  summary: nested(TransactionsSummary),
});
export type TransactionsResponse = z.infer<typeof TransactionsResponse>;
