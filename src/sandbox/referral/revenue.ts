// What a case earns, in USD: the collection partner's success fee on what is collected, Debitura's share of that
// fee, and the referral partner's share of Debitura's (the client's snapshotted referral fee). One set of rules
// for a case's potential revenue (GET /cases/{id}) and for the transactions of its payments
// (GET /reporting/transactions), so the two always agree.
import type { CasePotentialRevenue } from '../../wire/index.js';
import { jurisdictionOf } from '../partners.js';
import type { SandboxTenant, StoredCase } from '../state.js';
import { SANDBOX_REFERRAL_FEE_PERCENTAGE } from './partner-profile.js';

/** Debitura's share of the collection partner's success fee, in percent (the spec's example value). */
export const PLATFORM_REVENUE_SHARE_PERCENTAGE = 40;

/**
 * USD per unit of each currency the sandbox prices. Fixed, so figures are reproducible; Debitura's own rates
 * move until revenue is recognised. A currency not listed counts at par.
 */
const usdPerUnit: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.08,
  DKK: 0.145,
  SEK: 0.0964,
  NOK: 0.0931,
  GBP: 1.27,
  CHF: 1.13,
  PLN: 0.25,
  CAD: 0.73,
  AUD: 0.66,
};

export function roundMoney(amount: number): number {
  return Math.round(amount * 100) / 100;
}

export function toUsd(amount: number, currency: string | null | undefined): number {
  return roundMoney(amount * (usdPerUnit[(currency ?? 'USD').toUpperCase()] ?? 1));
}

/** The client's referral fee: the rate its link was made with, else the partner's current one. */
export function referralFeePercentageOf(tenant: SandboxTenant): number {
  return tenant.referralFeePercentage ?? SANDBOX_REFERRAL_FEE_PERCENTAGE;
}

/** The case's success fee; before a partner is assigned, the base fee of the debtor's jurisdiction. */
export function successFeePercentageOf(stored: StoredCase): number {
  const invoice = stored.invoice;
  if (invoice.preLegalSuccessFee !== null && invoice.preLegalSuccessFee !== undefined)
    return invoice.preLegalSuccessFee;
  const debtor = invoice.debtor;
  const jurisdiction = debtor?.countryAlpha2 ? jurisdictionOf(debtor.countryAlpha2, debtor.stateAlpha2) : undefined;
  return jurisdiction?.baseSuccessFeePercentage ?? 0;
}

/** Debitura's revenue and the referral fee on one collected amount, in the case's currency and in USD. */
export interface Earnings {
  debituraRevenue: number;
  debituraRevenueUsd: number;
  referralFeePercentage: number;
  referralFeeAmount: number;
  referralFeeAmountUsd: number;
}

export function earningsOn(amount: number, stored: StoredCase, tenant: SandboxTenant): Earnings {
  const currency = stored.invoice.currency;
  const debituraRevenue = (amount * successFeePercentageOf(stored) * PLATFORM_REVENUE_SHARE_PERCENTAGE) / 10_000;
  const referralFeePercentage = referralFeePercentageOf(tenant);
  const referralFeeAmount = (debituraRevenue * referralFeePercentage) / 100;
  return {
    debituraRevenue: roundMoney(debituraRevenue),
    debituraRevenueUsd: toUsd(debituraRevenue, currency),
    referralFeePercentage,
    referralFeeAmount: roundMoney(referralFeeAmount),
    referralFeeAmountUsd: toUsd(referralFeeAmount, currency),
  };
}

/** What the partner would earn if the whole gross amount were collected. */
export function potentialRevenueOf(stored: StoredCase, tenant: SandboxTenant): CasePotentialRevenue {
  const grossAmountUsd = toUsd(stored.invoice.grossAmount ?? 0, stored.invoice.currency);
  const successFeePercentage = successFeePercentageOf(stored);
  const collectionPartnerRevenueUsd = roundMoney((grossAmountUsd * successFeePercentage) / 100);
  const platformRevenueUsd = roundMoney((collectionPartnerRevenueUsd * PLATFORM_REVENUE_SHARE_PERCENTAGE) / 100);
  const referralFeePercentage = referralFeePercentageOf(tenant);
  return {
    grossAmountUsd,
    successFeePercentage,
    collectionPartnerRevenueUsd,
    platformRevenueSharePercentage: PLATFORM_REVENUE_SHARE_PERCENTAGE,
    platformRevenueUsd,
    referralFeePercentage,
    referralRevenueUsd: roundMoney((platformRevenueUsd * referralFeePercentage) / 100),
  };
}
