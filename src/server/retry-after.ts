// `Retry-After` as this package passes it on: whole seconds, within reason. Debitura's value is only advice;
// an absurd one (`1e308`, a date years ahead) must not reach a browser as `1e+308` or park a client for ever.

/** The longest wait this package ever asks a client for. */
export const longestRetryAfterSeconds = 3600;

/**
 * Whole seconds from a `Retry-After` value (delta-seconds or an HTTP date), clamped to 1 … 3600; undefined when
 * the value is missing or unreadable.
 */
export function retryAfterSeconds(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  let seconds: number;
  if (/^\d+(?:\.\d+)?(?:e\+?\d+)?$/i.test(text)) seconds = Number(text);
  else if (/^[A-Za-z]{3}, /.test(text)) {
    const date = Date.parse(text);
    if (Number.isNaN(date)) return undefined;
    seconds = (date - now) / 1000;
  } else return undefined;
  return Math.min(longestRetryAfterSeconds, Math.max(1, Math.ceil(seconds)));
}
