// A value fetched from the Referral API once and kept for an hour (the partner's branding, Debitura's
// coverage), so the answers that carry it cost no extra upstream call. It decorates an answer; it never delays
// or fails one for long: the first call waits briefly, later ones get the stale value while it refreshes.

export interface CachedUpstreamTiming {
  /** How long a fetched value is served before it is fetched again. */
  keepForMs: number;
  /** After a failed fetch, how long to wait before trying again. */
  retryFailureAfterMs: number;
  /** How long the very first call waits for the first fetch before answering without a value. */
  firstFetchWaitMs: number;
}

export const hourlyTiming: CachedUpstreamTiming = {
  keepForMs: 60 * 60_000,
  retryFailureAfterMs: 5 * 60_000,
  firstFetchWaitMs: 1_000,
};

/** `atHand()` while no value was fetched yet and the first fetch is worth waiting for. */
export const notFetchedYet = Symbol('not fetched yet');

export class CachedUpstreamValue<T> {
  #value: T | undefined;
  #validUntil = 0;
  #inFlight: Promise<void> | null = null;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly now: () => number,
    private readonly timing: CachedUpstreamTiming = hourlyTiming,
  ) {}

  /** The value, refreshed when stale; undefined while none could be fetched yet. */
  async current(): Promise<T | undefined> {
    const atHand = this.atHand();
    if (atHand !== notFetchedYet) return atHand;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      this.#refresh(),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, this.timing.firstFetchWaitMs))),
    ]);
    clearTimeout(timer);
    return this.#value;
  }

  /**
   * What `current()` answers when it need not wait, without a promise: the value (a stale one while it is
   * refreshed), undefined while a failed fetch is not retried yet, `notFetchedYet` while the first fetch runs.
   */
  atHand(): T | undefined | typeof notFetchedYet {
    if (this.now() < this.#validUntil) return this.#value;
    void this.#refresh();
    return this.#value !== undefined ? this.#value : notFetchedYet; // stale is better than none while refreshing
  }

  #refresh(): Promise<void> {
    this.#inFlight ??= this.#fetch().finally(() => {
      this.#inFlight = null;
    });
    return this.#inFlight;
  }

  async #fetch(): Promise<void> {
    try {
      this.#value = await this.load();
      this.#validUntil = this.now() + this.timing.keepForMs;
    } catch {
      this.#validUntil = this.now() + this.timing.retryFailureAfterMs;
    }
  }
}
