// Age surcharge on the success fee. REFERENCE §3.2 CONFLICT: PricingPreviewDto's prose says +8 pp for
// 12–24 months and +15 pp for 24+ (blend 0–15), while the age-bucket fields and
// InvoiceDto.blendedAgeUpliftPoints use ((A12 − A24) × 10 + A24 × 20) / total (0–20). The sandbox uses
// the latter everywhere — +10 pp past 12 months, +20 pp past 24 months, blended for a breakdown — so a
// preview and the case it becomes always agree.
import { blendedAgeUpliftPoints, type AgeBreakdown } from './age-buckets.js';
import { daysBetween } from './calendar-dates.js';

export interface AgeSurcharge {
  /** Percentage points added to the base success fee. */
  points: number;
  /** The blended uplift of a multi-invoice breakdown; null for single-invoice (due date) pricing. */
  blendedAgeUpliftPoints: number | null;
}

export function ageSurcharge(
  amountToRecover: number,
  breakdown: AgeBreakdown | null,
  dueDate: Date | null,
  now: Date,
): AgeSurcharge {
  if (breakdown) {
    const blended = blendedAgeUpliftPoints(amountToRecover, breakdown);
    return { points: blended, blendedAgeUpliftPoints: blended };
  }
  if (!dueDate) return { points: 0, blendedAgeUpliftPoints: null };
  const daysOverdue = daysBetween(dueDate, now);
  const points = daysOverdue > 730 ? 20 : daysOverdue > 365 ? 10 : 0;
  return { points, blendedAgeUpliftPoints: null };
}
