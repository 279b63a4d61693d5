// Referral POST /clients, GET /clients and GET /clients/{externalTenantId} (REFERENCE §2.2 – §2.4).
// POST is idempotent by externalTenantId: an existing client answers with its current state.
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import {
  CreateClientRequest,
  type CaseCreationFailure,
  type ClientCreatedResponse,
  type ConflictResponse,
  type GetClientsResponse,
  type InvoiceDto,
} from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody } from '../customer/api-error-body.js';
import { withCanonicalKeys } from '../customer/canonical-keys.js';
import { planCase } from '../customer/create-case.js';
import { addSchemaIssues, FieldErrors } from '../customer/field-errors.js';
import { countryCodeByName, isoCountryCode } from '../customer/iso-countries.js';
import { pageOf } from '../customer/paging.js';
import { queryInteger, queryValue } from '../customer/query-params.js';
import { readJsonBody } from '../customer/request-body.js';
import { linkApprovalUrl } from '../hosted-urls.js';
import type { SandboxTenant, SandboxTenantUser } from '../state.js';
import { creditorApiKeyOf } from '../tenants.js';
import { clientStatus, clientView, onboardingDone } from './client-view.js';

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

function countryCodeOf(country: string): string | undefined {
  return country.trim().length === 2 ? isoCountryCode(country) : countryCodeByName(country);
}

/** "Ada King Lovelace" → first "Ada", last "King Lovelace"; the API takes one full-name field. */
function splitName(name: string): { firstName: string; lastName: string } {
  const [firstName = '', ...rest] = name.trim().split(/\s+/);
  return { firstName, lastName: rest.join(' ') };
}

/** A 409 for a tenant whose link waits for approval by the existing Debitura account. */
function needsLinkingConflict(ctx: SandboxContext, tenant: SandboxTenant): ConflictResponse {
  return {
    type: 'ClientExistsNeedsLinking',
    message:
      'A Debitura account already exists for this company. A link request was created; the account owner must approve it.',
    data: {
      externalTenantId: tenant.externalTenantId,
      onboardingLinks: { url: linkApprovalUrl(ctx, tenant) },
      isAttributedClient: false,
    },
  };
}

function caseFailure(
  index: number,
  creditorReference: string | null | undefined,
  errorType: string,
  errorMessage: string,
  combinedSigningUrl: string | null = null,
): CaseCreationFailure {
  return {
    caseIndex: index,
    creditorReference: creditorReference ?? null,
    errorType,
    errorMessage,
    validationErrors: null,
    signingHandoff: { combinedSigningUrl },
  };
}

export function clientRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();

  app.post('/clients', async (c) => {
    const body = await readJsonBody(c.req.raw);
    const errors = new FieldErrors();
    if (!body.ok || body.value === undefined || body.value === null) {
      errors.add('body', body.ok ? 'Request cannot be null' : 'The request body is not valid JSON.');
      return c.json(errors.toBody(), 400);
    }
    const input = withCanonicalKeys(body.value, requestKeys, { client: clientKeys });
    const parsed = CreateClientRequest.safeParse(input);
    if (!parsed.success) {
      addSchemaIssues(errors, parsed.error.issues, input);
      return c.json(errors.toBody(), 400);
    }
    const request = parsed.data;

    const existing = ctx.store.tenant(request.externalTenantId);
    if (existing?.link === 'needs-linking') return c.json(needsLinkingConflict(ctx, existing), 409);
    if (existing) return c.json(clientView(ctx, existing), clientStatus(existing));

    const country = countryCodeOf(request.client.country);
    if (!country) errors.add('Client.Country', `Unknown country: ${request.client.country}`);
    const onboardingUsers = request.users.filter((user) => user.isOnboardingUser === true).length;
    if (request.users.length > 1 && onboardingUsers !== 1) {
      errors.add(
        'Users',
        onboardingUsers > 1
          ? 'Only one user can be marked as IsOnboardingUser'
          : 'When multiple users provided, exactly one must have IsOnboardingUser=true',
      );
    }
    if (!errors.empty || !country) return c.json(errors.toBody(), 400);

    const now = ctx.now();
    let nextUserId = ctx.store.nextUserId();
    // The onboarding user comes first: it becomes the CreditorAdmin.
    const orderedUsers = [...request.users].sort(
      (a, b) => Number(b.isOnboardingUser === true) - Number(a.isOnboardingUser === true),
    );
    const users: SandboxTenantUser[] = orderedUsers.map((user) => ({
      id: nextUserId++,
      email: user.email,
      ...splitName(user.name),
      dateCreated: now.toISOString(),
    }));
    const tenant: SandboxTenant = {
      externalTenantId: request.externalTenantId,
      creditorId: randomUUID(),
      clientLinkId: randomUUID(),
      creditorApiKey: creditorApiKeyOf(request.externalTenantId),
      companyName: request.client.name.trim(),
      link: 'onboarding',
      sdcaSigned: false,
      signedPoaPartnerIds: [],
      kycOnFile: false,
      blocked: false,
      isAttributedClient: true,
      dateLinked: now.toISOString(),
      users,
      companyRegistrationNumber: request.client.registrationNumber ?? null,
      address: request.client.address ?? null,
      zipCode: request.client.zipCode ?? null,
      city: request.client.city ?? null,
      state: request.client.state ?? null,
      country,
      officeEmail: request.client.supportEmail,
      officePhone: request.client.supportPhone ?? null,
    };
    // Every first case is checked before the client exists: a field error in any of them aborts the call.
    const takenReferences = new Set<string>();
    const plans = (request.cases ?? []).map((caseRequest) => {
      const plan = planCase(
        ctx,
        tenant,
        { ...caseRequest, allowPendingContracts: true },
        {
          viaReferralToken: true,
          takenReferences,
        },
      );
      if (caseRequest.creditorReference) takenReferences.add(caseRequest.creditorReference);
      return plan;
    });
    const invalidIndex = plans.findIndex((plan) => plan.status === 400);
    const invalid = plans[invalidIndex];
    if (invalid?.status === 400) {
      const caseErrors = new FieldErrors();
      caseErrors.add('Cases', 'Case validation failed');
      for (const [field, messages] of Object.entries(invalid.body)) {
        for (const message of messages) caseErrors.add(`Cases[${invalidIndex}].${field}`, message);
      }
      return c.json(caseErrors.toBody(), 400);
    }

    ctx.store.addClient(tenant);
    // First cases: created in PendingContractSigning; one without a partner is reported, not created.
    const successfulCases: InvoiceDto[] = [];
    const failedCases: CaseCreationFailure[] = [];
    for (const [index, plan] of plans.entries()) {
      if (plan.status === 200) {
        successfulCases.push(plan.create());
      } else if (plan.status === 422) {
        const first = plan.body.businessErrors?.[0];
        failedCases.push(
          caseFailure(
            index,
            request.cases?.[index]?.creditorReference,
            first?.type ?? 'UnexpectedError',
            first?.message ?? 'The case could not be created.',
            plan.body.signingHandoff?.combinedSigningUrl ?? null,
          ),
        );
      }
    }
    const extra = request.cases ? { caseResults: { successfulCases, failedCases } } : {};
    return c.json(clientView(ctx, tenant, extra), clientStatus(tenant));
  });

  app.get('/clients', (c) => {
    const params = new URL(c.req.url).searchParams;
    const page = queryInteger(params, 'Page', 1);
    const pageSize = queryInteger(params, 'PageSize', 50);
    if (page === undefined || page < 1 || pageSize === undefined || pageSize < 1 || pageSize > 100) {
      return c.json(apiErrorBody('ValidationError', 'Page must be at least 1 and PageSize between 1 and 100.'), 400);
    }
    const search = queryValue(params, 'Query')?.toLowerCase();
    const externalTenantId = queryValue(params, 'ExternalTenantId');
    const attributed = queryValue(params, 'IsAttributedClient')?.toLowerCase();
    const done = queryValue(params, 'OnboardingDone')?.toLowerCase();
    const from = queryValue(params, 'DateCreatedFrom');
    const to = queryValue(params, 'DateCreatedTo');
    const [sortField = 'datecreated', sortDirection = sortField === 'name' ? 'asc' : 'desc'] = (
      queryValue(params, 'Sort') ?? 'dateCreated:desc'
    )
      .toLowerCase()
      .split(':');

    // Pending link requests are not linked clients yet.
    const active = ctx.store.tenants().filter((tenant) => tenant.link !== 'needs-linking');
    const matching = active
      .filter((tenant) => !externalTenantId || tenant.externalTenantId === externalTenantId)
      .filter(
        (tenant) =>
          !search ||
          [tenant.companyName, tenant.officeEmail, tenant.companyRegistrationNumber].some((field) =>
            field?.toLowerCase().includes(search),
          ),
      )
      .filter((tenant) => attributed === undefined || String(tenant.isAttributedClient) === attributed)
      .filter((tenant) => done === undefined || String(onboardingDone(tenant)) === done)
      .filter((tenant) => !from || Date.parse(tenant.dateLinked) >= Date.parse(from))
      .filter((tenant) => !to || Date.parse(tenant.dateLinked) <= Date.parse(to) + (to.length <= 10 ? 86_399_999 : 0));
    const sign = sortDirection === 'asc' ? 1 : -1;
    matching.sort(
      (a, b) =>
        sign *
        (sortField === 'name' ? a.companyName.localeCompare(b.companyName) : a.dateLinked.localeCompare(b.dateLinked)),
    );
    const views: ClientCreatedResponse[] = matching.map((tenant) => clientView(ctx, tenant));
    const { page: pageData, items } = pageOf(views, page, pageSize);
    const response: GetClientsResponse = {
      page: pageData,
      summary: {
        totalClients: active.length,
        attributedClients: active.filter((tenant) => tenant.isAttributedClient).length,
        onboardingComplete: active.filter(onboardingDone).length,
        onboardingPending: active.filter((tenant) => !onboardingDone(tenant)).length,
        totalCases: active.reduce((sum, tenant) => sum + ctx.store.casesOf(tenant.creditorId).length, 0),
      },
      clients: items,
    };
    return c.json(response);
  });

  app.get('/clients/:externalTenantId', (c) => {
    const externalTenantId = c.req.param('externalTenantId');
    const tenant = ctx.store.tenant(externalTenantId);
    if (!tenant || tenant.link === 'needs-linking') {
      return c.json(apiErrorBody('NotFound', `No client with externalTenantId '${externalTenantId}'.`), 404);
    }
    // 200 whatever the onboarding state; the body's onboardingDone and onboardingLinks tell it.
    return c.json(clientView(ctx, tenant));
  });

  return app;
}
