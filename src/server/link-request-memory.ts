// What the last POST /clients answered for a tenant when Debitura cannot be asked again later: a pending link
// request (its approval URL), or a company that cannot be linked. GET /clients/{id} answers 404 for all of
// them, and asking POST /clients again would send the account owner another approval request. Bounded and per
// process; a tenant that falls out simply sees the activation button again.
import type { ActivationState } from '../wire/activation.js';

export type RememberedOutcome = Extract<
  ActivationState,
  'approval_pending' | 'linked_elsewhere' | 'invalid_client_type'
>;

export interface RememberedRequest {
  state: RememberedOutcome;
  /** The approval page, for `approval_pending`. */
  url: string | null;
  /** Epoch milliseconds of the POST /clients that answered this. */
  at: number;
}

/** Debitura lets a link request live at most 30 days (ApprovalTtlDays is clamped to 1–30). */
export const longestLinkRequestLifeMs = 30 * 86_400_000;

export class LinkRequestMemory {
  // Insertion order is answer order, so the first entries are the oldest.
  readonly #requests = new Map<string, RememberedRequest>();

  constructor(
    private readonly now: () => number,
    private readonly capacity = 10_000,
  ) {}

  get(externalTenantId: string): RememberedRequest | undefined {
    const remembered = this.#requests.get(externalTenantId);
    if (remembered && this.now() - remembered.at > longestLinkRequestLifeMs) {
      this.#requests.delete(externalTenantId);
      return undefined;
    }
    return remembered;
  }

  remember(externalTenantId: string, state: RememberedOutcome, url: string | null): void {
    this.#requests.delete(externalTenantId);
    if (this.#requests.size >= this.capacity) {
      const oldest = this.#requests.keys().next();
      if (!oldest.done) this.#requests.delete(oldest.value);
    }
    this.#requests.set(externalTenantId, { state, url, at: this.now() });
  }

  forget(externalTenantId: string): void {
    this.#requests.delete(externalTenantId);
  }

  get size(): number {
    return this.#requests.size;
  }
}
