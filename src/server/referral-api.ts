// The Referral Partner API client: every call the partner's server makes with its XApiKey. Token minting, the
// partner profile, client onboarding (create, read, withdraw, KYC) and coverage. Failures become a small set of
// kinds the callers map to their own answers; neither the key nor a token ever appears in an error.
import { referralApiBaseUrls } from '../wire/environments.js';
import { CoverageResponse, type CoverageItemApiDTO } from '../wire/coverage.js';
import {
  AccessTokenResponse,
  ClientCreatedResponse,
  KycVerificationDto,
  ReferralPartnerResponse,
  type CreateClientRequest,
  type SubmitKycVerificationRequest,
} from '../wire/referral.js';
import { ApiErrorResponseDto, BusinessErrorResponseApiDTO, ConflictResponse } from '../wire/errors.js';
import { fieldProblemsOf } from '../wire/field-problems.js';
import { retryAfterSeconds } from './retry-after.js';

/** Referral Partner API hosts. Keys, tenants and tokens are scoped to one environment. */
export { referralApiBaseUrls };

/** Debitura's documented token lifetime, used when an answer leaves `expiresIn` out (the spec allows it). */
export const documentedTokenLifetimeSeconds = 1800;

export type UpstreamFailureKind =
  /** 404 from POST /oauth/token: no active client link for this tenant under the partner. */
  | 'tenant_not_linked'
  /** 401/403: the partner key is wrong, revoked or from the other environment. */
  | 'upstream_auth'
  /** Network failure, timeout, 5xx or 429: worth retrying later. */
  | 'upstream_unavailable'
  /** Any other status, or an answer that does not have the documented shape. */
  | 'upstream_invalid';

/** A Referral API call failed in a way its caller cannot act on beyond reporting it (or retrying later). */
export class ReferralApiError extends Error {
  constructor(
    readonly kind: UpstreamFailureKind,
    message: string,
    /** Upstream HTTP status, when there was an answer. */
    readonly upstreamStatus?: number,
    /** Seconds from the upstream `Retry-After`, when it sent one. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ReferralApiError';
  }
}

/** Minting failed; `kind` is `tenant_not_linked` when the tenant has no active client link. */
export class UpstreamTokenError extends ReferralApiError {
  override readonly name = 'UpstreamTokenError';
}

export interface MintedToken {
  accessToken: string;
  lifetimeSeconds: number;
}

export interface ReferralApiOptions {
  apiKey: string;
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
}

/** A Referral API path on the configured host, whether or not the base URL ends in a slash. */
export function referralApiUrl(options: Pick<ReferralApiOptions, 'baseUrl'>, path: string): string {
  return options.baseUrl.replace(/\/+$/, '') + path;
}

interface SendOptions {
  method?: string;
  body?: unknown;
  /** A body sent as it is, with the Content-Type the caller put in `headers`. */
  rawBody?: string | undefined;
  headers?: Record<string, string>;
  /** Builds the error thrown for failures, so token minting keeps its own error class. */
  error?: typeof ReferralApiError;
}

/** One authenticated call. Only a failure to get any answer throws here; statuses are the caller's. */
async function send(options: ReferralApiOptions, path: string, init: SendOptions = {}): Promise<Response> {
  const Failure = init.error ?? ReferralApiError;
  try {
    return await options.fetch(referralApiUrl(options, path), {
      method: init.method ?? 'GET',
      headers: {
        XApiKey: options.apiKey,
        Accept: 'application/json',
        ...(init.body !== undefined && { 'Content-Type': 'application/json' }),
        ...init.headers,
      },
      ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
      ...(init.rawBody !== undefined && { body: init.rawBody }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new Failure(
      'upstream_unavailable',
      timedOut ? 'Debitura did not answer in time.' : 'Debitura could not be reached.',
    );
  }
}

/** The error for a status the caller has no answer of its own for. The body is dropped: it could echo input. */
async function unexpected(response: Response, Failure: typeof ReferralApiError = ReferralApiError): Promise<never> {
  await response.body?.cancel().catch(() => undefined);
  const status = response.status;
  if (status === 401 || status === 403)
    throw new Failure('upstream_auth', 'Debitura rejected the partner API key.', status);
  if (status === 429 || status >= 500) {
    throw new Failure(
      'upstream_unavailable',
      `Debitura answered ${status}.`,
      status,
      retryAfterSeconds(response.headers.get('retry-after')),
    );
  }
  throw new Failure('upstream_invalid', `Debitura answered ${status}.`, status);
}

async function readJson<T>(
  response: Response,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  what: string,
): Promise<T> {
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success)
    throw new ReferralApiError(
      'upstream_invalid',
      `Debitura answered ${what} in an unexpected shape.`,
      response.status,
    );
  return parsed.data;
}

/** POST /oauth/token: a Customer API token for one linked tenant. */
export async function mintAccessToken(options: ReferralApiOptions, externalTenantId: string): Promise<MintedToken> {
  const response = await send(options, '/oauth/token', {
    method: 'POST',
    body: { externalTenantId },
    error: UpstreamTokenError,
  });
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
  if (response.status === 404) {
    await response.body?.cancel().catch(() => undefined);
    throw new UpstreamTokenError('tenant_not_linked', 'No active client link for this tenant.', 404);
  }
  return unexpected(response, UpstreamTokenError);
}

/** GET /me: the partner's own profile, branding included. */
export async function getPartnerProfile(options: ReferralApiOptions): Promise<ReferralPartnerResponse> {
  const response = await send(options, '/me');
  if (!response.ok) return unexpected(response);
  return readJson(response, ReferralPartnerResponse, 'GET /me');
}

/** What POST /clients decided. Each outcome is an answer Debitura documents, not a failure. */
export type CreateClientOutcome =
  /** The client exists and has signed: mint a token and send cases. */
  | { status: 201; client: ClientCreatedResponse }
  /** Created, onboarding unfinished: send the user to `client.onboardingLinks.url`. */
  | { status: 202; client: ClientCreatedResponse }
  /**
   * `ClientExistsNeedsLinking` (an existing Debitura account must approve at `data.onboardingLinks.url`),
   * `ClientAlreadyLinkedToAnotherPartner` or `InvalidClientType`: see `conflict.type`.
   */
  | { status: 409; conflict: ConflictResponse }
  /** The partner's data was refused, field by field (`Client.Country: ["Unknown country: XX"]`). */
  | { status: 400; fields: Record<string, string[]>; message: string | null }
  /** A business rule refused it. */
  | { status: 422; error: BusinessErrorResponseApiDTO };

/** 400 bodies arrive field-keyed (as Debitura's docs show) or as ApiErrorResponseDto (as the spec types them). */
function validationFields(body: unknown): { fields: Record<string, string[]>; message: string | null } {
  const generic = ApiErrorResponseDto.safeParse(body);
  return {
    fields: fieldProblemsOf(body),
    message: generic.success ? (generic.data.message ?? generic.data.error ?? null) : null,
  };
}

/**
 * POST /clients: creates the client or links an existing Debitura account. Idempotent by `externalTenantId`:
 * asking again answers the client's current state and never creates a second one.
 */
export async function createClient(
  options: ReferralApiOptions,
  request: CreateClientRequest,
): Promise<CreateClientOutcome> {
  const response = await send(options, '/clients', { method: 'POST', body: request });
  switch (response.status) {
    case 201:
    case 202:
      return { status: response.status, client: await readJson(response, ClientCreatedResponse, 'POST /clients') };
    case 409:
      return { status: 409, conflict: await readJson(response, ConflictResponse, 'a 409 to POST /clients') };
    case 400:
      return { status: 400, ...validationFields(await response.json().catch(() => null)) };
    case 422:
      return { status: 422, error: await readJson(response, BusinessErrorResponseApiDTO, 'a 422 to POST /clients') };
    default:
      return unexpected(response);
  }
}

/** GET /clients/{externalTenantId}: the client, or null when there is none (never created, archived, pending approval). */
export async function getClient(
  options: ReferralApiOptions,
  externalTenantId: string,
): Promise<ClientCreatedResponse | null> {
  const response = await send(options, `/clients/${encodeURIComponent(externalTenantId)}`);
  if (response.status === 404) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.ok) return unexpected(response);
  return readJson(response, ClientCreatedResponse, 'GET /clients/{externalTenantId}');
}

/**
 * POST /clients/{externalTenantId}/withdraw: archives an attributed client that never got going. `refused`
 * (409) when the client is not attributed to the partner or one of its cases has moved past contract signing.
 */
export async function withdrawClient(
  options: ReferralApiOptions,
  externalTenantId: string,
): Promise<'withdrawn' | 'not_found' | 'refused'> {
  const response = await send(options, `/clients/${encodeURIComponent(externalTenantId)}/withdraw`, {
    method: 'POST',
  });
  if (response.status === 204 || response.status === 404 || response.status === 409) {
    await response.body?.cancel().catch(() => undefined);
    return response.status === 204 ? 'withdrawn' : response.status === 404 ? 'not_found' : 'refused';
  }
  return unexpected(response);
}

export interface SubmitKycOptions {
  /** Repeating a call with the same key and body returns the first answer instead of a second submission. */
  idempotencyKey?: string;
  /** Tell the collection partners in the case chat; Debitura's default is true. */
  sendChatNotification?: boolean;
}

/** POST /clients/{externalTenantId}/kyc-verification: the director's identity; null when the client is unknown. */
export async function submitKycVerification(
  options: ReferralApiOptions,
  externalTenantId: string,
  verification: SubmitKycVerificationRequest,
  submit: SubmitKycOptions = {},
): Promise<KycVerificationDto | null> {
  const query = submit.sendChatNotification === undefined ? '' : `?sendChatNotification=${submit.sendChatNotification}`;
  const response = await send(options, `/clients/${encodeURIComponent(externalTenantId)}/kyc-verification${query}`, {
    method: 'POST',
    body: verification,
    ...(submit.idempotencyKey !== undefined && { headers: { 'Idempotency-Key': submit.idempotencyKey } }),
  });
  if (response.status === 404) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.ok) return unexpected(response);
  return readJson(response, KycVerificationDto, 'POST /clients/{externalTenantId}/kyc-verification');
}

/**
 * Any Referral API call as the partner, answered as Debitura answered it (the staff console's proxy decides what
 * may pass; see referral-proxy.ts). Only the partner's key and the given headers go upstream; a call that gets no
 * answer throws `upstream_unavailable`.
 */
export async function relayReferralCall(
  options: ReferralApiOptions,
  method: string,
  pathAndQuery: string,
  init: { headers?: Record<string, string>; body?: string } = {},
): Promise<Response> {
  return send(options, pathAndQuery, { method, headers: init.headers ?? {}, rawBody: init.body });
}

/** GET /coverage: every jurisdiction Debitura collects in, with its partners. */
export async function getCoverage(options: ReferralApiOptions): Promise<CoverageItemApiDTO[]> {
  const response = await send(options, '/coverage');
  if (!response.ok) return unexpected(response);
  return readJson(response, CoverageResponse, 'GET /coverage');
}

export interface ReferralApiClientOptions {
  /** The partner's Referral Partner API key (`XApiKey`). Keep it in server configuration only. */
  apiKey: string;
  /** Default production; `referralApiBaseUrls.test` with a test key. */
  baseUrl?: string;
  /** Default the global fetch. */
  fetch?: typeof fetch;
  /** Give up on a call after this long; default 10 s. */
  timeoutMs?: number;
}

/** The Referral API calls a partner's back office makes, bound to its key. */
export interface ReferralApiClient {
  createClient(request: CreateClientRequest): Promise<CreateClientOutcome>;
  getClient(externalTenantId: string): Promise<ClientCreatedResponse | null>;
  withdrawClient(externalTenantId: string): Promise<'withdrawn' | 'not_found' | 'refused'>;
  submitKycVerification(
    externalTenantId: string,
    verification: SubmitKycVerificationRequest,
    options?: SubmitKycOptions,
  ): Promise<KycVerificationDto | null>;
  getCoverage(): Promise<CoverageItemApiDTO[]>;
}

export function referralApiOptions(options: ReferralApiClientOptions): ReferralApiOptions {
  return {
    apiKey: options.apiKey,
    baseUrl: options.baseUrl ?? referralApiBaseUrls.production,
    // Looked up per call so a fetch patched after start-up (test doubles, instrumentation) is honoured.
    fetch: options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? 10_000,
  };
}

/**
 * Typed Referral API calls for partners who onboard clients from their own back office (the widget's
 * activation uses the same calls). Expected answers come back as values; an unreachable or misbehaving
 * Debitura throws a `ReferralApiError`.
 *
 * @example
 * const referral = createReferralApiClient({ apiKey: process.env.DEBITURA_API_KEY! });
 * const outcome = await referral.createClient({ externalTenantId: 'tenant-42', client, users });
 * if (outcome.status === 202) sendOnboardingMail(outcome.client.onboardingLinks?.url);
 */
export function createReferralApiClient(options: ReferralApiClientOptions): ReferralApiClient {
  const bound = referralApiOptions(options);
  return {
    createClient: (request) => createClient(bound, request),
    getClient: (externalTenantId) => getClient(bound, externalTenantId),
    withdrawClient: (externalTenantId) => withdrawClient(bound, externalTenantId),
    submitKycVerification: (externalTenantId, verification, submit) =>
      submitKycVerification(bound, externalTenantId, verification, submit),
    getCoverage: () => getCoverage(bound),
  };
}
