// Where the server parts keep what several requests (and, with a shared store, several server processes) must
// agree on: each tenant's Customer API token, who is minting it right now, rate-limit counts and webhook
// deliveries already accepted. The default lives in this process, in bounded memory; `createRedisStore` shares
// it between processes.
import { createMemoryRateLimitStore, defaultRateLimitMaxKeys, type RateLimitStore } from './rate-limiter.js';
import { createWebhookReplayCache, type WebhookReplayCache } from './webhook-replay-cache.js';

/** A tenant's Customer API token as the store keeps it. */
export interface StoredToken {
  accessToken: string;
  /** Epoch milliseconds at which Debitura stops accepting the token. */
  expiresAt: number;
  /** The lifetime Debitura granted, in seconds. */
  lifetimeSeconds: number;
}

/** Gives up a mint claim early, once the minted token is stored (or minting failed). */
export type ReleaseMintClaim = () => Promise<void>;

/**
 * What the token endpoint, the proxy's limiter and webhook verification keep. Every method may return a promise,
 * so a store can live in another service.
 */
export interface ServerStore extends RateLimitStore, WebhookReplayCache {
  /** The tenant's token, or null when none is stored (or it has expired). */
  getToken(externalTenantId: string): Promise<StoredToken | null>;
  /** Keeps the tenant's token until it expires, replacing any other. */
  setToken(externalTenantId: string, token: StoredToken): Promise<void>;
  /**
   * Claims the right to mint the tenant's next token for at most `ttlMs`: a release function when this caller
   * won, null while another caller holds the claim. One claim at a time per tenant is what keeps upstream
   * minting to one call per token lifetime however many processes ask at once.
   */
  claimMint(externalTenantId: string, ttlMs: number): Promise<ReleaseMintClaim | null>;
}

export interface MemoryStoreOptions {
  /** Tenants whose tokens are kept at most; past it the one minted first is forgotten. Default 100,000. */
  maxTokens?: number;
  /** Rate-limit keys kept at most (see `createMemoryRateLimitStore`). Default 100,000. */
  maxRateLimitKeys?: number;
  /** Webhook deliveries remembered at most (see `createWebhookReplayCache`). Default 10,000. */
  maxWebhookDeliveries?: number;
  /** Clock in epoch milliseconds; default `Date.now`. */
  now?: () => number;
}

/**
 * A `ServerStore` in this process: each process mints its own token per tenant and counts its own limits. Every
 * map in it is bounded: expired entries are dropped first, then the oldest.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): ServerStore {
  const now = options.now ?? Date.now;
  const maxTokens = options.maxTokens ?? defaultRateLimitMaxKeys;
  if (!Number.isInteger(maxTokens) || maxTokens < 1) throw new RangeError('maxTokens must be a whole number ≥ 1.');
  const limits = createMemoryRateLimitStore({ maxKeys: options.maxRateLimitKeys ?? defaultRateLimitMaxKeys, now });
  const deliveries = createWebhookReplayCache({
    ...(options.maxWebhookDeliveries !== undefined && { maxEntries: options.maxWebhookDeliveries }),
    now,
  });
  // Insertion order is store order; tokens share one lifetime in practice, so the oldest expire first.
  const tokens = new Map<string, StoredToken>();
  // Claims live as long as one mint; at most one per tenant that is minting right now.
  const claims = new Map<string, { expiresAt: number; id: number }>();
  let nextClaimId = 0;

  function dropExpiredTokens(at: number): void {
    for (const [tenant, token] of tokens) {
      if (token.expiresAt > at) break;
      tokens.delete(tenant);
    }
  }

  return {
    hit: (key, windowMs) => limits.hit(key, windowMs),
    seen: (key, ttlSeconds) => deliveries.seen(key, ttlSeconds),
    getToken(tenant) {
      const token = tokens.get(tenant);
      return Promise.resolve(token && token.expiresAt > now() ? token : null);
    },
    setToken(tenant, token) {
      dropExpiredTokens(now());
      tokens.delete(tenant);
      if (tokens.size >= maxTokens) tokens.delete(tokens.keys().next().value!);
      tokens.set(tenant, token);
      return Promise.resolve();
    },
    claimMint(tenant, ttlMs) {
      const at = now();
      const held = claims.get(tenant);
      if (held && held.expiresAt > at) return Promise.resolve(null);
      const claim = { expiresAt: at + ttlMs, id: nextClaimId++ };
      claims.set(tenant, claim);
      return Promise.resolve(() => {
        if (claims.get(tenant)?.id === claim.id) claims.delete(tenant);
        return Promise.resolve();
      });
    },
  };
}
