// Per-tenant token cache with single-flight minting: however many widgets, page loads and server processes ask
// at once, one tenant costs one upstream call per token lifetime. Tokens this process has seen are kept here;
// behind that sits the `ServerStore` (shared by processes when it is Redis), where one claim per tenant decides
// who mints while the others wait for the token to appear. Failures are not cached, so the next request retries.
import { UpstreamTokenError, type MintedToken } from './referral-api.js';
import type { ServerStore, StoredToken } from './server-store.js';

export type CachedToken = StoredToken;

/** A token to hand out now, with the whole seconds it has left (never 0, never overstated). */
export interface IssuedTenantToken {
  accessToken: string;
  expiresIn: number;
  /** Epoch milliseconds at which Debitura stops accepting the token. */
  expiresAt: number;
}

/** Where the token endpoint and the proxy get a tenant's token. */
export interface TenantTokenSource {
  issue(externalTenantId: string): Promise<IssuedTenantToken>;
  /**
   * The cached token when it is fresh, without a promise: what `issue` would hand out at once (count its seconds
   * left as `issue` does). Undefined when `issue` would mint or wait.
   */
  atHand(externalTenantId: string): CachedToken | undefined;
}

/** A token with less than this left is expiring: it is not handed out, a new one is minted instead. */
const minimumHandOutMs = 1_000;

/** A mint claim outlives the upstream timeout by this much, for the store round trips around the mint. */
const claimSlackMs = 2_000;

/** How often a process waiting for another one's mint looks for the token. */
const claimPollMs = 25;

export interface TenantTokenCacheOptions {
  mint: (externalTenantId: string) => Promise<MintedToken>;
  /** Hand out a cached token only while it has more than this left. */
  refreshMarginSeconds: number;
  /** Where tokens and mint claims are shared; tokens this process has seen are also kept in it. */
  store: ServerStore;
  /** The longest one mint may take (the upstream timeout): a claim outlives it, so a dead minter frees the tenant. */
  mintTimeoutMs: number;
  now: () => number;
}

export class TenantTokenCache implements TenantTokenSource {
  // Insertion order is arrival order; tokens share one lifetime in practice, so the oldest entries expire first.
  readonly #tokens = new Map<string, CachedToken>();
  readonly #inFlight = new Map<string, Promise<CachedToken>>();

  constructor(private readonly options: TenantTokenCacheOptions) {}

  atHand(externalTenantId: string): CachedToken | undefined {
    const cached = this.#tokens.get(externalTenantId);
    return cached && this.#isFresh(cached) ? cached : undefined;
  }

  /** A token with more than the refresh margin left, minting one when needed. */
  get(externalTenantId: string): Promise<CachedToken> {
    const cached = this.atHand(externalTenantId);
    if (cached) return Promise.resolve(cached);
    const pending = this.#inFlight.get(externalTenantId);
    if (pending) return pending;
    const minting = this.#obtain(externalTenantId).finally(() => this.#inFlight.delete(externalTenantId));
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

  /** A fresh token from the store, or one this process mints while it holds the tenant's claim. */
  async #obtain(externalTenantId: string): Promise<CachedToken> {
    const { store } = this.options;
    for (;;) {
      const stored = await store.getToken(externalTenantId);
      if (stored && this.#isFresh(stored)) return this.#keep(externalTenantId, stored);
      const release = await store.claimMint(externalTenantId, this.options.mintTimeoutMs + claimSlackMs);
      if (release) {
        try {
          // Another holder may have stored a token between the look-up above and winning the claim.
          const storedMeanwhile = await store.getToken(externalTenantId);
          if (storedMeanwhile && this.#isFresh(storedMeanwhile)) return this.#keep(externalTenantId, storedMeanwhile);
          const token = await this.#mint(externalTenantId);
          await store.setToken(externalTenantId, token);
          return this.#keep(externalTenantId, token);
        } finally {
          await release().catch(() => undefined);
        }
      }
      // Another process is minting: its token appears in the store, or its claim runs out and this one mints.
      await new Promise((resolve) => setTimeout(resolve, claimPollMs));
    }
  }

  async #mint(externalTenantId: string): Promise<CachedToken> {
    const startedAt = this.options.now();
    const minted = await this.options.mint(externalTenantId);
    // Counted from before the call: the token was issued no earlier, so this never overstates its life.
    return {
      accessToken: minted.accessToken,
      expiresAt: startedAt + minted.lifetimeSeconds * 1000,
      lifetimeSeconds: minted.lifetimeSeconds,
    };
  }

  #keep(externalTenantId: string, token: CachedToken): CachedToken {
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
