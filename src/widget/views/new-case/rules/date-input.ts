// Dates as the user writes them in the widget's locale: "30.11.2026" in Danish and German, "30/11/2026" in
// en-GB, "11/30/2026" in en-US. A text field replaces type=date, whose format follows the browser's language
// rather than the widget's and which adds a Tab stop per part. `yyyy-mm-dd` is understood everywhere.
import { isIsoCalendarDate } from './local-date.js';

type DatePart = 'day' | 'month' | 'year';

export interface DateShape {
  order: readonly DatePart[];
  separator: string;
}

const dayMonthYearDots: DateShape = { order: ['day', 'month', 'year'], separator: '.' };
const dayMonthYearSlashes: DateShape = { order: ['day', 'month', 'year'], separator: '/' };
const monthDayYearSlashes: DateShape = { order: ['month', 'day', 'year'], separator: '/' };

/**
 * What `Intl.DateTimeFormat` answers for the widget's own languages, known without asking it: its first use in a
 * page loads the locale's calendar data (60–70 ms), which the form's first render cannot afford. A test keeps
 * this table equal to Intl's answers.
 */
export const knownDateShapes: Readonly<Record<string, DateShape>> = {
  da: dayMonthYearDots,
  'da-DK': dayMonthYearDots,
  de: dayMonthYearDots,
  'de-DE': dayMonthYearDots,
  'de-AT': dayMonthYearDots,
  en: monthDayYearSlashes,
  'en-US': monthDayYearSlashes,
  'en-GB': dayMonthYearSlashes,
  'en-IE': dayMonthYearSlashes,
};

const shapes = new Map<string, DateShape>(Object.entries(knownDateShapes));

/** The order of day, month and year and the separator the locale writes numeric dates with. */
export function dateShape(locale: string): DateShape {
  let shape = shapes.get(locale);
  if (!shape) {
    const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(
      new Date(Date.UTC(2026, 10, 30, 12)),
    );
    const order = parts
      .map((part) => part.type)
      .filter((type): type is DatePart => ['day', 'month', 'year'].includes(type));
    const separator = parts.find((part) => part.type === 'literal')?.value.trim() || '/';
    shape = order.length === 3 ? { order, separator } : { order: ['year', 'month', 'day'], separator: '-' };
    shapes.set(locale, shape);
  }
  return shape;
}

/** `yyyy-mm-dd` written the locale's way, with two-digit day and month: "2026-11-30" → "30.11.2026" in `da`. */
export function formatDateInput(iso: string, locale: string): string {
  if (!isIsoCalendarDate(iso)) return iso;
  const [year, month, day] = iso.split('-') as [string, string, string];
  const value: Record<DatePart, string> = { year, month, day };
  const { order, separator } = dateShape(locale);
  return order.map((part) => value[part]).join(separator);
}

/**
 * The date typed, as `yyyy-mm-dd`, or null when it is not a calendar date. Takes the locale's order with any of
 * `.`, `/`, `-` or a space between the parts, one- or two-digit day and month, a two-digit year as 20xx, eight
 * digits without separators, and `yyyy-mm-dd`.
 */
export function parseDateInput(text: string, locale: string): string | null {
  const typed = text.trim();
  if (isIsoCalendarDate(typed)) return typed;
  const { order } = dateShape(locale);
  let pieces = typed.split(/\s*[./\-\s]\s*/);
  if (pieces.length === 1 && /^\d{8}$/.test(typed)) {
    let at = 0;
    pieces = order.map((part) => typed.slice(at, (at += part === 'year' ? 4 : 2)));
  }
  if (pieces.length !== 3 || pieces.some((piece) => !/^\d+$/.test(piece))) return null;
  const value = {} as Record<DatePart, string>;
  order.forEach((part, index) => (value[part] = pieces[index]!));
  if (value.day.length > 2 || value.month.length > 2) return null;
  if (value.year.length === 2) value.year = `20${value.year}`;
  if (value.year.length !== 4) return null;
  const iso = `${value.year}-${value.month.padStart(2, '0')}-${value.day.padStart(2, '0')}`;
  return isIsoCalendarDate(iso) ? iso : null;
}

/** A date to show as the pattern: the last day of last year, whose day (31) cannot be mistaken for a month. */
export function dateInputExample(today: string, locale: string): string {
  return formatDateInput(`${Number(today.slice(0, 4)) - 1}-12-31`, locale);
}
