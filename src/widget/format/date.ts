// Dates and instants from Debitura. Several read endpoints omit the zone (`2026-06-17T08:30:00`), which means
// UTC; date-only values (`2026-02-22`) are calendar dates and must not shift a day in western time zones.
import { dateTimeFormat } from './formatter-cache.js';

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const hasZone = /(Z|[+-]\d{2}:?\d{2})$/;

/** The instant behind a Debitura timestamp, or null when it cannot be read. */
export function parseDebituraInstant(value: string): Date | null {
  const text = dateOnly.test(value) ? `${value}T00:00:00Z` : hasZone.test(value) ? value : `${value}Z`;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A calendar date, e.g. "22 Feb 2026". Date-only values are shown as given, whatever the reader's zone. */
export function formatDate(value: string | null | undefined, locale: string, timeZone?: string): string {
  if (!value) return '';
  const date = parseDebituraInstant(value);
  if (!date) return value;
  return mediumDate(locale, dateOnly.test(value) ? 'UTC' : timeZone).format(date);
}

/** Looked up by locale and zone without building a cache key from the options: a list formats hundreds. */
const mediumDates = new Map<string, Intl.DateTimeFormat>();

function mediumDate(locale: string, zone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale} ${zone ?? ''}`;
  let format = mediumDates.get(key);
  if (!format) {
    format = dateTimeFormat(locale, { dateStyle: 'medium', ...(zone ? { timeZone: zone } : {}) });
    mediumDates.set(key, format);
  }
  return format;
}

/** A date with time of day, in the reader's zone unless `timeZone` says otherwise. */
export function formatDateTime(value: string | null | undefined, locale: string, timeZone?: string): string {
  if (!value) return '';
  const date = parseDebituraInstant(value);
  if (!date) return value;
  return dateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}
