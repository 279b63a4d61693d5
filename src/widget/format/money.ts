// Amounts as the reader's locale writes them, in the case's currency.
import { numberFormat } from './formatter-cache.js';

export function formatMoney(amount: number, currencyCode: string | null | undefined, locale: string): string {
  const currency = currencyCode?.trim().toUpperCase();
  if (currency) {
    const format = currencyFormat(locale, currency);
    // Not an ISO 4217 code Intl knows: show the number with the code beside it.
    return format ? format.format(amount) : `${formatNumber(amount, locale)} ${currency}`;
  }
  return formatNumber(amount, locale);
}

/** Looked up by locale and code without building a cache key from the options: a list formats hundreds. */
const currencyFormats = new Map<string, Intl.NumberFormat | null>();

function currencyFormat(locale: string, currency: string): Intl.NumberFormat | null {
  const key = `${locale} ${currency}`;
  let format = currencyFormats.get(key);
  if (format === undefined) {
    try {
      format = numberFormat(locale, { style: 'currency', currency });
    } catch {
      format = null;
    }
    currencyFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** Debitura's percentages are whole numbers (20.5 means 20.5 %). */
export function formatPercent(value: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}
