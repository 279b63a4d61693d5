// Referral GET /cases (REFERENCE §2.7): every case of the partner's clients, filtered, sorted and paged, with a
// summary. Status, search and ordering are the Customer API list's own rules (customer/case-list.ts), so both
// APIs select the same cases the same way; the partner-wide filters (dates, client, country, partner) come first.
import { lifecycleStatusOf, type CasesSummary, type GetCasesResponse, type LifecycleStatus } from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import { parseCaseListQuery } from '../customer/case-list-query.js';
import { selectCases } from '../customer/case-list.js';
import { countryNumber } from '../customer/iso-countries.js';
import { pageOf } from '../customer/paging.js';
import { queryValue } from '../customer/query-params.js';
import { caseItemOf, collectionPartnerOfCase } from './case-items.js';
import { partnerCases, type PartnerCase } from './partner-cases.js';
import { dateParam, guidListParam, integerListParam, QueryError, sortParam } from './query-filters.js';

export type CaseList = { ok: true; response: GetCasesResponse } | { ok: false; message: string };

const lifecycleGroups: Readonly<Record<keyof NonNullable<CasesSummary['byLifecycle']>, readonly LifecycleStatus[]>> = {
  active: ['Active'],
  pending: [
    'PendingContractSigning',
    'PendingVerificationInternal',
    'PendingVerification',
    'NeedsAdditionalDetails',
    'Leads',
    'LeadsQuoteGiven',
  ],
  closed: ['Closed', 'Merged'],
  paused: ['Paused'],
};

/** Totals over all the partner's cases, whatever the list's filters (like the clients list's summary). */
function summaryOf(cases: readonly PartnerCase[], now: Date): CasesSummary {
  const statuses = cases.map(({ stored }) => lifecycleStatusOf(stored.invoice.lifecycle ?? ''));
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const count = (group: readonly LifecycleStatus[]) =>
    statuses.filter((status) => status && group.includes(status)).length;
  return {
    totalCases: cases.length,
    casesThisMonth: cases.filter(({ stored }) => Date.parse(stored.invoice.dateCreated ?? '') >= monthStart).length,
    byLifecycle: {
      active: count(lifecycleGroups.active),
      pending: count(lifecycleGroups.pending),
      closed: count(lifecycleGroups.closed),
      paused: count(lifecycleGroups.paused),
    },
  };
}

export function listPartnerCases(ctx: SandboxContext, params: URLSearchParams): CaseList {
  // The Customer list's reading of Page, PageSize, Statuses and Query; its id filters are not Referral parameters.
  const forCustomerRules = new URLSearchParams(
    [...params].filter(([key]) => ['page', 'pagesize', 'statuses', 'query'].includes(key.toLowerCase())),
  );
  const query = parseCaseListQuery(forCustomerRules);
  if (!query.ok) return query;
  let from: number | undefined, to: number | undefined;
  let countries: Set<number> | null, partners: Set<string> | null;
  try {
    from = dateParam(params, 'FromDate', false);
    to = dateParam(params, 'ToDate', true);
    countries = integerListParam(params, 'CountryIds');
    partners = guidListParam(params, 'CollectionPartnerIds');
  } catch (error) {
    if (error instanceof QueryError) return { ok: false, message: error.message };
    throw error;
  }
  const externalTenantId = queryValue(params, 'ExternalTenantId');
  const sort = sortParam(params, ['DateCreated', 'GrossAmount', 'DueDate'] as const, {
    field: 'DateCreated',
    direction: 'desc',
  });

  const all = partnerCases(ctx);
  const byId = new Map(all.map((found) => [found.stored.invoice.id, found]));
  const candidates = all.filter(({ stored, tenant }) => {
    const created = Date.parse(stored.invoice.dateCreated ?? '');
    const alpha2 = stored.invoice.debtor?.countryAlpha2;
    return (
      (from === undefined || created >= from) &&
      (to === undefined || created <= to) &&
      (!externalTenantId || tenant.externalTenantId === externalTenantId) &&
      (!countries || (alpha2 !== null && alpha2 !== undefined && countries.has(countryNumber(alpha2)))) &&
      (!partners || partners.has(collectionPartnerOfCase(stored)?.id ?? ''))
    );
  });
  const selected = selectCases(
    candidates.map(({ stored }) => stored.invoice),
    { ...query.value, sort: [sort] },
  );
  const { page, items } = pageOf(selected, query.value.page, query.value.pageSize);
  return {
    ok: true,
    response: {
      page,
      cases: items.map((invoice) => caseItemOf(byId.get(invoice.id)!)),
      summary: summaryOf(all, ctx.now()),
    },
  };
}
