// One token for one source, shared by every widget that uses that source. Only one fetch runs at a time and
// every caller awaits it; the token is refreshed ahead of expiry while any widget is connected, and dropped
// when the Customer API rejects it.
import { TokenError } from './token-error.js';
import type { PartnerBranding } from '../../wire/partner-branding.js';
import type { IssuedToken } from './token-source.js';
import type { TokenEnvironment } from './token-environment.js';
import {
  backgroundRetryDelay,
  isExpired,
  isNearExpiry,
  minimumFetchGapMs,
  refreshDelay,
  tokenRetryDelay,
  tokenTiming,
  type TokenTiming,
} from './token-timing.js';

export type SharedTokenEvent =
  | { type: 'refreshed' }
  /** `hasValidToken` tells whether the previous token still works, so the UI need not react yet. */
  | { type: 'failed'; error: TokenError; hasValidToken: boolean };

export type SharedTokenListener = (event: SharedTokenEvent) => void;

/** Quick retries inside one fetch when the source is merely unavailable (a blip, a cold start). */
const attemptsPerFetch = 3;

export class SharedToken {
  readonly #issue: () => Promise<IssuedToken>;
  readonly #env: TokenEnvironment;
  readonly #onActiveChange: (token: SharedToken, active: boolean) => void;
  #current: { token: string; timing: TokenTiming } | null = null;
  #branding: PartnerBranding | undefined;
  #inflight: Promise<string> | null = null;
  #timer: unknown = null;
  #scheduledFailures = 0;
  #lastFetchAt = -Infinity;
  readonly #listeners = new Set<SharedTokenListener>();

  constructor(
    issue: () => Promise<IssuedToken>,
    env: TokenEnvironment,
    onActiveChange: (token: SharedToken, active: boolean) => void = () => {},
  ) {
    this.#issue = issue;
    this.#env = env;
    this.#onActiveChange = onActiveChange;
  }

  /** The partner branding that came with the latest token, if any. */
  get branding(): PartnerBranding | undefined {
    return this.#branding;
  }

  /** A token to send now: the current one, or a fresh one when it is near expiry or missing. */
  async getToken(): Promise<string> {
    const current = this.#current;
    const now = this.#env.now();
    if (current && !isNearExpiry(current.timing, now)) return current.token;
    try {
      return await this.refresh();
    } catch (error) {
      // A failed early refresh is no reason to stop using a token that has not expired yet.
      if (current && this.#current === current && !isExpired(current.timing, this.#env.now())) return current.token;
      throw error;
    }
  }

  /** Fetch a new token, or join the fetch already running. */
  refresh(): Promise<string> {
    if (this.#inflight) return this.#inflight;
    this.#cancelTimer();
    const inflight = this.#fetchWithRetries().then(
      (issued) => {
        this.#current = { token: issued.accessToken, timing: tokenTiming(this.#env.now(), issued.expiresInSeconds) };
        this.#branding = issued.branding;
        this.#scheduledFailures = 0;
        this.#inflight = null;
        this.#scheduleRefresh();
        this.#emit({ type: 'refreshed' });
        return issued.accessToken;
      },
      (error: unknown) => {
        this.#inflight = null;
        const tokenError = error instanceof TokenError ? error : new TokenError('unavailable');
        if (tokenError.retryable) this.#scheduleRetry();
        this.#emit({ type: 'failed', error: tokenError, hasValidToken: this.hasValidToken() });
        throw tokenError;
      },
    );
    this.#inflight = inflight;
    return inflight;
  }

  /**
   * The Customer API refused `rejectedToken` (401): forget it so the next request fetches a new one. A token
   * already replaced by another widget's refresh is left alone, so a burst of 401s causes one refresh.
   */
  invalidate(rejectedToken?: string): void {
    if (rejectedToken !== undefined && this.#current?.token !== rejectedToken) return;
    this.#current = null;
    this.#cancelTimer();
  }

  hasValidToken(): boolean {
    return this.#current !== null && !isExpired(this.#current.timing, this.#env.now());
  }

  /** The page became visible: timers may have been throttled in the background, so catch up now. */
  refreshIfNearExpiry(): void {
    if (this.#listeners.size === 0 || this.#inflight) return;
    if (this.#current && isNearExpiry(this.#current.timing, this.#env.now())) this.refresh().catch(() => {});
  }

  /** Keeps the token fresh while at least one listener is subscribed. */
  subscribe(listener: SharedTokenListener): () => void {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) {
      this.#onActiveChange(this, true);
      this.#scheduleRefresh();
    }
    return () => {
      if (!this.#listeners.delete(listener) || this.#listeners.size > 0) return;
      this.#cancelTimer();
      this.#onActiveChange(this, false);
    };
  }

  async #fetchWithRetries(): Promise<IssuedToken> {
    for (let attempt = 0; ; attempt++) {
      try {
        this.#lastFetchAt = this.#env.now();
        return await this.#issue();
      } catch (error) {
        const retryable = !(error instanceof TokenError) || error.retryable;
        if (!retryable || attempt + 1 >= attemptsPerFetch) throw error;
        await new Promise<void>((resolve) => this.#env.setTimeout(resolve, tokenRetryDelay(attempt, this.#env.random)));
      }
    }
  }

  #scheduleRefresh(): void {
    this.#cancelTimer();
    if (!this.#current || this.#listeners.size === 0) return;
    const now = this.#env.now();
    // However short the token, the timer never starts fetches closer together than the minimum gap.
    const delay = Math.max(refreshDelay(this.#current.timing, now), this.#lastFetchAt + minimumFetchGapMs - now);
    this.#timer = this.#env.setTimeout(() => {
      this.#timer = null;
      this.refresh().catch(() => {});
    }, delay);
  }

  #scheduleRetry(): void {
    this.#cancelTimer();
    if (this.#listeners.size === 0) return;
    const delay = backgroundRetryDelay(this.#scheduledFailures++, this.#env.random);
    this.#timer = this.#env.setTimeout(() => {
      this.#timer = null;
      this.refresh().catch(() => {});
    }, delay);
  }

  #cancelTimer(): void {
    if (this.#timer !== null) this.#env.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #emit(event: SharedTokenEvent): void {
    for (const listener of [...this.#listeners]) listener(event);
  }
}
