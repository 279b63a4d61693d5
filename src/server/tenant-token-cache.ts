// Per-tenant token cache with single-flight minting: however many widgets and page loads ask at once, one
// tenant costs one upstream call per token lifetime. Failures are not cached, so the next request retries.
import { UpstreamTokenError, type MintedToken } from './referral-api.js';

export interface CachedToken {
  accessToken: string;
  /** Epoch milliseconds at which Debitura stops accepting the token. */
  expiresAt: number;
  /** The lifetime Debitura granted, in seconds. */
  lifetimeSeconds: number;
}

/** A token to hand out now, with the whole seconds it has left (never 0, never overstated). */
export interface IssuedTenantToken {
  accessToken: string;
  expiresIn: number;
  /** Epoch milliseconds at which Debitura stops accepting the token. */
  expiresAt: number;
}

/**
 * Where the token endpoint and the proxy get a tenant's token. The in-process cache below is one; a store shared
 * by several server processes (one token per tenant across all of them) is another.
 */
export interface TenantTokenSource {
  issue(externalTenantId: string): Promise<IssuedTenantToken>;
}

/** A token with less than this left is expiring: it is not handed out, a new one is minted instead. */
const minimumHandOutMs = 1_000;

export interface TenantTokenCacheOptions {
  mint: (externalTenantId: string) => Promise<MintedToken>;
  /** Hand out a cached token only while it has more than this left. */
  refreshMarginSeconds: number;
  now: () => number;
}

export class TenantTokenCache implements TenantTokenSource {
  // Insertion order is mint order; tokens share one lifetime in practice, so the oldest entries expire first.
  readonly #tokens = new Map<string, CachedToken>();
  readonly #inFlight = new Map<string, Promise<CachedToken>>();

  constructor(private readonly options: TenantTokenCacheOptions) {}

  /** A token with more than the refresh margin left, minting one when needed. */
  get(externalTenantId: string): Promise<CachedToken> {
    const cached = this.#tokens.get(externalTenantId);
    if (cached && this.#isFresh(cached)) return Promise.resolve(cached);
    const pending = this.#inFlight.get(externalTenantId);
    if (pending) return pending;
    const minting = this.#mint(externalTenantId).finally(() => this.#inFlight.delete(externalTenantId));
    this.#inFlight.set(externalTenantId, minting);
    return minting;
  }

  /**
   * The cached token, or a new one, with its whole seconds left counted at the moment it is handed out. A wait
   * between `get` and this call (the branding fetch) that left the cached token less than a second is made up
   * by minting again; a token that has less than a second left as soon as it is minted is an error.
   */
  async issue(externalTenantId: string): Promise<IssuedTenantToken> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const token = await this.get(externalTenantId);
      const expiresIn = Math.floor((token.expiresAt - this.options.now()) / 1000);
      if (expiresIn >= 1) return { accessToken: token.accessToken, expiresIn, expiresAt: token.expiresAt };
    }
    throw new UpstreamTokenError('upstream_invalid', 'Debitura granted a token that expires within a second.');
  }

  /** Forget one tenant's token, e.g. after the partner unlinked it. */
  delete(externalTenantId: string): void {
    this.#tokens.delete(externalTenantId);
  }

  get size(): number {
    return this.#tokens.size;
  }

  async #mint(externalTenantId: string): Promise<CachedToken> {
    const startedAt = this.options.now();
    const minted = await this.options.mint(externalTenantId);
    // Counted from before the call: the token was issued no earlier, so this never overstates its life.
    const token: CachedToken = {
      accessToken: minted.accessToken,
      expiresAt: startedAt + minted.lifetimeSeconds * 1000,
      lifetimeSeconds: minted.lifetimeSeconds,
    };
    this.#dropExpired();
    this.#tokens.delete(externalTenantId);
    this.#tokens.set(externalTenantId, token);
    return token;
  }

  #isFresh(token: CachedToken): boolean {
    // A margin larger than half the lifetime (short sandbox tokens) would make every token stale on arrival.
    const marginMs = Math.min(this.options.refreshMarginSeconds, token.lifetimeSeconds / 2) * 1000;
    const leftMs = token.expiresAt - this.options.now();
    return leftMs > marginMs && leftMs >= minimumHandOutMs;
  }

  #dropExpired(): void {
    const now = this.options.now();
    for (const [tenant, token] of this.#tokens) {
      if (token.expiresAt > now) break;
      this.#tokens.delete(tenant);
    }
  }
}
