// Remembers webhook deliveries already accepted, so one captured delivery cannot be sent again while its
// signature is still fresh. A delivery is its event id plus its signature timestamp: Debitura signs every
// delivery attempt afresh, so its own retries of an event you did not acknowledge still pass (deduplicate
// what you do with an event by its id), while a replay of the very same request is refused.

/** Where accepted deliveries are remembered. A store shared by several processes (e.g. Redis `SET key 1 NX EX ttl`) fits too. */
export interface WebhookReplayCache {
  /**
   * Records `key` for `ttlSeconds` and tells whether it was already recorded (a replay). After `ttlSeconds`
   * the signature is too old to verify, so the key need not be kept longer.
   */
  seen(key: string, ttlSeconds: number): boolean | Promise<boolean>;
}

export interface WebhookReplayCacheOptions {
  /** Deliveries kept at most; past it the oldest is forgotten. Default 10,000 (33 a second for 5 minutes). */
  maxEntries?: number;
  /** Clock in epoch milliseconds; default `Date.now`. */
  now?: () => number;
}

/** An in-process `WebhookReplayCache` in bounded memory. */
export function createWebhookReplayCache(options: WebhookReplayCacheOptions = {}): WebhookReplayCache {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 10_000;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError('maxEntries must be a whole number ≥ 1.');
  // Insertion order is expiry order while the ttl stays the same, so expired entries sit at the front.
  const expiries = new Map<string, number>();
  return {
    seen(key, ttlSeconds) {
      const at = now();
      for (const [entry, expiresAt] of expiries) {
        if (expiresAt > at) break;
        expiries.delete(entry);
      }
      const expiresAt = expiries.get(key);
      if (expiresAt !== undefined && expiresAt > at) return true;
      if (expiries.size >= maxEntries) expiries.delete(expiries.keys().next().value!);
      expiries.set(key, at + ttlSeconds * 1000);
      return false;
    },
  };
}
