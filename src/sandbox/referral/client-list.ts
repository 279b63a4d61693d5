// Referral GET /clients: the partner's active client links, filtered, sorted and paged, with a summary over
// all of them (REFERENCE §2.3). A parameter that does not bind (a boolean that is not true/false, a date
// that is not a date, a page out of range) is a 400, as ASP.NET's model binding makes it.
import type { ClientCreatedResponse, GetClientsResponse } from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import { parseRequestDate } from '../customer/calendar-dates.js';
import { pageOf } from '../customer/paging.js';
import { queryInteger, queryValue } from '../customer/query-params.js';
import type { SandboxTenant } from '../state.js';
import { clientView, onboardingDone } from './client-view.js';

export type ClientList = { ok: true; response: GetClientsResponse } | { ok: false; message: string };

type Filter = (tenant: SandboxTenant) => boolean;

function booleanParam(params: URLSearchParams, name: string): boolean | undefined | Error {
  const raw = queryValue(params, name)?.toLowerCase();
  if (raw === undefined) return undefined;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  return new Error(`${name}: The value '${queryValue(params, name)}' is not valid; use true or false.`);
}

/** A date bound of the link date; a date-only `to` includes that whole day. */
function dateParam(params: URLSearchParams, name: string, endOfDay: boolean): number | undefined | Error {
  const raw = queryValue(params, name);
  if (raw === undefined) return undefined;
  const date = parseRequestDate(raw);
  if (!date) return new Error(`${name}: The value '${raw}' is not a valid date.`);
  return date.getTime() + (endOfDay && raw.length <= 10 ? 86_399_999 : 0);
}

export function listClients(ctx: SandboxContext, params: URLSearchParams): ClientList {
  const page = queryInteger(params, 'Page', 1);
  const pageSize = queryInteger(params, 'PageSize', 50);
  if (page === undefined || page < 1 || pageSize === undefined || pageSize < 1 || pageSize > 100) {
    return { ok: false, message: 'Page must be at least 1 and PageSize between 1 and 100.' };
  }
  const attributed = booleanParam(params, 'IsAttributedClient');
  const done = booleanParam(params, 'OnboardingDone');
  const from = dateParam(params, 'DateCreatedFrom', false);
  const to = dateParam(params, 'DateCreatedTo', true);
  for (const value of [attributed, done, from, to])
    if (value instanceof Error) return { ok: false, message: value.message };

  const search = queryValue(params, 'Query')?.toLowerCase();
  const externalTenantId = queryValue(params, 'ExternalTenantId');
  const filters: Filter[] = [
    (tenant) => !externalTenantId || tenant.externalTenantId === externalTenantId,
    (tenant) =>
      !search ||
      [tenant.companyName, tenant.officeEmail, tenant.companyRegistrationNumber].some((field) =>
        field?.toLowerCase().includes(search),
      ),
    (tenant) => attributed === undefined || tenant.isAttributedClient === attributed,
    (tenant) => done === undefined || onboardingDone(tenant) === done,
    (tenant) => typeof from !== 'number' || Date.parse(tenant.dateLinked) >= from,
    (tenant) => typeof to !== 'number' || Date.parse(tenant.dateLinked) <= to,
  ];

  // Pending link requests are not linked clients yet.
  const active = ctx.store.tenants().filter((tenant) => tenant.link !== 'needs-linking');
  const matching = active.filter((tenant) => filters.every((filter) => filter(tenant)));
  const [sortField = 'datecreated', sortDirection = sortField === 'name' ? 'asc' : 'desc'] = (
    queryValue(params, 'Sort') ?? 'dateCreated:desc'
  )
    .toLowerCase()
    .split(':');
  const sign = sortDirection === 'asc' ? 1 : -1;
  matching.sort(
    (a, b) =>
      sign *
      (sortField === 'name' ? a.companyName.localeCompare(b.companyName) : a.dateLinked.localeCompare(b.dateLinked)),
  );
  const views: ClientCreatedResponse[] = matching.map((tenant) => clientView(ctx, tenant));
  const { page: pageData, items } = pageOf(views, page, pageSize);
  return {
    ok: true,
    response: {
      page: pageData,
      summary: {
        totalClients: active.length,
        attributedClients: active.filter((tenant) => tenant.isAttributedClient).length,
        onboardingComplete: active.filter(onboardingDone).length,
        onboardingPending: active.filter((tenant) => !onboardingDone(tenant)).length,
        totalCases: active.reduce((sum, tenant) => sum + ctx.store.casesOf(tenant.creditorId).length, 0),
      },
      clients: items,
    },
  };
}
