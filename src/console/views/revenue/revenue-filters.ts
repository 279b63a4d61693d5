// What the revenue section is filtered by (collection dates, one client, stages, a search) as a plain value,
// and the GET /reporting/transactions query for it. Dates are whole UTC days, both ends included, as Debitura's
// monthly cycle counts them.
import type { TransactionRevenueStage } from '../../../wire/referral-reporting.js';
import type { TransactionListQuery } from '../../api/referral-queries.js';

export interface RevenueFilters {
  /** `YYYY-MM-DD`, or '' for no bound. */
  from: string;
  to: string;
  /** An externalTenantId, or '' for every client. */
  client: string;
  stages: readonly TransactionRevenueStage[];
  search: string;
}

export const noRevenueFilters: RevenueFilters = { from: '', to: '', client: '', stages: [], search: '' };

const day = /^\d{4}-\d{2}-\d{2}$/;

export function transactionQueryOf(filters: RevenueFilters): TransactionListQuery {
  return {
    ...(day.test(filters.from) ? { FromDate: `${filters.from}T00:00:00Z` } : {}),
    ...(day.test(filters.to) ? { ToDate: `${filters.to}T23:59:59Z` } : {}),
    ...(filters.client ? { ExternalTenantId: filters.client } : {}),
    ...(filters.stages.length ? { RevenueStages: filters.stages } : {}),
    ...(filters.search.trim() ? { Search: filters.search.trim() } : {}),
    Sort: 'collectionDate:desc',
  };
}

export function isFilteredRevenue(filters: RevenueFilters): boolean {
  return Boolean(filters.from || filters.to || filters.client || filters.stages.length || filters.search.trim());
}

/** A date range the user cannot mean: the start after the end. */
export function isBackwardRange(filters: RevenueFilters): boolean {
  return day.test(filters.from) && day.test(filters.to) && filters.from > filters.to;
}

/** The file name of an export: what it covers, so two exports do not overwrite each other unnoticed. */
export function exportFileName(filters: RevenueFilters, today: string): string {
  const range = filters.from || filters.to ? `${filters.from || 'start'}_${filters.to || today}` : `to_${today}`;
  const client = filters.client ? `-${filters.client.replace(/[^A-Za-z0-9._-]/g, '_')}` : '';
  return `referral-transactions-${range}${client}.csv`;
}
