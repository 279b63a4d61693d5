// POST /oauth/token: a Customer API JWT for one linked client (REFERENCE §1.2).
import { Hono } from 'hono';
import { AccessTokenResponse, CreateAccessTokenRequest } from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody } from '../customer/api-error-body.js';
import { withCanonicalKeys } from '../customer/canonical-keys.js';
import { mintCustomerToken } from '../jwt.js';
import type { SandboxTenant } from '../state.js';
import { readJsonBody } from '../customer/request-body.js';

/**
 * Whether the tenant may get a token. The spec and the newer guide agree that an active link is needed;
 * the SDCA requirement is the CONFLICT of REFERENCE §1.2 and only applies with
 * `requireSignedContractForToken`.
 */
function mayMintToken(ctx: SandboxContext, tenant: SandboxTenant): boolean {
  if (tenant.link !== 'linked') return false;
  return !ctx.options.requireSignedContractForToken || tenant.sdcaSigned;
}

export function tokenRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();
  app.post('/oauth/token', async (c) => {
    const body = await readJsonBody(c.req.raw);
    // Docs show both `externalTenantId` and `ExternalTenantId`.
    const parsed = body.ok
      ? CreateAccessTokenRequest.safeParse(withCanonicalKeys(body.value, ['externalTenantId']))
      : undefined;
    if (!parsed?.success) {
      return c.json(apiErrorBody('ValidationError', 'externalTenantId is required (1 to 255 characters).'), 400);
    }
    const { externalTenantId } = parsed.data;
    const tenant = ctx.store.tenant(externalTenantId);
    if (!tenant || !mayMintToken(ctx, tenant)) {
      return c.json(apiErrorBody('NotFound', `No active client link for externalTenantId '${externalTenantId}'.`), 404);
    }
    const ttl = ctx.options.tokenTtlSeconds;
    const accessToken = await mintCustomerToken(
      ctx.options.jwtSecret,
      { creditorId: tenant.creditorId, externalTenantId },
      ttl,
      ctx.now(),
    );
    const response: AccessTokenResponse = {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: ttl,
      externalTenantId,
      creditorId: tenant.creditorId,
    };
    return c.json(response);
  });
  return app;
}
