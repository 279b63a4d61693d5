// Exponential backoff with "full jitter": the delay is drawn uniformly from [0, min(cap, base·2^attempt)), so
// many widgets that failed together (a deploy, a blip) spread their retries instead of retrying in lockstep.

export interface BackoffOptions {
  /** Delay scale of the first retry, in milliseconds. */
  baseDelayMs: number;
  /** No delay exceeds this, however many attempts failed. */
  capMs: number;
}

/**
 * Delay before retry number `attempt` (0 for the first retry).
 * `random` returns a number in [0, 1); injectable so callers and tests can make it deterministic.
 */
export function fullJitterBackoff(
  attempt: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.capMs, options.baseDelayMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}
