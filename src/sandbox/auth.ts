// Credentials of both APIs. Referral routes take the partner's XApiKey; Customer routes take a Bearer
// JWT minted by POST /oauth/token or a creditor's own XApiKey, and see only that creditor's data. Each API
// first identifies the caller (so the rate limit counts who it is), then refuses the unidentified with 401.
import type { Context, MiddlewareHandler } from 'hono';
import type { SandboxContext } from './context.js';
import { verifyCustomerToken } from './jwt.js';
import type { SandboxTenant } from './state.js';

/** The partner key the sandbox accepts on the Referral API. */
export const SANDBOX_PARTNER_API_KEY = 'sandbox-partner-key';

/** How the caller authenticated; hosted URLs differ by scheme on Debitura (REFERENCE §1.3). */
export type AuthScheme = 'bearer' | 'apiKey';

/** Hono environment of Customer API routes: the authenticated tenant is `c.get('tenant')`. */
export interface CustomerEnv {
  Variables: { tenant: SandboxTenant; authScheme: AuthScheme };
}

/** The rate-limit caller of a Referral API request: the partner, or nobody. */
export function partnerCallerOf(c: Context): string | undefined {
  return c.req.header('XApiKey') === SANDBOX_PARTNER_API_KEY ? 'partner' : undefined;
}

/** The rate-limit caller of a Customer API request that identifyCreditor has seen: the creditor, or nobody. */
export function creditorCallerOf(c: Context<CustomerEnv>): string | undefined {
  const tenant = c.get('tenant') as SandboxTenant | undefined;
  return tenant ? `creditor:${tenant.creditorId}` : undefined;
}

export function partnerAuth(): MiddlewareHandler {
  return async (c, next) => {
    if (!partnerCallerOf(c)) {
      return c.json(
        { error: 'Unauthorized', message: 'Missing or invalid XApiKey header.', businessErrors: null },
        401,
      );
    }
    await next();
  };
}

function bearerTokenOf(c: Context): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
  return match?.[1];
}

/** A 401 as the spec declares it: no body, except /users which documents ProblemDetails. */
function unauthorized(c: Context): Response {
  if (/\/users\/?$/i.test(c.req.path)) {
    return c.json(
      { type: 'https://tools.ietf.org/html/rfc9110#section-15.5.2', title: 'Unauthorized', status: 401 },
      401,
      { 'Content-Type': 'application/problem+json' },
    );
  }
  return c.body(null, 401);
}

/** Sets `tenant` and `authScheme` when the credential is valid; refuses nothing (requireCreditor does). */
export function identifyCreditor(ctx: SandboxContext): MiddlewareHandler<CustomerEnv> {
  return async (c, next) => {
    const token = bearerTokenOf(c);
    let tenant: SandboxTenant | undefined;
    let scheme: AuthScheme = 'bearer';
    if (token) {
      const claims = await verifyCustomerToken(ctx.options.jwtSecret, token, ctx.now());
      tenant = claims && ctx.store.tenantByCreditorId(claims.creditorId);
      // A token outlives nothing: an archived or unlinked client link invalidates it at once.
      if (tenant && (tenant.link !== 'linked' || tenant.externalTenantId !== claims?.externalTenantId))
        tenant = undefined;
    } else {
      const apiKey = c.req.header('XApiKey');
      tenant = apiKey ? ctx.store.tenantByCreditorApiKey(apiKey) : undefined;
      scheme = 'apiKey';
    }
    if (tenant) {
      c.set('tenant', tenant);
      c.set('authScheme', scheme);
    }
    await next();
  };
}

export function requireCreditor(): MiddlewareHandler<CustomerEnv> {
  return async (c, next) => {
    if (!creditorCallerOf(c)) return unauthorized(c);
    await next();
  };
}
