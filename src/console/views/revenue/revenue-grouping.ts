// Transactions grouped the two ways staff reconcile commission: by calendar month of collection (UTC, as
// Debitura's monthly cycle counts) and by client. Each group sums referral fees in USD, to the cent.
import type { TransactionItem } from '../../../wire/referral-reporting.js';
import { sumUsd } from './usd-sum.js';

export interface RevenueGroup {
  /** `2026-10` for a month, the externalTenantId for a client. */
  key: string;
  /** The client's company name (the key for a month). */
  label: string;
  referralFeeUsd: number;
  count: number;
}

function grouped(
  items: readonly TransactionItem[],
  keyOf: (item: TransactionItem) => { key: string; label: string } | null,
): RevenueGroup[] {
  const groups = new Map<string, { label: string; fees: number[] }>();
  for (const item of items) {
    const group = keyOf(item);
    if (!group) continue;
    const entry = groups.get(group.key) ?? { label: group.label, fees: [] };
    entry.fees.push(item.earnings?.referralFeeAmountUsd ?? 0);
    groups.set(group.key, entry);
  }
  return [...groups].map(([key, { label, fees }]) => ({
    key,
    label,
    referralFeeUsd: sumUsd(fees),
    count: fees.length,
  }));
}

/** One group per month with transactions, newest first. */
export function revenueByMonth(items: readonly TransactionItem[]): RevenueGroup[] {
  return grouped(items, (item) => {
    const month = item.date?.slice(0, 7);
    return month && /^\d{4}-\d{2}$/.test(month) ? { key: month, label: month } : null;
  }).sort((a, b) => b.key.localeCompare(a.key));
}

/** One group per client, the largest referral fees first (then by name). */
export function revenueByClient(items: readonly TransactionItem[]): RevenueGroup[] {
  return grouped(items, (item) => {
    const key = item.client?.externalTenantId;
    return key ? { key, label: item.client?.companyName || key } : null;
  }).sort((a, b) => b.referralFeeUsd - a.referralFeeUsd || a.label.localeCompare(b.label));
}
