// The partner's Debitura branding (Referral API GET /me), fetched once and kept for an hour, so every token
// answer can carry it without an extra upstream call. It decorates; it never delays or fails a token for long.
import { ReferralPartnerResponse } from '../wire/referral.js';
import { partnerBrandingOf, type PartnerBranding } from '../wire/partner-branding.js';
import { referralApiUrl, type ReferralTokenClientOptions } from './referral-token-client.js';

const keepForMs = 60 * 60_000;
const retryFailureAfterMs = 5 * 60_000;
/** How long a token answer waits for the very first branding fetch before going out without it. */
const firstFetchWaitMs = 1_000;

export class PartnerBrandingSource {
  #branding: PartnerBranding | undefined;
  #validUntil = 0;
  #inFlight: Promise<void> | null = null;

  constructor(
    private readonly options: ReferralTokenClientOptions,
    private readonly now: () => number,
  ) {}

  /** The branding, refreshed when stale; the first call waits briefly for it. */
  async current(): Promise<PartnerBranding | undefined> {
    if (this.now() < this.#validUntil) return this.#branding;
    const pending = this.#refresh();
    if (this.#branding !== undefined) return this.#branding; // stale is better than none while refreshing
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([pending, new Promise<void>((resolve) => (timer = setTimeout(resolve, firstFetchWaitMs)))]);
    clearTimeout(timer);
    return this.#branding;
  }

  #refresh(): Promise<void> {
    this.#inFlight ??= this.#fetch().finally(() => {
      this.#inFlight = null;
    });
    return this.#inFlight;
  }

  async #fetch(): Promise<void> {
    try {
      const response = await this.options.fetch(referralApiUrl(this.options, '/me'), {
        headers: { XApiKey: this.options.apiKey, Accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const parsed = ReferralPartnerResponse.safeParse(response.ok ? await response.json() : null);
      if (!parsed.success) throw new Error(`GET /me answered ${response.status}`);
      this.#branding = partnerBrandingOf(parsed.data);
      this.#validUntil = this.now() + keepForMs;
    } catch {
      this.#validUntil = this.now() + retryFailureAfterMs;
    }
  }
}
