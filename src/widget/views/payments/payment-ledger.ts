// The account's payments as the payments view shows them: every page of GET /Payments, narrowed to a date range,
// summed per currency and cut into screen pages. Pure but for the loader, so it is tested in node.
//
// GET /Payments takes only Page and PageSize (the spec has no date filter), and a total per currency over a date
// range needs every payment in that range. So the view reads the pages itself, 100 payments each and at most
// `maxPages` of them, then filters by date and pages on screen; it says so when the account holds more.
import type { PaymentDto } from '../../../wire/case-resources.js';
import type { CustomerApi } from '../../api/customer-api-client.js';
import { parseDebituraInstant } from '../../format/date.js';
import { dateTimeFormat } from '../../format/formatter-cache.js';
import { noDateRange, type DateRange } from './payments-memory.js';

export { noDateRange, type DateRange };

export const paymentsPageSize = 100;
export const maxPaymentPages = 10;

export interface PaymentLedger {
  /** Newest first. */
  payments: PaymentDto[];
  /** How many payments the account holds, as Debitura counts them. */
  totalResults: number;
}

export async function loadPaymentLedger(client: CustomerApi, signal?: AbortSignal): Promise<PaymentLedger> {
  const payments: PaymentDto[] = [];
  let totalResults = 0;
  for (let page = 1; page <= maxPaymentPages; page++) {
    const answer = await client.listAccountPayments({ Page: page, PageSize: paymentsPageSize }, signal);
    payments.push(...(answer.payments ?? []));
    totalResults = answer.page.totalResults ?? payments.length;
    if (page >= (answer.page.totalPages ?? 1)) break;
  }
  return { payments: newestFirst(payments), totalResults: Math.max(totalResults, payments.length) };
}

function time(payment: PaymentDto): number {
  return (payment.date ? parseDebituraInstant(payment.date)?.getTime() : undefined) ?? 0;
}

export function newestFirst(payments: readonly PaymentDto[]): PaymentDto[] {
  return [...payments].sort((a, b) => time(b) - time(a) || (b.id ?? '').localeCompare(a.id ?? ''));
}

/** The calendar day (`YYYY-MM-DD`) of an instant in the reader's time zone (or `timeZone`), as the table shows it. */
export function calendarDay(value: string | null | undefined, timeZone?: string): string | null {
  if (!value) return null;
  const date = parseDebituraInstant(value);
  if (!date) return null;
  // Date-only values are calendar dates already; an instant falls on the reader's day.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return dateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the range can be applied: each end a date or empty, and the start not after the end. */
export function dateRangeProblem(range: DateRange): 'invalid' | 'reversed' | null {
  if ((range.from && !isoDay.test(range.from)) || (range.to && !isoDay.test(range.to))) return 'invalid';
  if (range.from && range.to && range.from > range.to) return 'reversed';
  return null;
}

export function inDateRange(payments: readonly PaymentDto[], range: DateRange, timeZone?: string): PaymentDto[] {
  if (dateRangeProblem(range) || (!range.from && !range.to)) return [...payments];
  return payments.filter((payment) => {
    const day = calendarDay(payment.date, timeZone);
    if (!day) return false;
    return (!range.from || day >= range.from) && (!range.to || day <= range.to);
  });
}

export interface CurrencyTotal {
  /** ISO 4217 code, or '' when Debitura sent none. */
  currency: string;
  amount: number;
  count: number;
}

/** The sum per currency, largest count first, then by code; to the cent, so floating sums do not show 0.30000001. */
export function totalsByCurrency(payments: readonly PaymentDto[]): CurrencyTotal[] {
  const totals = new Map<string, CurrencyTotal>();
  for (const payment of payments) {
    const currency = (payment.currency ?? '').trim().toUpperCase();
    const total = totals.get(currency) ?? { currency, amount: 0, count: 0 };
    total.amount = Math.round((total.amount + (payment.grossAmount ?? 0)) * 100) / 100;
    total.count++;
    totals.set(currency, total);
  }
  return [...totals.values()].sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency));
}

export interface ScreenPage<T> {
  items: T[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pageCount: number;
}

export function screenPage<T>(items: readonly T[], page: number, pageSize: number): ScreenPage<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { items: items.slice((current - 1) * pageSize, current * pageSize), page: current, pageCount };
}

/** What makes two loads differ for the reader: which payments there are and their amounts and dates. */
export function ledgerFingerprint(ledger: PaymentLedger): string {
  return JSON.stringify([
    ledger.totalResults,
    ledger.payments.map((payment) => [payment.id, payment.date, payment.grossAmount, payment.currency]),
  ]);
}
