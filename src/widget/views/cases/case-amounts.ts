// The three amounts a creditor asks about: what was sent to collection, what came back, what is still owed.
// Debitura gives the claim (`grossAmount`) and what is left (`remainder`); collected is their difference.
import type { InvoiceDto } from '../../../wire/case.js';

export interface CaseAmounts {
  original: number | null;
  /** Null when Debitura has not said what remains; 0 when nothing has come in yet. */
  collected: number | null;
  outstanding: number | null;
  currency: string | null;
}

/** Rounds to cents, so 1000 − 999.9 is 0.1 and not 0.10000000000002274. */
function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

export function caseAmounts(item: Pick<InvoiceDto, 'grossAmount' | 'remainder' | 'currency'>): CaseAmounts {
  const original = typeof item.grossAmount === 'number' ? item.grossAmount : null;
  const outstanding = typeof item.remainder === 'number' ? Math.max(0, item.remainder) : null;
  const collected = original !== null && outstanding !== null ? Math.max(0, cents(original - outstanding)) : null;
  return { original, collected, outstanding, currency: item.currency ?? null };
}

/** Collected so far, or null when nothing has been collected (the list leaves the cell quiet then). */
export function collectedSoFar(item: Pick<InvoiceDto, 'grossAmount' | 'remainder' | 'currency'>): number | null {
  const { collected } = caseAmounts(item);
  return collected !== null && collected > 0 ? collected : null;
}
