// The dev backend that `npm start` and the browser tests mount beside the page: the Debitura sandbox and the
// partner token endpoint, on one origin, so the whole flow runs offline. The demo session cookie stands in
// for the partner's real sign-in.
import { Hono } from 'hono';
import {
  createSandbox,
  DroppedResponseError,
  SANDBOX_PARTNER_API_KEY,
  type Sandbox,
  type SandboxOptions,
} from '../src/sandbox/index.js';
import {
  checkedAllowedOrigins,
  createCustomerApiProxy,
  createReferralApiProxy,
  createTokenHandler,
  customerApiBaseUrls,
  referralApiBaseUrls,
  referralProxyMutations,
  tokenFromHandler,
  type ActivationOptions,
  type CustomerApiProxy,
  type ReferralApiProxy,
  type TokenHandler,
  type TokenHandlerErrorInfo,
} from '../src/server/index.js';
import { CreateAccessTokenRequest } from '../src/wire/referral.js';
import { demoTenantOf, recordOnlyTenant, type DemoTenant } from './demo-tenants.js';
import { ClientWebhookReceiver, clientWebhookPath } from './client-webhooks.js';
import { activationClientOf, companyOf, partnerRecords, signedInUser } from './partner-records.js';

export type { DemoTenant } from './demo-tenants.js';

/** Cookie holding the demo's signed-in tenant. Empty means signed out; absent means the default tenant. */
export const demoSessionCookie = 'demo_tenant';
/** Cookie holding the signed-in user's e-mail within the tenant; absent means its first administrator. */
export const demoUserCookie = 'demo_user';
export const defaultDemoTenant = 'acme-ready';
/** Where the demo backend mounts the Customer API proxy (`api-base` for proxy mode). */
export const demoProxyPath = '/api/debitura/customer';
/** Where the demo backend mounts the Referral API proxy the partner console talks to (its `api-base`). */
export const demoReferralProxyPath = '/api/debitura/referral';
/** Cookie of the demo's partner staff sign-in: empty means signed out; absent means signed in. */
export const demoStaffCookie = 'demo_staff';

export interface DevBackendOptions extends SandboxOptions {
  /** Where DEBITURA_API_KEY / DEBITURA_ENVIRONMENT / ALLOWED_ORIGINS are read; default `process.env`. */
  env?: Record<string, string | undefined>;
  /**
   * Page origins besides the backend's own that may use the token endpoint and the proxy with the demo session
   * cookie, e.g. a page served from another port; default the comma-separated `ALLOWED_ORIGINS` of `env`.
   */
  allowedOrigins?: string[];
}

export interface DevBackend {
  /** `env` is @hono/node-server's `{ incoming, outgoing }`, handed on to the sandbox. */
  fetch: (request: Request, env?: unknown) => Promise<Response>;
  sandbox: Sandbox;
  /** Which Debitura the token endpoint talks to. */
  environment: 'sandbox' | 'test';
  /** The origins allowed besides the backend's own. */
  allowedOrigins: readonly string[];
  /**
   * Tenants the "signed in as" switch offers, from the sandbox's live state (none against Debitura's test
   * environment, whose tenants only the partner knows). `origin` is where the page was opened: the sandbox
   * builds its hosted-page URLs on it when this is the first thing to touch it.
   */
  tenants(origin: string): Promise<DemoTenant[]>;
}

const backendPrefixes = ['/api/', '/referral/', '/customer/', '/hosted/', '/sandbox/'];

export function isBackendPath(path: string): boolean {
  return backendPrefixes.some((prefix) => path.startsWith(prefix));
}

function readCookie(request: Request, name: string): string | null {
  for (const pair of (request.headers.get('cookie') ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    try {
      return decodeURIComponent(pair.slice(separator + 1).trim());
    } catch {
      return null;
    }
  }
  return null;
}

/** The demo's stand-in for the partner's session lookup. */
export function demoSessionTenant(request: Request): string | null {
  const value = readCookie(request, demoSessionCookie);
  if (value === null) return defaultDemoTenant;
  return value === '' ? null : value;
}

/** The demo's stand-in for the partner's staff check: may this session use the partner console? */
export function demoStaffSignedIn(request: Request): boolean {
  return readCookie(request, demoStaffCookie) !== '';
}

/** The signed-in user, from the partner's records of the session's tenant. */
export function demoSessionUser(request: Request) {
  const tenant = demoSessionTenant(request);
  return tenant ? signedInUser(companyOf(tenant), readCookie(request, demoUserCookie)) : null;
}

function sessionCookie(name: string, value: string | null): string {
  return `${name}=${encodeURIComponent(value ?? '')}; Path=/; HttpOnly; SameSite=Lax`;
}

/**
 * Activation as the demo partner configures it: the tenant's company and users from its own records, the
 * signed-in user doing Debitura's onboarding, and only administrators allowed to start it. `userOf` reads the
 * signed-in user (e-mail or role) from the request.
 */
function partnerActivation(
  userOf: (request: Request) => string | null,
  linkRequestOutcome?: ActivationOptions['linkRequestOutcome'],
): ActivationOptions {
  const user = (tenant: string, request: Request) => signedInUser(companyOf(tenant), userOf(request));
  return {
    clientDetails: (tenant, request) => activationClientOf(companyOf(tenant), user(tenant, request)),
    mayActivate: (tenant, request) => user(tenant, request).role === 'admin',
    ...(linkRequestOutcome && { linkRequestOutcome }),
  };
}

const sessionUser = (request: Request) => readCookie(request, demoUserCookie);

/**
 * The state gallery shows many tenants on one page, which one sign-in cannot: in the sandbox only, this route
 * names the tenant and the user's role in its path (`/api/demo/gallery/<tenant>/<role>/token`). The sandbox's
 * tenants are open to anyone holding its published key anyway; a partner's endpoint takes the tenant from its
 * own session, as /api/debitura/token does.
 */
const galleryPath = /^\/api\/demo\/gallery\/([^/]+)\/([^/]+)\/token$/;

function galleryPart(request: Request, index: 1 | 2): string | null {
  const part = galleryPath.exec(new URL(request.url).pathname)?.[index];
  return part ? decodeURIComponent(part) : null;
}

function realTestEnvironmentKey(env: Record<string, string | undefined>): string | null {
  return env.DEBITURA_ENVIRONMENT === 'test' && env.DEBITURA_API_KEY ? env.DEBITURA_API_KEY : null;
}

/** `ALLOWED_ORIGINS=https://a.example,http://localhost:3000` as a list. */
export function allowedOriginsOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

export function createDevBackend(options: DevBackendOptions = {}): DevBackend {
  const { env = process.env, allowedOrigins = allowedOriginsOf(env.ALLOWED_ORIGINS), ...sandboxOptions } = options;
  const sandbox = createSandbox(sandboxOptions);
  // A bad ALLOWED_ORIGINS entry stops start-up with the reason, rather than failing the first token request.
  checkedAllowedOrigins(allowedOrigins);
  const clientWebhooks = new ClientWebhookReceiver((origin, path, init) =>
    sandbox.fetch(
      new Request(`${origin}/referral${path}`, {
        ...init,
        headers: { ...init?.headers, XApiKey: SANDBOX_PARTNER_API_KEY },
      }),
    ),
  );
  // What the sandbox told the demo's webhook route about link requests (declined, expired).
  const sandboxOutcomes =
    (origin: string): ActivationOptions['linkRequestOutcome'] =>
    async (tenant) => {
      await clientWebhooks.ensureSubscribed(origin);
      return clientWebhooks.outcomeOf(tenant);
    };
  const testKey = realTestEnvironmentKey(env);
  const sandboxFetch = (input: RequestInfo | URL, init?: RequestInit) => sandbox.fetch(new Request(input, init));
  const onError = (info: TokenHandlerErrorInfo) =>
    console.warn(
      `[token endpoint] ${info.code} for ${info.externalTenantId ?? 'unknown tenant'}${info.upstreamStatus ? ` (Debitura ${info.upstreamStatus})` : ''}`,
    );

  // Against the sandbox the Referral API lives on whichever origin the page was opened on, so one handler per
  // origin; its fetch stays in-process.
  const sandboxHandlers = new Map<string, TokenHandler>();
  const sandboxHandler = (origin: string, kind: 'session' | 'gallery'): TokenHandler => {
    const key = `${kind} ${origin}`;
    let handler = sandboxHandlers.get(key);
    if (!handler) {
      handler = createTokenHandler({
        apiKey: SANDBOX_PARTNER_API_KEY,
        baseUrl: `${origin}/referral`,
        allowedOrigins,
        fetch: sandboxFetch,
        onError,
        ...(kind === 'session'
          ? { resolveTenant: demoSessionTenant, activation: partnerActivation(sessionUser, sandboxOutcomes(origin)) }
          : {
              resolveTenant: (request: Request) => galleryPart(request, 1),
              activation: partnerActivation((request) => galleryPart(request, 2), sandboxOutcomes(origin)),
            }),
      });
      sandboxHandlers.set(key, handler);
    }
    return handler;
  };
  const testHandler = testKey
    ? createTokenHandler({
        apiKey: testKey,
        baseUrl: referralApiBaseUrls.test,
        resolveTenant: demoSessionTenant,
        allowedOrigins,
        onError,
        activation: partnerActivation(sessionUser),
      })
    : null;

  // Proxy mode: the Customer API through this backend, with the session's token from the token endpoint's cache.
  const proxies = new Map<string, CustomerApiProxy>();
  const proxyFor = (origin: string): CustomerApiProxy => {
    const key = testHandler ? 'test' : origin;
    let proxy = proxies.get(key);
    if (!proxy) {
      proxy = createCustomerApiProxy({
        tokenFor: tokenFromHandler(testHandler ?? sandboxHandler(origin, 'session')),
        pathPrefix: demoProxyPath,
        allowedOrigins,
        ...(testHandler
          ? { baseUrl: customerApiBaseUrls.test }
          : { baseUrl: `${origin}/customer`, fetch: sandboxFetch }),
      });
      proxies.set(key, proxy);
    }
    return proxy;
  };

  // The partner console's proxy: staff only; the demo partner enables every action the console offers.
  const referralProxies = new Map<string, ReferralApiProxy>();
  const referralProxyFor = (origin: string): ReferralApiProxy => {
    const key = testKey ? 'test' : origin;
    let proxy = referralProxies.get(key);
    if (!proxy) {
      proxy = createReferralApiProxy({
        apiKey: testKey ?? SANDBOX_PARTNER_API_KEY,
        pathPrefix: demoReferralProxyPath,
        authorize: demoStaffSignedIn,
        enable: referralProxyMutations,
        allowedOrigins,
        ...(testKey ? { baseUrl: referralApiBaseUrls.test } : { baseUrl: `${origin}/referral`, fetch: sandboxFetch }),
      });
      referralProxies.set(key, proxy);
    }
    return proxy;
  };

  const tenants = async (origin: string): Promise<DemoTenant[]> => {
    if (testHandler) return [];
    // Any sandbox request seeds it on that request's origin; reading tenants() first would seed on its fallback.
    await sandbox.fetch(new Request(new URL('/sandbox/faults', origin)));
    const seeded = sandbox.tenants();
    const known = new Set(seeded.map((tenant) => tenant.externalTenantId));
    const recordsOnly = Object.keys(partnerRecords).filter((id) => !known.has(id));
    return [...seeded.map(demoTenantOf), ...recordsOnly.map(recordOnlyTenant)];
  };
  const app = new Hono();
  app.onError((error, c) => {
    // The sandbox closed the socket on purpose; there is nobody left to answer.
    if (error instanceof DroppedResponseError) throw error;
    console.error(error);
    return c.json({ error: 'internal_error' }, 500);
  });
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.get('/api/demo/session', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({
      tenant: demoSessionTenant(c.req.raw),
      user: demoSessionUser(c.req.raw)?.email ?? null,
      environment: testHandler ? 'test' : 'sandbox',
      tenants: await tenants(new URL(c.req.url).origin),
    });
  });
  app.post('/api/demo/session', async (c) => {
    const body: unknown = await c.req.json().catch(() => null);
    const tenant = typeof body === 'object' && body !== null && 'tenant' in body ? body.tenant : undefined;
    const user = typeof body === 'object' && body !== null && 'user' in body ? body.user : undefined;
    if (
      tenant === undefined ||
      (tenant !== null && !CreateAccessTokenRequest.safeParse({ externalTenantId: tenant }).success)
    ) {
      return c.json(
        { error: 'invalid_tenant', message: 'tenant must be a string of 1 to 255 characters, or null to sign out.' },
        400,
      );
    }
    if (user !== undefined && user !== null && (typeof user !== 'string' || user.length > 320)) {
      return c.json(
        { error: 'invalid_user', message: 'user must be an e-mail address from the tenant, or null.' },
        400,
      );
    }
    c.header('Set-Cookie', sessionCookie(demoSessionCookie, tenant as string | null));
    c.header('Set-Cookie', sessionCookie(demoUserCookie, user ?? null), {
      append: true,
    });
    c.header('Cache-Control', 'no-store');
    return c.json({ tenant });
  });
  app.get('/api/demo/staff', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ signedIn: demoStaffSignedIn(c.req.raw) });
  });
  app.post('/api/demo/staff', async (c) => {
    const body: unknown = await c.req.json().catch(() => null);
    const signedIn = typeof body === 'object' && body !== null && 'signedIn' in body ? body.signedIn : undefined;
    if (typeof signedIn !== 'boolean') {
      return c.json({ error: 'invalid_staff', message: 'signedIn must be true or false.' }, 400);
    }
    c.header('Set-Cookie', sessionCookie(demoStaffCookie, signedIn ? 'staff' : null));
    c.header('Cache-Control', 'no-store');
    return c.json({ signedIn });
  });
  app.all('/api/debitura/token', (c) =>
    (testHandler ?? sandboxHandler(new URL(c.req.url).origin, 'session'))(c.req.raw),
  );
  app.post(clientWebhookPath, (c) => clientWebhooks.receive(c.req.raw));
  app.all('/api/demo/gallery/:tenant/:user/token', async (c) => {
    if (testHandler) return c.json({ error: 'not_found', message: 'The gallery uses the local sandbox only.' }, 404);
    return sandboxHandler(new URL(c.req.url).origin, 'gallery')(c.req.raw);
  });
  app.all(`${demoProxyPath}/*`, (c) => proxyFor(new URL(c.req.url).origin)(c.req.raw));
  app.all(`${demoReferralProxyPath}/*`, (c) => referralProxyFor(new URL(c.req.url).origin)(c.req.raw));
  app.all('/api/*', (c) => c.json({ error: 'not_found' }, 404));
  app.all('*', (c) => sandbox.fetch(c.req.raw, c.env));

  return {
    fetch: async (request, env) => app.fetch(request, env),
    sandbox,
    environment: testHandler ? 'test' : 'sandbox',
    allowedOrigins,
    tenants,
  };
}
