// Proxy mode: the widget talks to the partner's own backend (`api-base`), which forwards only the Customer API
// calls the widget makes, with a server-held token for the partner's signed-in session. The browser never
// holds a Debitura token; its cookies and Authorization header stop here and never reach Debitura.

/** Customer API hosts. Tokens from a Referral API environment only work on the same environment's host. */
export const customerApiBaseUrls = {
  production: 'https://customer-api.debitura.com',
  test: 'https://testcustomer-api.debitura.com',
} as const;

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
}

export type CustomerApiProxy = (request: Request) => Promise<Response>;

type Method = 'GET' | 'POST';

/** The Customer API surface the widget uses; every other path is 404, every other method 405. */
const forwardedRoutes: ReadonlyArray<{ pattern: RegExp; methods: readonly Method[] }> = [
  { pattern: /^\/me$/, methods: ['GET'] },
  { pattern: /^\/users$/, methods: ['GET'] },
  { pattern: /^\/cases$/, methods: ['GET', 'POST'] },
  // Listed before `/cases/{id}` so that `GET /cases/preview` is a wrong method, not a case id.
  { pattern: /^\/cases\/preview$/, methods: ['POST'] },
  { pattern: /^\/cases\/[^/]+$/, methods: ['GET'] },
  { pattern: /^\/cases\/[^/]+\/(?:timeline|payments|contract-status|validation)$/, methods: ['GET'] },
  { pattern: /^\/cases\/[^/]+\/(?:chats|files)$/, methods: ['GET', 'POST'] },
];

/** A case id segment: Debitura ids are UUIDs; anything that could walk the path (`..`, encoded `/`) is refused. */
const caseIdSegment = /^[A-Za-z0-9_-]{1,100}$/;

/** Request headers worth passing on. Everything else, notably Cookie and Authorization, stays behind. */
const forwardedRequestHeaders = ['accept', 'accept-language', 'content-type', 'idempotency-key'] as const;

/** Answer headers worth passing back. Set-Cookie and anything hop-by-hop or body-encoding stays behind. */
const forwardedResponseHeaders = ['content-type', 'content-disposition', 'retry-after'] as const;

const bodylessMethods = new Set(['GET', 'HEAD']);

function errorAnswer(status: number, error: string, message: string, extra: Record<string, string> = {}): Response {
  // The shape of Debitura's ApiErrorResponseDto, so the widget maps the proxy's own refusals like Debitura's.
  return Response.json(
    { error, message, businessErrors: null },
    { status, headers: { 'Cache-Control': 'no-store', ...extra } },
  );
}

function routeOf(path: string): { methods: readonly Method[] } | null {
  const segments = path.split('/');
  if (
    segments[1] === 'cases' &&
    segments[2] !== undefined &&
    segments[2] !== 'preview' &&
    !caseIdSegment.test(segments[2])
  )
    return null;
  return forwardedRoutes.find((route) => route.pattern.test(path)) ?? null;
}

function stripPrefix(pathname: string, prefix: string): string | null {
  if (!prefix) return pathname;
  if (pathname === prefix) return '';
  return pathname.startsWith(prefix + '/') ? pathname.slice(prefix.length) : null;
}

/**
 * Creates the Customer API proxy as a standard `(Request) => Promise<Response>` handler. Point the widget at it
 * with `api-base` (e.g. `api-base="/api/debitura/customer"`); in this mode the widget's own token is never
 * forwarded, so `fetchToken` may return the partner's own session credential (or any placeholder when
 * `tokenFor` reads the session cookie instead).
 *
 * Only the widget's endpoints are forwarded: `GET /me`, `GET /users`, `GET|POST /cases`, `POST /cases/preview`,
 * `GET /cases/{id}` and its `timeline`, `payments`, `contract-status`, `validation`, `GET|POST` `chats` and
 * `files`. Other paths answer 404, other methods 405 with `Allow`. Upstream requests carry only `Accept`,
 * `Accept-Language`, `Content-Type`, `Idempotency-Key`, the query string and the streamed body, plus the
 * server-held Bearer token. Answers stream back with `Cache-Control: no-store`; Debitura's status and body
 * are passed through unchanged, so the widget's error handling and idempotent retries work as in direct mode.
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

  return async function proxyCustomerApi(request) {
    const url = new URL(request.url);
    const path = stripPrefix(url.pathname, prefix);
    const route = path === null ? null : routeOf(path);
    if (path === null || route === null)
      return errorAnswer(404, 'not_found', 'Not a Customer API route this proxy forwards.');
    if (!route.methods.includes(request.method as Method)) {
      return errorAnswer(405, 'method_not_allowed', `Use ${route.methods.join(' or ')}.`, {
        Allow: route.methods.join(', '),
      });
    }

    let token: string | null;
    try {
      token = await options.tokenFor(request);
    } catch {
      return errorAnswer(
        503,
        'token_unavailable',
        'No Debitura token could be obtained right now. Try again shortly.',
        { 'Retry-After': '5' },
      );
    }
    if (!token) return errorAnswer(401, 'unauthenticated', 'Sign in first.');

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
      return errorAnswer(502, 'upstream_unavailable', 'Debitura could not be reached.');
    }

    const answerHeaders = new Headers({ 'Cache-Control': 'no-store' });
    for (const name of forwardedResponseHeaders) {
      const value = upstream.headers.get(name);
      if (value !== null) answerHeaders.set(name, value);
    }
    return new Response(upstream.body, { status: upstream.status, headers: answerHeaders });
  };
}

/**
 * A `tokenFor` that asks the partner's token endpoint (see `createTokenHandler`) for the session's token, so
 * the proxy shares its per-tenant cache and its `resolveTenant`. Signed-out sessions give null (401); other
 * refusals (tenant not linked, Debitura unreachable) throw, which the proxy answers with 503.
 */
export function tokenFromHandler(
  tokenHandler: (request: Request) => Promise<Response>,
): (request: Request) => Promise<string | null> {
  return async (request) => {
    // The session lives in the request's headers; body headers of the proxied call do not belong on a bodyless POST.
    const headers = new Headers(request.headers);
    for (const name of ['content-type', 'content-length', 'transfer-encoding', 'idempotency-key']) headers.delete(name);
    const answer = await tokenHandler(new Request(request.url, { method: 'POST', headers }));
    if (answer.status === 401) return null;
    if (!answer.ok) throw new Error(`The token endpoint answered ${answer.status}.`);
    const body = (await answer.json()) as { accessToken?: unknown };
    if (typeof body.accessToken !== 'string' || !body.accessToken)
      throw new Error('The token endpoint answered without a token.');
    return body.accessToken;
  };
}
