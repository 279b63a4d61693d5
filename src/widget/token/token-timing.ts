// When to refresh a token and how long to wait after a failed fetch. Pure functions of time, so the rules are
// tested without timers.
import { fullJitterBackoff } from '../retry/backoff.js';

/** Refresh this long before expiry at the latest. */
export const refreshLeadMs = 60_000;
/** Refresh once this share of the lifetime has passed, if that comes before the lead above. */
export const refreshAtLifetimeShare = 0.8;
/** Token fetch retries never wait longer than this. */
export const tokenRetryCapMs = 30_000;
/** First token fetch retry waits up to this long. */
export const tokenRetryBaseMs = 1_000;
/** A `fetchToken` answer that is a bare string carries no lifetime; it is treated as valid this long. */
export const bareTokenLifetimeSeconds = 300;

/** A token and the instants that matter for it (epoch milliseconds). */
export interface TokenTiming {
  issuedAt: number;
  expiresAt: number;
}

export function tokenTiming(now: number, expiresInSeconds: number): TokenTiming {
  return { issuedAt: now, expiresAt: now + Math.max(0, expiresInSeconds) * 1000 };
}

/** Never refresh before half the lifetime, so a token shorter than the lead cannot cause a refresh loop. */
export const earliestRefreshShare = 0.5;

/**
 * The instant to refresh: at 80 % of the lifetime or 60 s before expiry, whichever comes first, but not before
 * half the lifetime has passed.
 */
export function refreshAt(timing: TokenTiming): number {
  const lifetime = timing.expiresAt - timing.issuedAt;
  const preferred = Math.min(timing.issuedAt + lifetime * refreshAtLifetimeShare, timing.expiresAt - refreshLeadMs);
  return Math.max(preferred, timing.issuedAt + lifetime * earliestRefreshShare);
}

/** Milliseconds from `now` until the refresh is due (0 when it already is). */
export function refreshDelay(timing: TokenTiming, now: number): number {
  return Math.max(0, refreshAt(timing) - now);
}

/** True once the refresh instant has passed: the token should not be trusted for a new request much longer. */
export function isNearExpiry(timing: TokenTiming, now: number): boolean {
  return now >= refreshAt(timing);
}

/** True once the token has expired outright. */
export function isExpired(timing: TokenTiming, now: number): boolean {
  return now >= timing.expiresAt;
}

/** Wait before retrying failed token fetch number `attempt` (0-based). */
export function tokenRetryDelay(attempt: number, random: () => number = Math.random): number {
  return fullJitterBackoff(attempt, { baseDelayMs: tokenRetryBaseMs, capMs: tokenRetryCapMs }, random);
}

/**
 * No two token fetches of one source start closer together than this, whatever the answers say: a source that
 * hands out tokens with no life left cannot turn the refresh timer into a request loop.
 */
export const minimumFetchGapMs = 1_000;

/**
 * Wait before background retry number `failures` (0-based) after fetches that failed: the jittered backoff,
 * but never less than a floor that doubles with each failure (1 s, 2 s, 4 s … 30 s), so even unlucky jitter
 * backs off.
 */
export function backgroundRetryDelay(failures: number, random: () => number = Math.random): number {
  const floor = Math.min(tokenRetryCapMs, minimumFetchGapMs * 2 ** Math.max(0, failures));
  return Math.max(floor, tokenRetryDelay(failures, random));
}
