// Amounts as the reader's locale writes them, in the case's currency.
import { numberFormat } from './formatter-cache.js';

export function formatMoney(amount: number, currencyCode: string | null | undefined, locale: string): string {
  const currency = currencyCode?.trim().toUpperCase();
  if (currency) {
    try {
      return numberFormat(locale, { style: 'currency', currency }).format(amount);
    } catch {
      // Not an ISO 4217 code Intl knows: show the number with the code beside it.
      return `${formatNumber(amount, locale)} ${currency}`;
    }
  }
  return formatNumber(amount, locale);
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** Debitura's percentages are whole numbers (20.5 means 20.5 %). */
export function formatPercent(value: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}
