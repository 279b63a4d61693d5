// The partner's staff console calls the Referral API through the partner's own backend: the partner's API key
// stays on the server, and the partner's code decides, per request, whether the signed-in person may use the
// console at all. Only the console's operations pass; those that change something (withdrawing a client, KYC,
// webhooks, test resets) pass only when the partner names them. As the proxy acts on the staff member's
// cookies, it serves the partner's own pages alone (CORS by allow-list, a CSRF check on every call that
// changes something) and limits each session on its own.
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
import {
  ReferralApiError,
  referralApiOptions,
  relayReferralCall,
  type ReferralApiClientOptions,
} from './referral-api.js';
import { retryAfterSeconds } from './retry-after.js';

/** The console's operations that change something; each passes only when the partner lists it in `enable`. */
export const referralProxyMutations = [
  /** POST /clients/{externalTenantId}/withdraw */
  'withdrawClient',
  /** POST /clients/{externalTenantId}/kyc-verification */
  'submitKyc',
  /** POST /v1/Webhooks */
  'createWebhook',
  /** PUT /v1/Webhooks/{id} without `regenerateSecret: true` */
  'updateWebhook',
  /** PUT /v1/Webhooks/{id} with `regenerateSecret: true` */
  'regenerateWebhookSecret',
  /** DELETE /v1/Webhooks/{id} */
  'deleteWebhook',
  /** POST /v1/Webhooks/test (test environment only) */
  'testWebhook',
  /** DELETE /clients/{externalTenantId} (test environment only: deletes the client and its cases) */
  'resetClient',
] as const;
export type ReferralProxyMutation = (typeof referralProxyMutations)[number];

export interface ReferralApiProxyOptions extends ReferralApiClientOptions {
  /**
   * Whether this request's signed-in person may use the console, from the partner's own session (e.g. a staff
   * role). Without it every request is refused (403): the console shows the partner's whole client base.
   */
  authorize?: (request: Request) => boolean | Promise<boolean>;
  /** Operations that change something and may pass, by name. Default none: the console is read-only. */
  enable?: readonly ReferralProxyMutation[];
  /** The path the proxy is mounted under, e.g. `/api/debitura/referral`; stripped before routes are matched. */
  pathPrefix?: string;
  /** Page origins, besides the proxy's own, allowed to call it with the staff member's cookies. Never `null`. */
  allowedOrigins?: string[];
  /**
   * Requests one browser session may make; answered 429 beyond it, before `authorize` or any upstream call.
   * Default 300 a minute per session (its cookies and Authorization header); `key`, `store` or `false` as in
   * `createCustomerApiProxy`.
   */
  rateLimit?: false | ProxyRateLimitOptions;
}

export type ReferralApiProxy = (request: Request) => Promise<Response>;

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A route: its path pattern and, per method, null for a read or the mutation it is. */
interface ConsoleRoute {
  pattern: RegExp;
  methods: Partial<Record<Method, ReferralProxyMutation | null>>;
}

/** An id segment (externalTenantId, case or webhook id): nothing that could walk the path or smuggle a query. */
const segment = '[A-Za-z0-9._~-]{1,255}';

/** The console's Referral API surface; every other path is 404, every other method 405. */
const consoleRoutes: readonly ConsoleRoute[] = [
  { pattern: /^\/clients$/, methods: { GET: null } },
  { pattern: new RegExp(`^/clients/${segment}$`), methods: { GET: null, DELETE: 'resetClient' } },
  { pattern: new RegExp(`^/clients/${segment}/is-deletable$`), methods: { GET: null } },
  { pattern: new RegExp(`^/clients/${segment}/withdraw$`), methods: { POST: 'withdrawClient' } },
  { pattern: new RegExp(`^/clients/${segment}/kyc-verification$`), methods: { POST: 'submitKyc' } },
  { pattern: /^\/cases$/, methods: { GET: null } },
  { pattern: new RegExp(`^/cases/${segment}$`), methods: { GET: null } },
  { pattern: /^\/reporting\/transactions$/, methods: { GET: null } },
  { pattern: /^\/referral-partner\/filter-options$/, methods: { GET: null } },
  { pattern: /^\/v1\/Webhooks$/, methods: { GET: null, POST: 'createWebhook' } },
  // Listed before `/v1/Webhooks/{id}` so that `GET /v1/Webhooks/test` is a wrong method, not a webhook id.
  { pattern: /^\/v1\/Webhooks\/test$/, methods: { POST: 'testWebhook' } },
  {
    pattern: new RegExp(`^/v1/Webhooks/${segment}$`),
    methods: { GET: null, PUT: 'updateWebhook', DELETE: 'deleteWebhook' },
  },
];

/** Request headers worth passing on. Everything else, notably Cookie and Authorization, stays behind. */
const forwardedRequestHeaders = ['accept-language', 'content-type', 'idempotency-key'] as const;

/** Headers a listed origin may send in a preflight: what the console sends, nothing echoed. */
const corsRequestHeaders = [
  'Accept',
  'Accept-Language',
  'Content-Type',
  'Idempotency-Key',
  proxyRequestHeader,
] as const;

/** The console's JSON bodies are small; a larger one is refused before it is read further. */
export const maxConsoleBodyBytes = 64 * 1024;

function routeOf(path: string): ConsoleRoute | null {
  return consoleRoutes.find((route) => route.pattern.test(path)) ?? null;
}

/** The body, read up to the cap; null when it is larger. */
async function boundedText(request: Request): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxConsoleBodyBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(joined);
}

/** A PUT that asks for a new signing secret is its own operation, with its own switch. */
function webhookUpdateKind(body: string): ReferralProxyMutation {
  try {
    const parsed = JSON.parse(body) as { regenerateSecret?: unknown } | null;
    return parsed?.regenerateSecret === true ? 'regenerateWebhookSecret' : 'updateWebhook';
  } catch {
    // Debitura refuses a body that is not JSON; whichever switch, nothing can change.
    return 'updateWebhook';
  }
}

/**
 * Creates the Referral API proxy for the partner's staff console as a standard `(Request) => Promise<Response>`
 * handler. Reads pass: `GET /clients`, `/clients/{externalTenantId}`, `/clients/{externalTenantId}/is-deletable`,
 * `/cases`, `/cases/{id}`, `/reporting/transactions`, `/referral-partner/filter-options`, `/v1/Webhooks` and
 * `/v1/Webhooks/{id}`. Mutations pass only when listed in `enable` (see `referralProxyMutations`); otherwise
 * 403 `operation_disabled`. Other paths answer 404, other methods 405 with `Allow`.
 *
 * Refused before anything goes upstream: pages on other origins (403 `forbidden_origin`), a call that changes
 * something with neither a JSON body nor the `X-Requested-With` header (403 `csrf_rejected`), a session over its
 * rate limit (429 `rate_limited` with `Retry-After`), and a request `authorize` does not accept (403 `forbidden`).
 * Upstream calls carry the partner's key and only `Accept-Language`, `Content-Type`, `Idempotency-Key`, the query
 * string and the body; answers come back with Debitura's status and body and `Cache-Control: no-store`.
 *
 * @example
 * const referralProxy = createReferralApiProxy({
 *   apiKey: process.env.DEBITURA_API_KEY!,
 *   pathPrefix: '/api/debitura/referral',
 *   authorize: async (request) => (await sessionOf(request))?.roles.includes('staff') ?? false,
 *   enable: ['withdrawClient', 'createWebhook', 'updateWebhook', 'deleteWebhook'],
 * });
 * app.all('/api/debitura/referral/*', (c) => referralProxy(c.req.raw));
 */
export function createReferralApiProxy(options: ReferralApiProxyOptions): ReferralApiProxy {
  const upstream = referralApiOptions(options);
  const prefix = (options.pathPrefix ?? '').replace(/\/+$/, '');
  const authorize = options.authorize ?? (() => false);
  const enabled = new Set<ReferralProxyMutation>(options.enable ?? []);
  for (const name of enabled) {
    if (!(referralProxyMutations as readonly string[]).includes(name)) {
      throw new TypeError(`enable: "${name}" is not an operation. Use ${referralProxyMutations.join(', ')}.`);
    }
  }
  const cors = createCorsPolicy({
    allowedOrigins: options.allowedOrigins,
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    headers: corsRequestHeaders,
  });
  const gate: ProxyGate = {
    cors,
    prefix,
    apiName: 'Referral API',
    methodsOf: (path) => {
      const route = routeOf(path);
      return route ? Object.keys(route.methods) : null;
    },
    withinRateLimit: sessionLimiter(options.rateLimit, 'referral-proxy'),
  };

  return async function proxyReferralApi(request) {
    const admitted = await passProxyGate(request, gate);
    if (admitted instanceof Response) return admitted;
    const { url, path, readable, refuse } = admitted;
    const method = request.method as Method;
    const route = routeOf(path)!;

    let authorized: boolean;
    try {
      authorized = (await authorize(request)) === true;
    } catch {
      authorized = false;
    }
    if (!authorized) return refuse(403, 'forbidden', 'You may not use the partner console.');

    const hasBody = !bodylessMethods.has(method);
    const body = hasBody ? await boundedText(request) : undefined;
    if (body === null)
      return refuse(413, 'body_too_large', `The request body is larger than ${maxConsoleBodyBytes} bytes.`);
    let mutation = route.methods[method] ?? null;
    if (mutation === 'updateWebhook' && body !== undefined) mutation = webhookUpdateKind(body);
    if (mutation !== null && !enabled.has(mutation)) {
      return refuse(403, 'operation_disabled', `The partner has not enabled ${mutation} in this console.`);
    }

    const headers: Record<string, string> = {};
    for (const name of forwardedRequestHeaders) {
      const value = request.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    let answer: Response;
    try {
      answer = await relayReferralCall(upstream, method, `${path}${url.search}`, {
        headers,
        ...(body ? { body } : {}),
      });
    } catch (error) {
      if (error instanceof ReferralApiError) return refuse(502, 'upstream_unavailable', error.message);
      throw error;
    }

    const out = new Headers({ ...answerHeaders, ...readable });
    const contentType = answer.headers.get('content-type');
    if (contentType !== null && isJsonMediaType(contentType)) out.set('Content-Type', contentType);
    const retryAfter = retryAfterSeconds(answer.headers.get('retry-after'));
    if (retryAfter !== undefined) out.set('Retry-After', String(retryAfter));
    // Only JSON comes back; anything else (an HTML error page) is dropped rather than rendered on the partner's origin.
    const passBody = contentType !== null && isJsonMediaType(contentType) && answer.status !== 204;
    if (!passBody) await answer.body?.cancel().catch(() => undefined);
    return new Response(passBody ? answer.body : null, { status: answer.status, headers: out });
  };
}
