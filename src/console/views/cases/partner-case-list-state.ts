// What the partner-wide case list shows (search, client, status, debtor country, collection partner, creation
// dates, sort, page) as a plain value, and the Referral GET /cases query it asks for.
import type { LifecycleStatus } from '../../../wire/case.js';
import type { PartnerCaseListQuery } from '../../api/referral-queries.js';

export const partnerCaseSorts = [
  'DateCreated:desc',
  'DateCreated:asc',
  'GrossAmount:desc',
  'GrossAmount:asc',
  'DueDate:asc',
  'DueDate:desc',
] as const;
export type PartnerCaseSort = (typeof partnerCaseSorts)[number];
export const partnerCasePageSizes = [10, 25, 50, 100] as const;

export interface PartnerCaseListState {
  query: string;
  /** An externalTenantId, or '' for every client. */
  client: string;
  /** One lifecycle status, or '' for all. */
  status: LifecycleStatus | '';
  /** One debtor country's id from the filter options (digits), or '' for every country. */
  country: string;
  /** One collection partner's id from the filter options, or '' for every partner. */
  partner: string;
  /** Creation dates, `YYYY-MM-DD` or ''. */
  from: string;
  to: string;
  sort: PartnerCaseSort;
  page: number;
  pageSize: number;
}

export const defaultPartnerCaseListState: PartnerCaseListState = {
  query: '',
  client: '',
  status: '',
  country: '',
  partner: '',
  from: '',
  to: '',
  sort: 'DateCreated:desc',
  page: 1,
  pageSize: 25,
};

/** A change of anything but the page starts again at page 1. */
export function updatePartnerCaseListState(
  state: PartnerCaseListState,
  change: Partial<PartnerCaseListState>,
): PartnerCaseListState {
  const next = { ...state, ...change, query: (change.query ?? state.query).trim() };
  const onlyPage = Object.keys(change).every((key) => key === 'page');
  return onlyPage ? next : { ...next, page: change.page ?? 1 };
}

export function isFilteredPartnerCaseList(state: PartnerCaseListState): boolean {
  return Boolean(
    state.query || state.client || state.status || state.country || state.partner || state.from || state.to,
  );
}

const day = /^\d{4}-\d{2}-\d{2}$/;

export function partnerCaseQueryOf(state: PartnerCaseListState): PartnerCaseListQuery {
  return {
    Page: state.page,
    PageSize: state.pageSize,
    ...(state.query ? { Query: state.query } : {}),
    ...(state.client ? { ExternalTenantId: state.client } : {}),
    ...(state.status ? { Statuses: [state.status] } : {}),
    ...(/^\d+$/.test(state.country) ? { CountryIds: [Number(state.country)] } : {}),
    ...(state.partner ? { CollectionPartnerIds: [state.partner] } : {}),
    ...(day.test(state.from) ? { FromDate: `${state.from}T00:00:00Z` } : {}),
    ...(day.test(state.to) ? { ToDate: `${state.to}T23:59:59Z` } : {}),
    Sort: state.sort,
  };
}
