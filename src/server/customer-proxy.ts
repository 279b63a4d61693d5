// Proxy mode: the widget talks to the partner's own backend (`api-base`), which forwards only the Customer API
// calls the widget makes, with a server-held token for the partner's signed-in session. The browser never
// holds a Debitura token; its cookies and Authorization header stop here and never reach Debitura.
// Because the proxy acts on the user's cookies, it serves only the partner's own pages (CORS by allow-list,
// origin checks and a CSRF check on every call that changes something) and limits each session on its own.
import { createCorsPolicy } from './cors-policy.js';
import {
  answerHeaders,
  bodylessMethods,
  isJsonMediaType,
  passProxyGate,
  proxyRequestHeader,
  sessionLimiter,
  type ProxyGate,
  type ProxyRateLimitOptions,
} from './proxy-guards.js';
import { retryAfterSeconds } from './retry-after.js';
import type { TokenHandler } from './token-handler.js';

import { customerApiBaseUrls } from '../wire/environments.js';

export { defaultProxyRateLimit, proxyRequestHeader, type ProxyRateLimitOptions } from './proxy-guards.js';

/** Customer API hosts. Tokens from a Referral API environment only work on the same environment's host. */
export { customerApiBaseUrls };

export interface CustomerApiProxyOptions {
  /**
   * The Customer API token for the partner's signed-in session, read from the partner's own session (the
   * browser's cookie, or the partner credential the widget's `fetchToken` hands out, sent as Bearer). Return
   * null when nobody is signed in: the proxy answers 401. `tokenFromHandler(tokenHandler)` reuses the token
   * endpoint and its per-tenant cache.
   */
  tokenFor: (request: Request) => string | null | Promise<string | null>;
  /** Customer API base URL; default production. Use `customerApiBaseUrls.test` with test-environment tokens. */
  baseUrl?: string;
  /** The path the proxy is mounted under, e.g. `/api/debitura/customer`; stripped before routes are matched. */
  pathPrefix?: string;
  /** The fetch used to reach Debitura; default the global fetch. */
  fetch?: typeof fetch;
  /**
   * Page origins, besides the proxy's own, allowed to call it with the user's cookies (credentialed CORS), e.g.
   * `['https://app.example.com']` when the widget's page and this backend are on different origins. Requests
   * from any other page are refused with 403. Entries without a web origin (`capacitor://…`, `file://`) and `*`
   * throw at creation.
   */
  allowedOrigins?: string[];
  /**
   * Requests one browser session may make; answered 429 beyond it, before any token lookup or upstream call.
   * Default `defaultProxyRateLimit` (300 a minute) per session, a session being the request's cookies and
   * Authorization header. Pass `key` (e.g. your user id from the session) to count per user across sessions,
   * `store` to share counts between processes, or `false` to turn the limit off.
   */
  rateLimit?: false | ProxyRateLimitOptions;
}

export type CustomerApiProxy = (request: Request) => Promise<Response>;

type Method = 'GET' | 'POST';

/** An id in a path: Debitura's are UUIDs; anything that could walk the path (`..`, an encoded `/`) is not one. */
const idSegment = '[A-Za-z0-9_-]{1,100}';

function route(path: string, methods: readonly Method[]): { pattern: RegExp; methods: readonly Method[] } {
  return { pattern: new RegExp(`^${path.replaceAll('{id}', idSegment)}$`), methods };
}

/**
 * The Customer API surface the widget uses; every other path is 404, every other method 405. A node test calls
 * every method of the widget's client through the proxy, so a call the widget makes cannot be missing here.
 */
const forwardedRoutes: ReadonlyArray<{ pattern: RegExp; methods: readonly Method[] }> = [
  route('/me', ['GET']),
  route('/users', ['GET']),
  // The new-case form: the divisions a case is filed under, and the early eligibility check.
  route('/divisions', ['GET']),
  route('/coverage/check-eligibility', ['POST']),
  route('/cases', ['GET', 'POST']),
  // Listed before `/cases/{id}` so that `GET /cases/preview` is a wrong method, not a case id.
  route('/cases/preview', ['POST']),
  route('/cases/{id}', ['GET']),
  route('/cases/{id}/(?:timeline|payments|contract-status|validation|tasks|quote-requests|exclusive-period)', ['GET']),
  route('/cases/{id}/(?:chats|files)', ['GET', 'POST']),
  route('/cases/{id}/quote-requests/{id}/quotes', ['GET']),
  route('/cases/{id}/quote-requests/{id}/quotes/{id}', ['GET']),
  // The creditor's open tasks across its cases, and the payments recovered across them.
  route('/tasks', ['GET']),
  route('/Payments', ['GET']),
  route('/Payments/{id}', ['GET']),
];

/** Headers a listed origin may send in a preflight: what the widget sends, nothing echoed. */
const corsRequestHeaders = [
  'Accept',
  'Accept-Language',
  'Authorization',
  'Content-Type',
  'Idempotency-Key',
  proxyRequestHeader,
] as const;

/** Request headers worth passing on. Everything else, notably Cookie and Authorization, stays behind. */
const forwardedRequestHeaders = ['accept', 'accept-language', 'content-type', 'idempotency-key'] as const;

/** Answer headers worth passing back. Set-Cookie and anything hop-by-hop or body-encoding stays behind. */
const forwardedResponseHeaders = ['content-type', 'content-disposition'] as const;

/** An answer that is not JSON (a file, an HTML error page) opened directly runs nothing and loads nothing. */
const inertDocumentPolicy = "sandbox; default-src 'none'";

function routeOf(path: string): { methods: readonly Method[] } | null {
  return forwardedRoutes.find((route) => route.pattern.test(path)) ?? null;
}

/**
 * Creates the Customer API proxy as a standard `(Request) => Promise<Response>` handler. Point the widget at it
 * with `api-base` (e.g. `api-base="/api/debitura/customer"`); in this mode the widget's own token is never
 * forwarded, so `fetchToken` may return the partner's own session credential (or any placeholder when
 * `tokenFor` reads the session cookie instead).
 *
 * Only the widget's endpoints are forwarded: `GET /me`, `GET /users`, `GET /divisions`, `POST
 * /coverage/check-eligibility`, `GET|POST /cases`, `POST /cases/preview`,
 * `GET /cases/{id}` and its `timeline`, `payments`, `contract-status`, `validation`, `tasks`, `quote-requests`
 * (with their `quotes`) and `exclusive-period`, `GET|POST` `chats` and `files`, `GET /tasks`, `GET /Payments`
 * and `GET /Payments/{id}`. Other paths answer 404, other methods 405 with `Allow`. Upstream requests carry only `Accept`,
 * `Accept-Language`, `Content-Type`, `Idempotency-Key`, the query string and the streamed body, plus the
 * server-held Bearer token. Answers stream back with `Cache-Control: no-store` and `X-Content-Type-Options:
 * nosniff` (non-JSON answers also with a sandboxing CSP); Debitura's status and body are passed through
 * unchanged, so the widget's error handling and idempotent retries work as in direct mode.
 *
 * Refused before any token lookup: pages on other origins than the proxy's own and `allowedOrigins` (403
 * `forbidden_origin`), a POST with neither a JSON body nor the widget's `X-Requested-With` header (403
 * `csrf_rejected`), and a session over its rate limit (429 `rate_limited`).
 *
 * @example
 * const tokenHandler = createTokenHandler({ apiKey, resolveTenant });
 * const customerProxy = createCustomerApiProxy({ tokenFor: tokenFromHandler(tokenHandler), pathPrefix: '/api/debitura/customer' });
 * app.post('/api/debitura/token', (c) => tokenHandler(c.req.raw));
 * app.all('/api/debitura/customer/*', (c) => customerProxy(c.req.raw));
 */
export function createCustomerApiProxy(options: CustomerApiProxyOptions): CustomerApiProxy {
  const baseUrl = (options.baseUrl ?? customerApiBaseUrls.production).replace(/\/+$/, '');
  const prefix = (options.pathPrefix ?? '').replace(/\/+$/, '');
  // Looked up per call so a fetch patched after start-up (test doubles, instrumentation) is honoured.
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const cors = createCorsPolicy({
    allowedOrigins: options.allowedOrigins,
    methods: ['GET', 'POST'],
    headers: corsRequestHeaders,
  });
  const gate: ProxyGate = {
    cors,
    prefix,
    apiName: 'Customer API',
    methodsOf: (path) => routeOf(path)?.methods ?? null,
    // Named apart from the other endpoints' counts, in case they share one store.
    withinRateLimit: sessionLimiter(options.rateLimit, 'customer-proxy'),
  };

  return async function proxyCustomerApi(request) {
    const admitted = await passProxyGate(request, gate);
    if (admitted instanceof Response) return admitted;
    const { url, path, readable, refuse } = admitted;

    let token: string | null;
    try {
      token = await options.tokenFor(request);
    } catch {
      return refuse(503, 'token_unavailable', 'No Debitura token could be obtained right now. Try again shortly.', {
        'Retry-After': '5',
      });
    }
    if (!token) return refuse(401, 'unauthenticated', 'Sign in first.');

    const headers = new Headers({ Authorization: `Bearer ${token}` });
    for (const name of forwardedRequestHeaders) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    const hasBody = !bodylessMethods.has(request.method) && request.body !== null;
    let upstream: Response;
    try {
      upstream = await send(`${baseUrl}${path}${url.search}`, {
        method: request.method,
        headers,
        body: hasBody ? request.body : null,
        signal: request.signal,
        redirect: 'manual',
        // Streams a multipart upload through instead of buffering it.
        ...(hasBody ? { duplex: 'half' } : {}),
      });
    } catch {
      return refuse(502, 'upstream_unavailable', 'Debitura could not be reached.');
    }

    const answer = new Headers({ ...answerHeaders, ...readable });
    for (const name of forwardedResponseHeaders) {
      const value = upstream.headers.get(name);
      if (value !== null) answer.set(name, value);
    }
    if (!isJsonMediaType(upstream.headers.get('content-type')))
      answer.set('Content-Security-Policy', inertDocumentPolicy);
    const retryAfter = retryAfterSeconds(upstream.headers.get('retry-after'));
    if (retryAfter !== undefined) answer.set('Retry-After', String(retryAfter));
    return new Response(upstream.body, { status: upstream.status, headers: answer });
  };
}

/**
 * A `tokenFor` that reads the session's token from the token endpoint's per-tenant cache (see
 * `createTokenHandler`), with its `resolveTenant`. The endpoint's own rate limit is not spent: the proxy limits
 * each session itself, so one busy user cannot lock the tenant's other users out of their tokens. Signed-out
 * sessions give null (401); other refusals (tenant not linked, Debitura unreachable) throw, which the proxy
 * answers with 503.
 */
export function tokenFromHandler(tokenHandler: TokenHandler): (request: Request) => Promise<string | null> {
  return (request) => tokenHandler.tokenForSession(request);
}
