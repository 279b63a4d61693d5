// Request dates arrive as date-only strings ("2026-02-22") or instants. Debitura compares them by
// calendar day: a due date of today is accepted, tomorrow is "in the future".

/**
 * The instant an ISO date or date-time names; date-only and zone-less values are read as UTC.
 * Undefined for dates that do not exist on the calendar (2026-02-30), which the format check lets through.
 */
export function parseRequestDate(value: string): Date | undefined {
  const zoned = /T.*(Z|[+-]\d{2}:?\d{2})$/.test(value)
    ? value
    : value.includes('T')
      ? `${value}Z`
      : `${value}T00:00:00Z`;
  const date = new Date(zoned);
  if (Number.isNaN(date.getTime())) return undefined;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  // JavaScript rolls 2026-02-30 over to March; Debitura's model binding refuses it.
  if (
    !/T.*[+-]\d{2}:?\d{2}$/.test(value) &&
    (date.getUTCFullYear() !== year || date.getUTCMonth() + 1 !== month || date.getUTCDate() !== day)
  ) {
    return undefined;
  }
  return date;
}

/** Days since the epoch of the UTC calendar day of `date`. */
export function utcDayNumber(date: Date): number {
  return Math.floor(date.getTime() / 86_400_000);
}

/** True when `date` falls on a later UTC calendar day than `now`. */
export function isAfterToday(date: Date, now: Date): boolean {
  return utcDayNumber(date) > utcDayNumber(now);
}

/** Whole days from `from` to `to` by UTC calendar day (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return utcDayNumber(to) - utcDayNumber(from);
}
