// The partner's token endpoint: turns the partner's own signed-in session into a short-lived Customer API
// token for that session's tenant. The browser never sees the partner key and cannot pick the tenant.
import { ActivationEndpoint } from './activation-endpoint.js';
import type { ActivationOptions } from './client-activation.js';
import { createCorsPolicy } from './cors-policy.js';
import { answerPlainly, answerResponse, type AnswersPlainly, type EndpointAnswer } from './endpoint-answer.js';
import {
  mintAccessToken,
  ReferralApiError,
  referralApiOptions,
  UpstreamTokenError,
  type UpstreamFailureKind,
} from './referral-api.js';
import { PartnerBrandingSource } from './partner-branding-source.js';
import { isPending } from './pending.js';
import { createRateLimiter, rateLimitDecision } from './rate-limiter.js';
import { createMemoryStore, type ServerStore } from './server-store.js';
import { TenantTokenCache, type CachedToken, type TenantTokenSource } from './tenant-token-cache.js';
import { notFetchedYet } from './cached-upstream-value.js';
import type { PartnerBranding } from '../wire/partner-branding.js';

export { referralApiBaseUrls } from './referral-api.js';

/** The `error` codes of the endpoint's JSON error answers (`{ error, message }`). */
export type TokenEndpointErrorCode =
  | 'method_not_allowed'
  | 'unauthenticated'
  | 'rate_limited'
  | 'tenant_not_linked'
  | 'bad_request'
  | 'forbidden_origin'
  | 'activation_not_allowed'
  | 'upstream_auth'
  | 'upstream_unavailable'
  | 'upstream_invalid'
  | 'internal';

/** What `onError` receives. It never carries the partner key or a token. */
/** The default limit: generous for a tenant's users loading pages, tight enough to stop a runaway loop. */
export const defaultTokenRateLimit = { limit: 300, windowMs: 60_000 } as const;

export interface TokenHandlerErrorInfo {
  code:
    | Exclude<
        TokenEndpointErrorCode,
        | 'method_not_allowed'
        | 'unauthenticated'
        | 'rate_limited'
        | 'bad_request'
        | 'forbidden_origin'
        | 'activation_not_allowed'
      >
    /** Activation could not start: Debitura refused the partner's data, or a callback failed. */
    | 'activation_failed';
  message: string;
  /** The tenant the request was for, when the session resolved to one. */
  externalTenantId?: string;
  /** The Referral API's HTTP status, when it answered. */
  upstreamStatus?: number;
  /** What `resolveTenant` (or an activation callback) threw. */
  cause?: unknown;
  /** For `activation_failed`: what was wrong, per field of the partner's data. */
  fields?: Record<string, string[]>;
}

export interface TokenHandlerOptions {
  /** The partner's Referral Partner API key (`XApiKey`). Keep it in server configuration only. */
  apiKey: string;
  /** Referral Partner API base URL; default production. Use `referralApiBaseUrls.test` with a test key. */
  baseUrl?: string;
  /**
   * The tenant (`externalTenantId`) of the partner's signed-in user, read from the partner's own session
   * (cookie, session store, auth header it verifies). Return null when nobody is signed in: the endpoint
   * answers 401. Nothing else in the request can choose the tenant.
   */
  resolveTenant: (request: Request) => string | null | Promise<string | null>;
  /**
   * Page origins, besides the endpoint's own, allowed to call it with the user's cookies (credentialed CORS),
   * e.g. `['https://app.example.com']`. Requests from any other page are refused with 403 before any work.
   * Entries without a web origin (`capacitor://…`, `file://`, `chrome-extension://…`: they all arrive as
   * `Origin: null`) and `*` throw at creation.
   */
  allowedOrigins?: string[];
  /** The fetch used for the Referral API, e.g. an in-process sandbox; default the global fetch. */
  fetch?: typeof fetch;
  /** Mint a new token once the cached one has less than this left; default 60 s. */
  refreshMarginSeconds?: number;
  /** Give up on the Referral API after this long; default 10 s. */
  upstreamTimeoutMs?: number;
  /**
   * Rate limit: return false to answer 429 before any upstream work. Default: 300 requests a minute per tenant
   * (`defaultTokenRateLimit`). To limit per signed-in user, pass `createRateLimiter({ ..., key })` keyed by
   * the partner's own user id.
   */
  allowRequest?: (externalTenantId: string, request: Request) => boolean | Promise<boolean>;
  /**
   * Add the partner's Debitura branding (logo, colours, font from the Referral API's GET /me) to token answers
   * as `branding`, so the widget matches Debitura's hosted pages by default; default true.
   */
  branding?: boolean;
  /**
   * Lets a signed-in tenant without a Debitura client link activate debt collection from the widget: the
   * endpoint's 403 `tenant_not_linked` answer carries the activation state, and a POST with the JSON body
   * `{"intent": "activate"}` (or `"status"`) acts on it. See `ActivationOptions`.
   */
  activation?: ActivationOptions;
  /** Called for failures the partner should see in its logs. */
  onError?: (info: TokenHandlerErrorInfo) => void;
  /**
   * Where tokens, mint claims and the default rate limit's counts are kept. Default `createMemoryStore()`: this
   * process alone. Give every server process the same `createRedisStore(...)` and they share one token per
   * tenant (one upstream mint per token lifetime across all of them) and one rate limit.
   */
  store?: ServerStore;
  /** Clock in epoch milliseconds; default `Date.now`. */
  now?: () => number;
}

export interface TokenHandler extends AnswersPlainly {
  (request: Request): Promise<Response>;
  /**
   * The Customer API token for the request's session, straight from the per-tenant cache: what
   * `tokenFromHandler` gives the Customer API proxy. No CORS, origin check or rate limit of its own (the proxy
   * applies its own); null when `resolveTenant` finds nobody signed in.
   */
  tokenForSession(request: Request): Promise<string | null>;
}

/** Request headers a listed origin may send in a preflight; anything else is not answered. */
const requestHeaders = ['Accept', 'Authorization', 'Content-Type'] as const;

const upstreamAnswers: Record<UpstreamFailureKind, { status: number; message: string }> = {
  tenant_not_linked: { status: 403, message: 'This account is not linked to Debitura yet.' },
  upstream_auth: { status: 502, message: 'Debitura rejected this server’s credentials.' },
  upstream_unavailable: { status: 503, message: 'Debitura is not reachable right now. Try again shortly.' },
  upstream_invalid: { status: 502, message: 'Debitura answered in an unexpected way.' },
};

/**
 * The token answer's JSON, as `JSON.stringify({ accessToken, expiresIn, branding })` writes it, from parts
 * serialized once: the token's while it is cached, the branding's once per value fetched.
 */
class TokenAnswerJson {
  readonly #tokenParts = new WeakMap<CachedToken, string>();
  #branding: PartnerBranding | undefined;
  #brandingPart = '}';

  of(token: CachedToken, expiresIn: number, branding: PartnerBranding | undefined): string {
    let tokenPart = this.#tokenParts.get(token);
    if (tokenPart === undefined) {
      tokenPart = `{"accessToken":${JSON.stringify(token.accessToken)},"expiresIn":`;
      this.#tokenParts.set(token, tokenPart);
    }
    if (branding !== this.#branding) {
      this.#branding = branding;
      this.#brandingPart = branding ? `,"branding":${JSON.stringify(branding)}}` : '}';
    }
    return `${tokenPart}${expiresIn}${this.#brandingPart}`;
  }
}

/**
 * Creates the token endpoint as a standard `(Request) => Promise<Response>` handler, so the same code runs on
 * Node (see `toNodeListener`), Hono, Next.js route handlers, Cloudflare Workers, Deno and Bun.
 *
 * `POST` answers `{ accessToken, expiresIn }` (seconds left on the token) with `Cache-Control: no-store`.
 * Errors answer `{ error, message }`: 401 `unauthenticated`, 403 `tenant_not_linked`, 405
 * `method_not_allowed`, 429 `rate_limited`, 502 `upstream_auth` / `upstream_invalid`, 503
 * `upstream_unavailable`, 500 `internal`. Each tenant's token is cached until `refreshMarginSeconds` before
 * expiry and concurrent requests share one upstream call. The cache lives in this process unless `store` is
 * shared (`createRedisStore`): then every process of a scaled-out deployment uses the one token per tenant.
 *
 * @example
 * // Hono
 * const tokenHandler = createTokenHandler({
 *   apiKey: process.env.DEBITURA_API_KEY!,
 *   resolveTenant: async (request) => (await getSession(request))?.tenantId ?? null,
 * });
 * app.post('/api/debitura/token', (c) => tokenHandler(c.req.raw));
 */
export function createTokenHandler(options: TokenHandlerOptions): TokenHandler {
  const now = options.now ?? Date.now;
  const cors = createCorsPolicy({ allowedOrigins: options.allowedOrigins, methods: ['POST'], headers: requestHeaders });
  const store = options.store ?? createMemoryStore({ now });
  const allowRequest =
    options.allowRequest ??
    createRateLimiter({ ...defaultTokenRateLimit, store, key: (tenant) => `token-endpoint:${tenant}` });
  const clientOptions = referralApiOptions({
    apiKey: options.apiKey,
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    timeoutMs: options.upstreamTimeoutMs,
  });
  const brandingSource = options.branding === false ? null : new PartnerBrandingSource(clientOptions, now);
  const tokens: TenantTokenSource = new TenantTokenCache({
    mint: (tenant) => mintAccessToken(clientOptions, tenant),
    refreshMarginSeconds: options.refreshMarginSeconds ?? 60,
    store,
    mintTimeoutMs: clientOptions.timeoutMs,
    now,
  });

  const report = (info: TokenHandlerErrorInfo) => {
    try {
      options.onError?.(info);
    } catch {
      // A failing logger must not turn into a failed token request.
    }
  };

  const activation = options.activation
    ? new ActivationEndpoint(options.activation, {
        referral: clientOptions,
        isLinked: (tenant) =>
          tokens.issue(tenant).then(
            () => true,
            (error: unknown) => {
              if (error instanceof UpstreamTokenError && error.kind === 'tenant_not_linked') return false;
              throw error;
            },
          ),
        branding: async () => brandingSource?.current(),
        report,
        now,
        isAllowedOrigin: (request) => cors.allowedOrigin(request) !== null,
      })
    : null;

  const tokenAnswers = new TokenAnswerJson();
  const decideRateLimit = rateLimitDecision(allowRequest);
  const answerHeaders = (origin: string | null, extra?: Record<string, string>): Record<string, string> => ({
    'Cache-Control': 'no-store',
    ...cors.responseHeaders(origin),
    ...extra,
  });
  const json = (
    origin: string | null,
    status: number,
    body: unknown,
    extra?: Record<string, string>,
  ): EndpointAnswer => ({ status, headers: answerHeaders(origin, extra), body });
  const fail = (
    origin: string | null,
    status: number,
    error: TokenEndpointErrorCode,
    message: string,
    extra?: Record<string, string>,
  ) => json(origin, status, { error, message }, extra);

  const sessionUnreadable = (origin: string | null, cause: unknown) => {
    report({ code: 'internal', message: 'resolveTenant threw.', cause });
    return fail(origin, 500, 'internal', 'The session could not be read.');
  };

  /**
   * The answer to a token request, without a promise when nothing had to be waited for (a session read at once,
   * a rate limit counted in memory, a cached token): the Node adapter then writes it within the request's own
   * event. Each step that did get a promise continues once it settles.
   */
  function answerTokenRequest(request: Request): EndpointAnswer | Promise<EndpointAnswer> {
    const origin = cors.allowedOrigin(request);
    if (request.method === 'OPTIONS' && origin !== null) {
      return { status: 204, headers: cors.preflightHeaders(origin) };
    }
    if (!cors.admits(request, origin)) {
      return fail(origin, 403, 'forbidden_origin', 'This page’s origin may not ask for tokens.');
    }
    if (request.method !== 'POST') {
      return fail(origin, 405, 'method_not_allowed', 'Use POST.', { Allow: 'POST' });
    }

    let tenant: string | null | Promise<string | null>;
    try {
      tenant = options.resolveTenant(request);
    } catch (cause) {
      return sessionUnreadable(origin, cause);
    }
    if (!isPending(tenant)) return answerForTenant(request, origin, tenant);
    return Promise.resolve(tenant).then(
      (resolved) => answerForTenant(request, origin, resolved),
      (cause: unknown) => sessionUnreadable(origin, cause),
    );
  }

  function answerForTenant(
    request: Request,
    origin: string | null,
    tenant: string | null,
  ): EndpointAnswer | Promise<EndpointAnswer> {
    if (!tenant) return fail(origin, 401, 'unauthenticated', 'Sign in first.');
    const allowed = decideRateLimit(tenant, request);
    if (!isPending(allowed)) return answerAllowed(request, origin, tenant, allowed);
    return Promise.resolve(allowed).then((decided) => answerAllowed(request, origin, tenant, decided));
  }

  function answerAllowed(
    request: Request,
    origin: string | null,
    tenant: string,
    allowed: boolean,
  ): EndpointAnswer | Promise<EndpointAnswer> {
    if (!allowed) {
      return fail(origin, 429, 'rate_limited', 'Too many token requests. Try again shortly.', { 'Retry-After': '10' });
    }
    // A fresh cached token and branding at hand (nearly every request): answered without waiting for anything.
    const cached = activation ? undefined : tokens.atHand(tenant);
    const branding = cached && brandingSource ? brandingSource.atHand() : undefined;
    if (cached && branding !== notFetchedYet) {
      const expiresIn = Math.floor((cached.expiresAt - now()) / 1000);
      if (expiresIn >= 1) {
        return {
          status: 200,
          headers: answerHeaders(origin),
          json: tokenAnswers.of(cached, expiresIn, branding),
        };
      }
    }
    return issueTokenAnswer(request, origin, tenant);
  }

  /** The answer once activation had its say and the token (minted if need be) and the branding are in. */
  async function issueTokenAnswer(request: Request, origin: string | null, tenant: string): Promise<EndpointAnswer> {
    try {
      if (activation) {
        const activationAnswer = await activation.answer(tenant, request, (status, body, extra) =>
          json(origin, status, body, extra),
        );
        if (activationAnswer) return activationAnswer;
      }
      const [issued, branding] = await Promise.all([tokens.issue(tenant), brandingSource?.current()]);
      // A wait for the branding's first fetch counts against the token's life: recounted, never overstated.
      const stillExact = Math.floor((issued.expiresAt - now()) / 1000) === issued.expiresIn;
      const { accessToken, expiresIn } = stillExact ? issued : await tokens.issue(tenant);
      return json(origin, 200, { accessToken, expiresIn, ...(branding && { branding }) });
    } catch (error) {
      if (!(error instanceof ReferralApiError)) {
        report({
          code: 'internal',
          message: 'Minting a token failed unexpectedly.',
          externalTenantId: tenant,
          cause: error,
        });
        return fail(origin, 500, 'internal', 'The token could not be issued.');
      }
      report({
        code: error.kind,
        message: error.message,
        externalTenantId: tenant,
        ...(error.upstreamStatus !== undefined && { upstreamStatus: error.upstreamStatus }),
      });
      const answer = upstreamAnswers[error.kind];
      const retryAfter =
        error.kind === 'upstream_unavailable' ? { 'Retry-After': String(error.retryAfterSeconds ?? 5) } : undefined;
      const activationDetails =
        error.kind === 'tenant_not_linked' ? await activation?.notLinkedDetails(tenant, request) : undefined;
      return json(
        origin,
        answer.status,
        { error: error.kind, message: answer.message, ...activationDetails },
        retryAfter,
      );
    }
  }

  async function tokenForSession(request: Request): Promise<string | null> {
    const tenant = await options.resolveTenant(request);
    return tenant ? (await tokens.issue(tenant)).accessToken : null;
  }

  const handleTokenRequest = async (request: Request) => answerResponse(await answerTokenRequest(request));
  return Object.assign(handleTokenRequest, { tokenForSession, [answerPlainly]: answerTokenRequest });
}
