// Customer API divisions (business units of the creditor): create (201, Idempotency-Key), list (paged,
// archived ones only on request), read, replace, delete (422 while open cases use it) and archive (both the
// `/archive` and the `:archive` spelling the spec lists; archiving twice is a 422).
import { randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { lifecycleLabels } from '../../wire/index.js';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import type { SandboxDivision, SandboxTenant } from '../state.js';
import { parseRequestBody } from '../webhooks/request-validation.js';
import { apiErrorBody } from './api-error-body.js';
import { isGuid } from './case-lookup.js';
import { FieldErrors } from './field-errors.js';
import {
  lookUpIdempotentAnswer,
  readIdempotencyKey,
  rememberIdempotentAnswer,
  requestBodyHash,
} from './idempotency.js';
import { countryName, countryNumber, isoCountryCode } from './iso-countries.js';
import { pageOf } from './paging.js';
import { queryInteger, queryValue } from './query-params.js';

const optionalText = (max?: number) =>
  z.optional(z.nullable(max === undefined ? z.string() : z.string().check(z.maxLength(max))));

/** CreateDivisionRequestDto and UpdateDivisionRequestDto (the same fields; PUT replaces them all). */
const DivisionRequest = z.strictObject({
  companyName: z.string().check(z.maxLength(200)),
  registrationNumber: optionalText(50),
  address: optionalText(),
  zipCode: optionalText(50),
  state: optionalText(),
  city: z.string().check(z.minLength(1)),
  countryCode: z.string().check(z.minLength(2), z.maxLength(2)),
  officeEmail: optionalText(250),
  officePhone: optionalText(50),
});
type DivisionRequest = z.infer<typeof DivisionRequest>;

const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 100;
const notFound = () => apiErrorBody('NotFound', 'Division not found.');
const closedLifecycles = new Set<string>([lifecycleLabels.Closed, lifecycleLabels.Merged]);

export function divisionDto(division: SandboxDivision) {
  return {
    id: division.id,
    companyName: division.companyName,
    registrationNumber: division.registrationNumber,
    address: division.address,
    zipCode: division.zipCode,
    state: division.state,
    city: division.city,
    country: {
      id: countryNumber(division.countryCode),
      name: countryName(division.countryCode),
      alpha2: division.countryCode,
    },
    officeEmail: division.officeEmail,
    officePhone: division.officePhone,
    isArchived: division.isArchived,
    createdUtc: division.createdUtc,
    updatedUtc: division.updatedUtc,
  };
}

/** The request's fields with the checks zod cannot make, or the 400 body. */
function divisionFields(
  request: DivisionRequest,
): Omit<SandboxDivision, 'id' | 'isArchived' | 'createdUtc' | 'updatedUtc'> | FieldErrors {
  const errors = new FieldErrors();
  const country = isoCountryCode(request.countryCode);
  if (!country) errors.add('countryCode', `'${request.countryCode}' is not an ISO 3166-1 alpha-2 country code.`);
  if (!request.companyName.trim()) errors.add('companyName', 'The company name is required.');
  if (!request.city.trim()) errors.add('city', 'The city is required.');
  if (request.officeEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(request.officeEmail))
    errors.add('officeEmail', `'${request.officeEmail}' is not a valid e-mail address.`);
  if (!errors.empty || !country) return errors;
  const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
  return {
    companyName: request.companyName.trim(),
    registrationNumber: text(request.registrationNumber),
    address: text(request.address),
    zipCode: text(request.zipCode),
    state: text(request.state),
    city: request.city.trim(),
    countryCode: country,
    officeEmail: text(request.officeEmail),
    officePhone: text(request.officePhone),
  };
}

function findDivision(tenant: SandboxTenant, id: string): SandboxDivision | undefined {
  if (!isGuid(id)) return undefined;
  return tenant.divisions?.find((division) => division.id === id.toLowerCase());
}

export function addDivisionRoutes(app: Hono<CustomerEnv>, ctx: SandboxContext): void {
  app.post('/divisions', async (c) => {
    const tenant = c.get('tenant');
    const idempotency = readIdempotencyKey(c.req.raw);
    if ('problem' in idempotency) return c.json(idempotency.problem.toApiError(), 400);
    const parsed = await parseRequestBody(c, DivisionRequest);
    if (parsed instanceof Response) return parsed;
    const fields = divisionFields(parsed.value);
    if (fields instanceof FieldErrors) return c.json(fields.toApiError(), 400);

    const scope = `${tenant.creditorId}/divisions`;
    const bodyHash = requestBodyHash(parsed.value);
    const { key } = idempotency;
    if (key !== undefined) {
      const earlier = lookUpIdempotentAnswer(ctx.store, scope, key, bodyHash);
      if (earlier.kind === 'replay') return c.json(earlier.answer.body, earlier.answer.status as 201 | 422);
      if (earlier.kind === 'conflict') {
        const [conflict] = earlier.body.businessErrors ?? [];
        return c.json(apiErrorBody('IdempotencyConflict', conflict?.message ?? 'Idempotency-Key reused.'), 422);
      }
    }

    const wanted = fields.companyName.toLowerCase();
    const answer = tenant.divisions?.some((d) => !d.isArchived && d.companyName.toLowerCase() === wanted)
      ? {
          status: 422 as const,
          body: apiErrorBody('DuplicateDivision', `A division named '${fields.companyName}' already exists.`),
        }
      : { status: 201 as const, body: createDivision(ctx, tenant, fields) };
    if (key !== undefined) rememberIdempotentAnswer(ctx.store, scope, key, { bodyHash, ...answer });
    return c.json(answer.body, answer.status);
  });

  app.get('/divisions', (c) => {
    const params = new URL(c.req.url).searchParams;
    const page = queryInteger(params, 'page', 1);
    const pageSize = queryInteger(params, 'pageSize', DEFAULT_PAGE_SIZE);
    // The spec declares no 400 here: out-of-range paging falls back to the defaults.
    const includeArchived = queryValue(params, 'includeArchived')?.toLowerCase() === 'true';
    const divisions = (c.get('tenant').divisions ?? []).filter((division) => includeArchived || !division.isArchived);
    const listed = pageOf(
      divisions.map(divisionDto),
      page !== undefined && page >= 1 ? page : 1,
      pageSize !== undefined && pageSize >= 1 && pageSize <= MAX_PAGE_SIZE ? pageSize : DEFAULT_PAGE_SIZE,
    );
    return c.json({ page: listed.page, divisions: listed.items }, 200);
  });

  app.get('/divisions/:id', (c) => {
    const division = findDivision(c.get('tenant'), c.req.param('id'));
    return division ? c.json(divisionDto(division), 200) : c.json(notFound(), 404);
  });

  app.put('/divisions/:id', async (c) => {
    const tenant = c.get('tenant');
    const division = findDivision(tenant, c.req.param('id'));
    if (!division) return c.json(notFound(), 404);
    const parsed = await parseRequestBody(c, DivisionRequest);
    if (parsed instanceof Response) return parsed;
    const fields = divisionFields(parsed.value);
    if (fields instanceof FieldErrors) return c.json(fields.toApiError(), 400);
    ctx.store.updateDivision(tenant, division, (record) => {
      Object.assign(record, fields);
      record.updatedUtc = ctx.now().toISOString();
    });
    return c.json(divisionDto(division), 200);
  });

  app.delete('/divisions/:id', (c) => {
    const tenant = c.get('tenant');
    const division = findDivision(tenant, c.req.param('id'));
    if (!division) return c.json(notFound(), 404);
    const inUse = ctx.store
      .casesOf(tenant.creditorId)
      .some(
        (stored) =>
          stored.invoice.creditorDivisionId === division.id && !closedLifecycles.has(stored.invoice.lifecycle ?? ''),
      );
    if (inUse) {
      return c.json(
        apiErrorBody('DivisionHasActiveCases', 'The division is used by open cases; archive it instead.'),
        422,
      );
    }
    ctx.store.removeDivision(tenant, division);
    return c.body(null, 204);
  });

  const archive = (c: Context<CustomerEnv>, id: string) => {
    const tenant = c.get('tenant');
    const division = findDivision(tenant, id);
    if (!division) return c.json(notFound(), 404);
    if (division.isArchived)
      return c.json(apiErrorBody('DivisionAlreadyArchived', 'The division is already archived.'), 422);
    ctx.store.updateDivision(tenant, division, (record) => {
      record.isArchived = true;
      record.updatedUtc = ctx.now().toISOString();
    });
    return c.json(divisionDto(division), 200);
  };
  app.post('/divisions/:id/archive', (c) => archive(c, c.req.param('id')));
  // `/divisions/{id}:archive`: the custom-method spelling, one path segment.
  app.post('/divisions/:target', (c) => {
    const match = /^(.+):archive$/.exec(c.req.param('target'));
    return match
      ? archive(c, match[1]!)
      : c.json(apiErrorBody('NotFound', `No sandbox route for POST ${c.req.path}.`), 404);
  });
}

function createDivision(
  ctx: SandboxContext,
  tenant: SandboxTenant,
  fields: Omit<SandboxDivision, 'id' | 'isArchived' | 'createdUtc' | 'updatedUtc'>,
) {
  const division: SandboxDivision = {
    id: randomUUID(),
    ...fields,
    isArchived: false,
    createdUtc: ctx.now().toISOString(),
    updatedUtc: null,
  };
  ctx.store.addDivision(tenant, division);
  return divisionDto(division);
}
