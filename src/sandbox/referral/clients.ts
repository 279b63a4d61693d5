// Referral POST /clients, GET /clients and GET /clients/{externalTenantId} (REFERENCE §2.2 – §2.4).
import { Hono } from 'hono';
import { CreateClientRequest } from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody } from '../customer/api-error-body.js';
import { withCanonicalKeys } from '../customer/canonical-keys.js';
import { addSchemaIssues, FieldErrors } from '../customer/field-errors.js';
import { requiredJsonBodyOf } from '../customer/request-body.js';
import type { SandboxTenant } from '../state.js';
import { listClients } from './client-list.js';
import { clientView } from './client-view.js';
import { createClient } from './create-client.js';

const requestKeys = ['externalTenantId', 'client', 'users', 'cases'];
const clientKeys = [
  'name',
  'registrationNumber',
  'address',
  'zipCode',
  'city',
  'state',
  'country',
  'supportEmail',
  'supportPhone',
];

/** An active client link (a pending link request is not one yet). */
export function activeClient(ctx: SandboxContext, externalTenantId: string): SandboxTenant | undefined {
  const tenant = ctx.store.tenant(externalTenantId);
  return tenant && tenant.link !== 'needs-linking' ? tenant : undefined;
}

export function clientNotFoundBody(externalTenantId: string) {
  return apiErrorBody('NotFound', `No active client link for externalTenantId '${externalTenantId}'.`);
}

export function clientRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();

  app.post('/clients', async (c) => {
    const body = await requiredJsonBodyOf(c);
    if (body instanceof Response) return body;
    const input = withCanonicalKeys(body.value, requestKeys, { client: clientKeys });
    const parsed = CreateClientRequest.safeParse(input);
    if (!parsed.success) {
      const errors = new FieldErrors();
      const users = (input as { users?: unknown }).users;
      if (!Array.isArray(users) || users.length === 0) errors.add('Users', 'At least one user is required');
      addSchemaIssues(
        errors,
        parsed.error.issues.filter((issue) => issue.path.join('.') !== 'users'),
        input,
      );
      return c.json(errors.toApiError(), 400);
    }
    const answer = createClient(ctx, parsed.data);
    return c.json(answer.body, answer.status);
  });

  app.get('/clients', (c) => {
    const list = listClients(ctx, new URL(c.req.url).searchParams);
    if (!list.ok) return c.json(apiErrorBody('ValidationError', list.message), 400);
    return c.json(list.response);
  });

  app.get('/clients/:externalTenantId', (c) => {
    const externalTenantId = c.req.param('externalTenantId');
    const tenant = activeClient(ctx, externalTenantId);
    if (!tenant) return c.json(clientNotFoundBody(externalTenantId), 404);
    // 200 whatever the onboarding state; the body's onboardingDone and onboardingLinks tell it.
    return c.json(clientView(ctx, tenant));
  });

  return app;
}
