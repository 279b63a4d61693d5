// The partner's revenue transactions: one per payment collected on a client's case, so a case's transactions
// always sum to the referral-fee share of what was recovered on it (revenue.ts), for seeded cases and for
// payments made later alike. Where a transaction stands in the revenue pipeline follows from its age, the way
// Debitura's monthly cycle moves it: this month's collections are pending; last month's are confirmed (or
// invoiced to the collection partner); then ready to invoice, awaiting Debitura's payment, and paid. About
// one in twelve older transactions is disputed, picked by its id so the picture is the same on every call.
import {
  commissionPaymentStatuses,
  platformInvoicingStatuses,
  referralInvoicingStatuses,
  revenueStageStatuses,
  type TransactionItem,
  type TransactionRevenueStage,
} from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import type { PartnerCase } from './partner-cases.js';
import { partnerCases } from './partner-cases.js';
import { earningsOn, roundMoney, toUsd } from './revenue.js';
import type { SandboxTenant } from '../state.js';

/** A transaction with what the list filters on besides its wire fields. */
export interface RevenueTransaction {
  item: TransactionItem;
  stage: TransactionRevenueStage;
  source: PartnerCase;
  collectedAt: number;
  amountUsd: number;
  referralFeeAmountUsd: number;
  debituraRevenueUsd: number;
}

function monthsBetween(earlier: Date, later: Date): number {
  return (later.getUTCFullYear() - earlier.getUTCFullYear()) * 12 + later.getUTCMonth() - earlier.getUTCMonth();
}

function stageOf(paymentId: string, collectedAt: Date, now: Date): TransactionRevenueStage {
  const months = monthsBetween(collectedAt, now);
  const pick = parseInt(paymentId.replace(/-/g, '').slice(-6), 16) || 0;
  if (months >= 2 && pick % 12 === 0) return 'Disputed';
  if (months <= 0) return 'Pending';
  if (months === 1) return pick % 2 === 0 ? 'ConfirmedPendingInvoice' : 'AwaitingCollectionPartnerPayment';
  if (months === 2) return 'ReadyToInvoiceDebitura';
  if (months === 3) return 'AwaitingDebituraPayment';
  return 'Paid';
}

export function revenueTransactions(ctx: SandboxContext): RevenueTransaction[] {
  const now = ctx.now();
  const transactions: RevenueTransaction[] = [];
  for (const source of partnerCases(ctx)) {
    const { stored, tenant } = source;
    const invoice = stored.invoice;
    for (const payment of stored.payments) {
      if (!payment.id || !payment.date || !payment.grossAmount) continue;
      const collectedAt = new Date(payment.date);
      const stage = stageOf(payment.id, collectedAt, now);
      const [commission, platform, referral] = revenueStageStatuses[stage];
      const earnings = earningsOn(payment.grossAmount, stored, tenant);
      const recognized = platform === 'PaymentReceived';
      const currency = payment.currency ?? invoice.currency ?? null;
      transactions.push({
        stage,
        source,
        collectedAt: collectedAt.getTime(),
        amountUsd: toUsd(payment.grossAmount, currency),
        referralFeeAmountUsd: earnings.referralFeeAmountUsd,
        debituraRevenueUsd: earnings.debituraRevenueUsd,
        item: {
          transactionId: payment.id,
          date: payment.date,
          client: {
            externalTenantId: tenant.externalTenantId,
            creditorId: tenant.creditorId,
            companyName: tenant.companyName,
          },
          case: {
            invoiceId: invoice.id,
            caseReference: invoice.reference ?? null,
            debtorName: invoice.debtor?.name ?? null,
            originalAmount: invoice.grossAmount ?? 0,
            currency: invoice.currency ?? null,
          },
          payment: { amount: payment.grossAmount, currency, paymentDate: payment.date },
          earnings: { currency, ...earnings, isEstimate: commission !== 'Paid' },
          recognition: {
            isRecognized: recognized,
            referralFeeRecognizedUsd: recognized ? earnings.referralFeeAmountUsd : 0,
          },
          status: {
            commissionPaymentStatus: commission,
            platformInvoicingStatus: platform,
            referralInvoicingStatus: referral,
          },
        },
      });
    }
  }
  return transactions;
}

/** The status names' wire order, for the integer query values. */
export const statusAxes = {
  CommissionPaymentStatuses: commissionPaymentStatuses,
  PlatformInvoicingStatuses: platformInvoicingStatuses,
  ReferralInvoicingStatuses: referralInvoicingStatuses,
} as const;

/** What the partner has earned on one client, in USD: the referral fees of all its transactions. */
export function clientEarningsUsd(ctx: SandboxContext, tenant: SandboxTenant): number {
  const total = revenueTransactions(ctx)
    .filter((transaction) => transaction.source.tenant === tenant)
    .reduce((sum, transaction) => sum + transaction.referralFeeAmountUsd, 0);
  return roundMoney(total);
}
