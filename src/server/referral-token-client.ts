// The one Referral Partner API call the token endpoint makes: POST /oauth/token with the partner's XApiKey.
// Failures become a small set of kinds the endpoint maps to its own answers; neither the key nor a token
// ever appears in an error.
import { AccessTokenResponse } from '../wire/referral.js';
import { retryAfterSeconds } from './retry-after.js';

/** Referral Partner API hosts. Keys, tenants and tokens are scoped to one environment. */
export const referralApiBaseUrls = {
  production: 'https://referral-api.debitura.com',
  test: 'https://testreferral-api.debitura.com',
} as const;

/** Debitura's documented token lifetime, used when an answer leaves `expiresIn` out (the spec allows it). */
export const documentedTokenLifetimeSeconds = 1800;

export type UpstreamFailureKind =
  /** 404: no active client link for this tenant under the partner. */
  | 'tenant_not_linked'
  /** 401/403: the partner key is wrong, revoked or from the other environment. */
  | 'upstream_auth'
  /** Network failure, timeout, 5xx or 429: worth retrying later. */
  | 'upstream_unavailable'
  /** Any other status, or a 200 without a usable token. */
  | 'upstream_invalid';

export class UpstreamTokenError extends Error {
  constructor(
    readonly kind: UpstreamFailureKind,
    message: string,
    /** Upstream HTTP status, when there was an answer. */
    readonly upstreamStatus?: number,
    /** Seconds from the upstream `Retry-After`, when it sent one. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'UpstreamTokenError';
  }
}

export interface MintedToken {
  accessToken: string;
  lifetimeSeconds: number;
}

export interface ReferralTokenClientOptions {
  apiKey: string;
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
}

/** A Referral API path on the configured host, whether or not the base URL ends in a slash. */
export function referralApiUrl(options: Pick<ReferralTokenClientOptions, 'baseUrl'>, path: string): string {
  return options.baseUrl.replace(/\/+$/, '') + path;
}

export async function mintAccessToken(
  options: ReferralTokenClientOptions,
  externalTenantId: string,
): Promise<MintedToken> {
  const url = referralApiUrl(options, '/oauth/token');
  let response: Response;
  try {
    response = await options.fetch(url, {
      method: 'POST',
      headers: { XApiKey: options.apiKey, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ externalTenantId }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new UpstreamTokenError(
      'upstream_unavailable',
      timedOut ? 'Debitura did not answer in time.' : 'Debitura could not be reached.',
    );
  }

  if (response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const parsed = AccessTokenResponse.safeParse(body);
    if (!parsed.success || !parsed.data.accessToken) {
      throw new UpstreamTokenError('upstream_invalid', 'Debitura answered without an access token.', response.status);
    }
    const expiresIn = parsed.data.expiresIn;
    return {
      accessToken: parsed.data.accessToken,
      lifetimeSeconds: expiresIn !== undefined && expiresIn > 0 ? expiresIn : documentedTokenLifetimeSeconds,
    };
  }

  // The error body is not read into anything that leaves this module: it could echo request details.
  await response.body?.cancel().catch(() => undefined);
  const status = response.status;
  if (status === 404)
    throw new UpstreamTokenError('tenant_not_linked', 'No active client link for this tenant.', status);
  if (status === 401 || status === 403)
    throw new UpstreamTokenError('upstream_auth', 'Debitura rejected the partner API key.', status);
  if (status === 429 || status >= 500) {
    throw new UpstreamTokenError(
      'upstream_unavailable',
      `Debitura answered ${status}.`,
      status,
      retryAfterSeconds(response.headers.get('retry-after')),
    );
  }
  throw new UpstreamTokenError('upstream_invalid', `Debitura answered ${status}.`, status);
}
