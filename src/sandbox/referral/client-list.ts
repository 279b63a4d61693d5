// Referral GET /clients: the partner's active client links, filtered, sorted and paged, with a summary over
// all of them (REFERENCE §2.3). A parameter that does not bind (a boolean that is not true/false, a date
// that is not a date, a page out of range) is a 400, as ASP.NET's model binding makes it.
import type { ClientCreatedResponse, GetClientsResponse } from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import { pageOf } from '../customer/paging.js';
import { queryInteger, queryValue } from '../customer/query-params.js';
import type { SandboxTenant } from '../state.js';
import { clientView, onboardingDone } from './client-view.js';
import { booleanParam, dateParam, QueryError } from './query-filters.js';

export type ClientList = { ok: true; response: GetClientsResponse } | { ok: false; message: string };

type Filter = (tenant: SandboxTenant) => boolean;

export function listClients(ctx: SandboxContext, params: URLSearchParams): ClientList {
  const page = queryInteger(params, 'Page', 1);
  const pageSize = queryInteger(params, 'PageSize', 50);
  if (page === undefined || page < 1 || pageSize === undefined || pageSize < 1 || pageSize > 100) {
    return { ok: false, message: 'Page must be at least 1 and PageSize between 1 and 100.' };
  }
  let attributed: boolean | undefined, done: boolean | undefined, from: number | undefined, to: number | undefined;
  try {
    attributed = booleanParam(params, 'IsAttributedClient');
    done = booleanParam(params, 'OnboardingDone');
    from = dateParam(params, 'DateCreatedFrom', false);
    to = dateParam(params, 'DateCreatedTo', true);
  } catch (error) {
    if (error instanceof QueryError) return { ok: false, message: error.message };
    throw error;
  }

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
    (tenant) => from === undefined || Date.parse(tenant.dateLinked) >= from,
    (tenant) => to === undefined || Date.parse(tenant.dateLinked) <= to,
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
