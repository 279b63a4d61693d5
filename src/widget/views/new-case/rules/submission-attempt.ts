// One confirmed submission is one attempt with one Idempotency-Key. Retries of the same attempt (automatic,
// after a rate limit, or the user's "try again" after a network failure) reuse the key, so Debitura replays
// its stored answer instead of creating a second case. A different body (the user edited the form, or chose
// to send with pending contracts) or a final answer starts a new attempt: Debitura would replay a stored 422
// for the old key, or refuse the new body as an IdempotencyConflict.

export type AttemptSettlement =
  /** No final answer arrived (network, timeout, 5xx, 429): the same attempt may be retried. */
  | 'retryable'
  /** Debitura answered for good (created, 422, 400): the next submission is a new attempt. */
  | 'final';

export class SubmissionAttempts {
  readonly #newKey: () => string;
  #current: { key: string; body: string } | null = null;

  constructor(newKey: () => string = () => crypto.randomUUID()) {
    this.#newKey = newKey;
  }

  /** The key to send this body with: the open attempt's if the body is unchanged, else a new one. */
  keyFor(body: unknown): string {
    const fingerprint = JSON.stringify(body);
    if (this.#current?.body !== fingerprint) this.#current = { key: this.#newKey(), body: fingerprint };
    return this.#current.key;
  }

  settle(settlement: AttemptSettlement): void {
    if (settlement === 'final') this.#current = null;
  }
}
