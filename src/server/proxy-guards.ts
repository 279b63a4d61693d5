// What both browser-facing proxies (the widget's Customer API proxy and the staff console's Referral API proxy)
// check before anything goes upstream: the CSRF rule for calls that change something, a bounded rate limit per
// browser session, and the headers every answer carries.
import type { CorsPolicy } from './cors-policy.js';
import { createMemoryRateLimitStore, type RateLimitStore } from './rate-limiter.js';

export interface ProxyRateLimitOptions {
  limit?: number;
  windowMs?: number;
  /** What is counted; default a hash of the session's cookies and Authorization header. */
  key?: (request: Request) => string | Promise<string>;
  store?: RateLimitStore;
}

/** The proxy's default limit per browser session: a busy user's widget stays well inside it. */
export const defaultProxyRateLimit = { limit: 300, windowMs: 60_000 } as const;

/**
 * The header the widget (and the console) sends on every call through a proxy. A cross-site form or beacon cannot
 * send it, and a cross-origin script can only after a preflight the proxy answers for listed origins alone.
 */
export const proxyRequestHeader = 'X-Requested-With';

export const bodylessMethods = new Set(['GET', 'HEAD']);

/** Every answer: never cached, never sniffed into something other than what its Content-Type says. */
export const answerHeaders = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } as const;

export function isJsonMediaType(contentType: string | null): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return mediaType === 'application/json' || /^application\/[\w.+-]+\+json$/.test(mediaType);
}

/**
 * A call that changes something must prove it comes from the page's own code: a JSON body, or the proxy header.
 * A cross-site `<form>` can send neither (only text/plain, multipart or urlencoded, no custom headers).
 */
export function passesCsrfCheck(request: Request): boolean {
  if (bodylessMethods.has(request.method)) return true;
  return isJsonMediaType(request.headers.get('content-type')) || request.headers.has(proxyRequestHeader);
}

/** The default rate-limit key: one browser session, hashed so its cookies are not kept in memory. */
async function sessionKey(request: Request): Promise<string> {
  const credentials = `${request.headers.get('cookie') ?? ''}\n${request.headers.get('authorization') ?? ''}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(credentials));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** True while the request's session is within its limit; `namespace` keeps each proxy's counts apart in a shared store. */
export function sessionLimiter(
  options: false | ProxyRateLimitOptions | undefined,
  namespace: string,
): (request: Request) => Promise<boolean> {
  if (options === false) return () => Promise.resolve(true);
  const limit = options?.limit ?? defaultProxyRateLimit.limit;
  const windowMs = options?.windowMs ?? defaultProxyRateLimit.windowMs;
  const key = options?.key ?? sessionKey;
  const store = options?.store ?? createMemoryRateLimitStore();
  return async (request) => (await store.hit(`${namespace}:${await key(request)}`, windowMs)) <= limit;
}

/** The request path below the proxy's mount point, or null when the request is not under it. */
export function stripPrefix(pathname: string, prefix: string): string | null {
  if (!prefix) return pathname;
  if (pathname === prefix) return '';
  return pathname.startsWith(prefix + '/') ? pathname.slice(prefix.length) : null;
}

/** The proxy's own refusal, in the shape of Debitura's ApiErrorResponseDto so callers map it like Debitura's. */
export function errorAnswer(
  status: number,
  error: string,
  message: string,
  extra: Record<string, string> = {},
): Response {
  return Response.json({ error, message, businessErrors: null }, { status, headers: { ...answerHeaders, ...extra } });
}

export type Refuse = (status: number, error: string, message: string, extra?: Record<string, string>) => Response;

export interface ProxyGate {
  cors: CorsPolicy;
  /** The mount path, without a trailing slash ('' at the root). */
  prefix: string;
  /** Named in the 404 message: "Not a Customer API route this proxy forwards." */
  apiName: string;
  /** The methods a path takes, or null when the proxy does not forward the path. */
  methodsOf: (path: string) => readonly string[] | null;
  withinRateLimit: (request: Request) => Promise<boolean>;
}

/** A request the gate let through: its path below the mount point, and how to refuse it later. */
export interface AdmittedRequest {
  url: URL;
  path: string;
  /** CORS headers that let a listed origin read the answer. */
  readable: Record<string, string>;
  refuse: Refuse;
}

/**
 * The checks every browser-facing proxy makes before anything else, in this order: a preflight (answered for
 * listed origins only), the path (404), the method (405 with `Allow`), the page's origin, the CSRF rule and the
 * session's rate limit (429 with `Retry-After`). Returns the refusal, or the admitted request.
 */
export async function passProxyGate(request: Request, gate: ProxyGate): Promise<Response | AdmittedRequest> {
  const origin = gate.cors.allowedOrigin(request);
  const readable = gate.cors.responseHeaders(origin);
  const refuse: Refuse = (status, error, message, extra = {}) =>
    errorAnswer(status, error, message, { ...readable, ...extra });

  if (request.method === 'OPTIONS') {
    if (origin !== null) return new Response(null, { status: 204, headers: gate.cors.preflightHeaders(origin) });
    return refuse(403, 'forbidden_origin', 'This page’s origin may not use this proxy.');
  }
  const url = new URL(request.url);
  const path = stripPrefix(url.pathname, gate.prefix);
  const methods = path === null ? null : gate.methodsOf(path);
  if (path === null || methods === null) {
    return refuse(404, 'not_found', `Not a ${gate.apiName} route this proxy forwards.`);
  }
  if (!methods.includes(request.method)) {
    return refuse(405, 'method_not_allowed', `Use ${methods.join(' or ')}.`, { Allow: methods.join(', ') });
  }
  if (!gate.cors.admits(request)) return refuse(403, 'forbidden_origin', 'This page’s origin may not use this proxy.');
  if (!passesCsrfCheck(request)) {
    return refuse(
      403,
      'csrf_rejected',
      `Send a JSON body (Content-Type: application/json) or the ${proxyRequestHeader} header.`,
    );
  }
  if (!(await gate.withinRateLimit(request))) {
    return refuse(429, 'rate_limited', 'Too many requests. Try again shortly.', { 'Retry-After': '10' });
  }
  return { url, path, readable, refuse };
}
