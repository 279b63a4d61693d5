// Reading the Referral API's list filters the way ASP.NET binds them: a value that does not bind (a boolean
// that is not true/false, a date that is not a date, an enum value that is not one) is a 400 with a message.
import { parseRequestDate } from '../customer/calendar-dates.js';
import { queryList, queryValue } from '../customer/query-params.js';

export class QueryError extends Error {}

export function booleanParam(params: URLSearchParams, name: string): boolean | undefined {
  const raw = queryValue(params, name);
  if (raw === undefined) return undefined;
  const lower = raw.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  throw new QueryError(`${name}: The value '${raw}' is not valid; use true or false.`);
}

/** A date bound in epoch ms; a date-only upper bound includes that whole day. */
export function dateParam(params: URLSearchParams, name: string, endOfDay: boolean): number | undefined {
  const raw = queryValue(params, name);
  if (raw === undefined) return undefined;
  const date = parseRequestDate(raw);
  if (!date) throw new QueryError(`${name}: The value '${raw}' is not a valid date.`);
  return date.getTime() + (endOfDay && raw.length <= 10 ? 86_399_999 : 0);
}

/** An enum array given by integer values or names (either binds in ASP.NET); null when absent. */
export function enumListParam<T extends string>(
  params: URLSearchParams,
  name: string,
  names: readonly T[],
): Set<T> | null {
  const values = queryList(params, name);
  if (values.length === 0) return null;
  const chosen = new Set<T>();
  for (const value of values) {
    const byName = names.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    const byNumber = /^\d+$/.test(value) ? names[Number(value)] : undefined;
    const found = byName ?? byNumber;
    if (!found) throw new QueryError(`${name}: The value '${value}' is not valid. Valid values: ${names.join(', ')}.`);
    chosen.add(found);
  }
  return chosen;
}

export function integerListParam(params: URLSearchParams, name: string): Set<number> | null {
  const values = queryList(params, name);
  if (values.length === 0) return null;
  const invalid = values.find((value) => !/^-?\d+$/.test(value));
  if (invalid) throw new QueryError(`${name}: The value '${invalid}' is not a valid integer.`);
  return new Set(values.map(Number));
}

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function guidListParam(params: URLSearchParams, name: string): Set<string> | null {
  const values = queryList(params, name);
  if (values.length === 0) return null;
  const invalid = values.find((value) => !guidPattern.test(value));
  if (invalid) throw new QueryError(`${name}: '${invalid}' is not a valid GUID.`);
  return new Set(values.map((value) => value.toLowerCase()));
}

export function isGuid(value: string): boolean {
  return guidPattern.test(value);
}

/** `field[:asc|desc]` against the fields an endpoint supports (case-insensitive); others give the default. */
export function sortParam<F extends string>(
  params: URLSearchParams,
  fields: readonly F[],
  fallback: { field: F; direction: 'asc' | 'desc' },
): { field: F; direction: 'asc' | 'desc' } {
  const [name = '', direction = 'asc'] = (queryValue(params, 'Sort') ?? '').split(':').map((part) => part.trim());
  const field = fields.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const wanted = direction.toLowerCase();
  if (!field || (wanted !== 'asc' && wanted !== 'desc')) return fallback;
  return { field, direction: wanted };
}
