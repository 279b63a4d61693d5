// POST /oauth/token: a Customer API JWT for one linked client (REFERENCE §1.2).
import { Hono } from 'hono';
import { AccessTokenResponse, CreateAccessTokenRequest } from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody } from '../customer/api-error-body.js';
import { withCanonicalKeys } from '../customer/canonical-keys.js';
import { FieldErrors } from '../customer/field-errors.js';
import { mintCustomerToken } from '../jwt.js';
import { jsonBodyOf } from '../customer/request-body.js';
import type { SandboxTenant } from '../state.js';

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
    const body = await jsonBodyOf(c);
    if (body instanceof Response) return body;
    // Docs show both `externalTenantId` and `ExternalTenantId`.
    const parsed = CreateAccessTokenRequest.safeParse(withCanonicalKeys(body.value, ['externalTenantId']));
    if (!parsed.success) {
      const errors = new FieldErrors();
      errors.add('externalTenantId', 'externalTenantId is required (1 to 255 characters).');
      return c.json(errors.toApiError(), 400);
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
