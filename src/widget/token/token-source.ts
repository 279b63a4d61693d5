// Where tokens come from: the partner's token endpoint (script-tag friendly) or a `fetchToken` function.
// Both end as a token plus its lifetime; the token itself is never logged, stored or put in an error message.
// The request leaves at once; checking the answer takes the API code (customer-api-code.ts), which loads beside it.
import type { PartnerBranding } from '../../wire/partner-branding.js';
import { loadCustomerApiCode, type CustomerApiCode } from '../api/customer-api-code.js';
import { TokenError } from './token-error.js';
import { bareTokenLifetimeSeconds } from './token-timing.js';

/** What a `fetchToken` function may resolve to. A bare string is treated as valid for 5 minutes. */
export type FetchTokenResult = string | { accessToken: string; expiresIn: number; branding?: PartnerBranding };
export type FetchToken = () => Promise<FetchTokenResult>;

export type TokenSource = { kind: 'endpoint'; url: string } | { kind: 'function'; fetchToken: FetchToken };

/** A freshly obtained token; `expiresInSeconds` counts from the moment it arrived. */
export interface IssuedToken {
  accessToken: string;
  expiresInSeconds: number;
  /** The partner's Debitura branding, when the token endpoint sends it. */
  branding?: PartnerBranding;
}

/** Branding that does not pass its checks is dropped whole: it only decorates. */
function brandingOf(value: unknown, checks: CustomerApiCode): { branding?: PartnerBranding } {
  const branding = checks.brandingOf(value);
  return branding ? { branding } : {};
}

/** The checks of the answer; their code failing to load is a token that could not be had, and may be retried. */
function answerChecks(): Promise<CustomerApiCode> {
  return loadCustomerApiCode().catch((error: unknown) => {
    throw new TokenError('unavailable', 'The widget could not load the code that checks the token.', { cause: error });
  });
}

/** A token that arrives with no life left would be refreshed at once, again and again: it is a failed fetch. */
function expiredOnArrival(): TokenError {
  return new TokenError('unavailable', 'The token source answered a token that has already expired.');
}

/** The 403 body a token endpoint sends when the signed-in tenant is not linked to Debitura. */
const tenantNotLinked = 'tenant_not_linked';

export async function fetchFromEndpoint(url: string, fetchImpl: typeof fetch = fetch): Promise<IssuedToken> {
  const checking = answerChecks();
  // Settled here too, so a token request that fails first leaves no unhandled rejection behind.
  checking.catch(() => {});
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      credentials: 'include',
      headers: { Accept: 'application/json' },
      cache: 'no-store',
    });
  } catch {
    throw new TokenError('unavailable', 'The token endpoint could not be reached.');
  }
  if (response.status === 401) throw new TokenError('signed_out', 'The token endpoint answered 401.');
  if (response.status === 403) {
    const body: unknown = await response.json().catch(() => null);
    const code = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
    if (code !== tenantNotLinked) throw new TokenError('forbidden', 'The token endpoint answered 403.');
    const activation = (await checking).activationOfNotLinked(body);
    throw new TokenError(
      'not_linked',
      'The signed-in tenant is not linked to Debitura.',
      activation === undefined ? {} : { activation },
    );
  }
  if (!response.ok) throw new TokenError('unavailable', `The token endpoint answered ${response.status}.`);
  const body: unknown = await response.json().catch(() => null);
  const checks = await checking;
  const answer = checks.tokenAnswerOf(body);
  if (!answer?.accessToken) {
    throw new TokenError('unavailable', 'The token endpoint answered without an access token.');
  }
  if (answer.expiresIn !== undefined && answer.expiresIn <= 0) throw expiredOnArrival();
  return {
    accessToken: answer.accessToken,
    expiresInSeconds: answer.expiresIn ?? bareTokenLifetimeSeconds,
    ...(typeof body === 'object' && body !== null && 'branding' in body ? brandingOf(body.branding, checks) : {}),
  };
}

export async function fetchFromFunction(fetchToken: FetchToken): Promise<IssuedToken> {
  let result: FetchTokenResult;
  try {
    result = await fetchToken();
  } catch (error) {
    if (error instanceof TokenError) throw error;
    throw new TokenError('unavailable', 'fetchToken failed.');
  }
  if (typeof result === 'string' && result.length > 0) {
    return { accessToken: result, expiresInSeconds: bareTokenLifetimeSeconds };
  }
  if (typeof result === 'object' && result !== null && typeof result.accessToken === 'string' && result.accessToken) {
    const expiresIn = Number.isFinite(result.expiresIn) ? result.expiresIn : bareTokenLifetimeSeconds;
    if (expiresIn <= 0) throw expiredOnArrival();
    return {
      accessToken: result.accessToken,
      expiresInSeconds: expiresIn,
      ...('branding' in result ? brandingOf(result.branding, await answerChecks()) : {}),
    };
  }
  throw new TokenError('unavailable', 'fetchToken resolved without an access token.');
}

export function issueToken(source: TokenSource, fetchImpl?: typeof fetch): Promise<IssuedToken> {
  return source.kind === 'endpoint' ? fetchFromEndpoint(source.url, fetchImpl) : fetchFromFunction(source.fetchToken);
}
