// The multi-invoice age breakdown of an amount (amountToRecoverOver6/12/24Months), its rules and the
// blended age uplift it prices to.
import type { FieldErrors } from './field-errors.js';

export interface AgeBreakdownInput {
  amountToRecover: number;
  amountToRecoverOver6Months?: number | null | undefined;
  amountToRecoverOver12Months?: number | null | undefined;
  amountToRecoverOver24Months?: number | null | undefined;
}

export interface AgeBreakdown {
  over6: number | null;
  over12: number;
  over24: number;
}

const over6 = 'amountToRecoverOver6Months';
const over12 = 'amountToRecoverOver12Months';
const over24 = 'amountToRecoverOver24Months';

/**
 * The breakdown when one was sent and is consistent (Over24 ≤ Over12 ≤ Over6 ≤ total, Over12 and
 * Over24 together, Over6 only with both); null when none was sent; errors are added otherwise.
 */
export function checkAgeBreakdown(input: AgeBreakdownInput, errors: FieldErrors): AgeBreakdown | null | undefined {
  const a6 = input.amountToRecoverOver6Months ?? null;
  const a12 = input.amountToRecoverOver12Months ?? null;
  const a24 = input.amountToRecoverOver24Months ?? null;
  if (a6 === null && a12 === null && a24 === null) return null;
  const before = errors.count;

  if ((a12 === null) !== (a24 === null)) {
    const missing = a12 === null ? over12 : over24;
    errors.add(missing, `${over12} and ${over24} must be provided together.`);
  }
  if (a6 !== null && (a12 === null || a24 === null)) {
    errors.add(over6, `${over6} can only be provided together with ${over12} and ${over24}.`);
  }
  for (const [field, value] of [
    [over6, a6],
    [over12, a12],
    [over24, a24],
  ] as const) {
    if (value === null) continue;
    if (value < 0) errors.add(field, `${field} cannot be negative.`);
    if (value > input.amountToRecover) errors.add(field, `${field} cannot exceed amountToRecover.`);
  }
  if (a12 !== null && a24 !== null && a24 > a12) errors.add(over24, `${over24} cannot exceed ${over12}.`);
  if (a6 !== null && a12 !== null && a6 < a12) errors.add(over6, `${over6} cannot be less than ${over12}.`);

  if (errors.count > before || a12 === null || a24 === null) return undefined;
  return { over6: a6, over12: a12, over24: a24 };
}

/**
 * Blended age uplift in percentage points, 0–20: `((A12 − A24) × 10 + A24 × 20) / total`, the formula
 * of InvoiceDto.blendedAgeUpliftPoints (REFERENCE §3.2 CONFLICT; see age-surcharge.ts).
 */
export function blendedAgeUpliftPoints(amountToRecover: number, breakdown: AgeBreakdown): number {
  if (amountToRecover <= 0) return 0;
  const points = ((breakdown.over12 - breakdown.over24) * 10 + breakdown.over24 * 20) / amountToRecover;
  return Math.round(points * 100) / 100;
}
