// Fixed-window request counting per key, for the token endpoint's `allowRequest` and the Customer API proxy.
// The counting lives behind `RateLimitStore`, so several server processes can share one count in a store of
// their choice; the default store counts in this process, in bounded memory.
import { isPending } from './pending.js';

/** Counts requests per key in fixed windows. A shared store (e.g. Redis INCR + PEXPIRE) fits the same shape. */
export interface RateLimitStore {
  /** Counts one request for `key` and returns how many the key made in its current window, this one included. */
  hit(key: string, windowMs: number): number | Promise<number>;
}

export interface MemoryRateLimitStoreOptions {
  /** Keys kept at most; past it the key whose window started first is forgotten. Default 100,000. */
  maxKeys?: number;
  /** Clock in epoch milliseconds; default `Date.now`. */
  now?: () => number;
}

export const defaultRateLimitMaxKeys = 100_000;

/**
 * Counts in this process. Windows sit in a Map in the order they started, so expired ones are found at its
 * front: a sweep (at most once per window length) stops at the first live window, and the key cap evicts the
 * oldest. Memory stays within `maxKeys` entries however many distinct users or forged keys arrive; an evicted
 * key merely starts a new window, so eviction can only make the limit more lenient, never lock anyone out.
 */
export function createMemoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? defaultRateLimitMaxKeys;
  if (!Number.isInteger(maxKeys) || maxKeys < 1) throw new RangeError('maxKeys must be a whole number ≥ 1.');
  const windows = new Map<string, { startedAt: number; windowMs: number; count: number }>();
  let lastSweepAt = -Infinity;

  function sweep(at: number): void {
    lastSweepAt = at;
    for (const [key, window] of windows) {
      if (at - window.startedAt < window.windowMs) break;
      windows.delete(key);
    }
  }

  return {
    hit(key, windowMs) {
      const at = now();
      if (at - lastSweepAt >= windowMs) sweep(at);
      let window = windows.get(key);
      if (!window || at - window.startedAt >= windowMs) {
        // Re-inserted, so the Map stays ordered by window start.
        windows.delete(key);
        if (windows.size >= maxKeys) windows.delete(windows.keys().next().value!);
        window = { startedAt: at, windowMs, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      return window.count;
    },
  };
}

export interface RateLimiterOptions<K extends string> {
  /** Requests allowed per key in one window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /** What is counted: default the tenant; pass the partner's user id to limit per signed-in user. */
  key?: (externalTenantId: string, request: Request) => K | Promise<K>;
  /** Where counts are kept; default `createMemoryRateLimitStore({ now })` (this process, bounded memory). */
  store?: RateLimitStore;
  /** Clock in epoch milliseconds for the default store; default `Date.now`. */
  now?: () => number;
}

/** A rate limit's decision for one request: a boolean when it was reached at once, else a promise of one. */
export type RateLimitDecision = (externalTenantId: string, request: Request) => boolean | Promise<boolean>;

/** Where a `createRateLimiter` limiter keeps its decision without the promise its public signature adds. */
const decideAtOnce = Symbol('debitura-collect.decideAtOnce');

/**
 * The decision behind an `allowRequest`: a `createRateLimiter` limiter's without its promise (so a count kept in
 * memory costs the token endpoint no wait), any other function as it is.
 */
export function rateLimitDecision(allowRequest: RateLimitDecision): RateLimitDecision {
  const limiter = allowRequest as RateLimitDecision & { [decideAtOnce]?: RateLimitDecision };
  return limiter[decideAtOnce] ?? allowRequest;
}

/**
 * Creates an `allowRequest` for `createTokenHandler` that answers false once a key used up its window.
 *
 * @example
 * createTokenHandler({
 *   apiKey, resolveTenant,
 *   allowRequest: createRateLimiter({ limit: 20, windowMs: 60_000, key: (_tenant, request) => sessionUserId(request) }),
 * });
 */
export function createRateLimiter<K extends string>(
  options: RateLimiterOptions<K>,
): (externalTenantId: string, request: Request) => Promise<boolean> {
  const store = options.store ?? createMemoryRateLimitStore(options.now ? { now: options.now } : {});
  const withinLimit = (key: K | string): boolean | Promise<boolean> => {
    const counting = store.hit(key, options.windowMs);
    return isPending(counting)
      ? Promise.resolve(counting).then((count) => count <= options.limit)
      : counting <= options.limit;
  };
  const decide: RateLimitDecision = (externalTenantId, request) => {
    const keying = options.key ? options.key(externalTenantId, request) : externalTenantId;
    return isPending(keying) ? Promise.resolve(keying).then(withinLimit) : withinLimit(keying);
  };
  return Object.assign(async (externalTenantId: string, request: Request) => decide(externalTenantId, request), {
    [decideAtOnce]: decide,
  });
}
