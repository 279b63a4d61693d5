// The query of Customer GET /cases (REFERENCE §3.3): paging, status filter, id filters, search, sort.
import {
  caseListSortFields,
  lifecycleStatusOf,
  type CaseListSortField,
  type LifecycleStatus,
  type SortDirection,
} from '../../wire/index.js';
import { queryInteger, queryList, queryValue } from './query-params.js';

export interface CaseSort {
  field: CaseListSortField;
  direction: SortDirection;
}

export interface CaseListRequest {
  page: number;
  pageSize: number;
  /** Null means every status. */
  statuses: LifecycleStatus[] | null;
  ids: string[] | null;
  divisionIds: string[] | null;
  /** Debtor ids (debtor-identity.ts). */
  debtorIds: string[] | null;
  /** Search over case reference, creditor reference and debtor name (a Referral API parameter the sandbox also honours here). */
  query: string | null;
  sort: CaseSort[];
}

export type CaseListQueryResult = { ok: true; value: CaseListRequest } | { ok: false; message: string };

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

/** Debitura leaves the default order unstated; the sandbox lists newest first, like the Referral API's default. */
export const defaultCaseSort: readonly CaseSort[] = [{ field: 'DateCreated', direction: 'desc' }];

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseCaseListQuery(params: URLSearchParams): CaseListQueryResult {
  const paging = parsePaging(params, DEFAULT_PAGE_SIZE);
  if (!paging.ok) return paging;

  const statusValues = queryList(params, 'Statuses');
  const statuses: LifecycleStatus[] = [];
  for (const value of statusValues) {
    const status = lifecycleStatusOf(value);
    if (!status) return { ok: false, message: `Invalid status '${value}'. Valid values: ${validStatusHint}.` };
    if (!statuses.includes(status)) statuses.push(status);
  }

  const idLists: Record<'Ids' | 'DivisionIds' | 'DebtorIds', string[] | null> = {
    Ids: null,
    DivisionIds: null,
    DebtorIds: null,
  };
  for (const name of ['Ids', 'DivisionIds', 'DebtorIds'] as const) {
    const values = queryList(params, name);
    const invalid = values.find((value) => !guidPattern.test(value));
    if (invalid) return { ok: false, message: `'${invalid}' in ${name} is not a valid GUID.` };
    idLists[name] = values.length > 0 ? values.map((value) => value.toLowerCase()) : null;
  }

  const sort = parseSort(queryValue(params, 'Sort'));
  return {
    ok: true,
    value: {
      ...paging.value,
      statuses: statuses.length > 0 ? statuses : null,
      ids: idLists.Ids,
      divisionIds: idLists.DivisionIds,
      debtorIds: idLists.DebtorIds,
      query: queryValue(params, 'Query') ?? null,
      sort: sort.length > 0 ? sort : [...defaultCaseSort],
    },
  };
}

const validStatusHint =
  'PendingContractSigning, PendingVerificationInternal, PendingVerification, NeedsAdditionalDetails, Leads, LeadsQuoteGiven, Active, Paused, Closed, Merged';

/** `Page` (≥ 1, default 1) and `PageSize` (1..100, default `defaultPageSize`). */
export function parsePaging(
  params: URLSearchParams,
  defaultPageSize: number,
): { ok: true; value: { page: number; pageSize: number } } | { ok: false; message: string } {
  const page = queryInteger(params, 'Page', 1);
  if (page === undefined || page < 1) return { ok: false, message: 'Page must be a whole number of at least 1.' };
  const pageSize = queryInteger(params, 'PageSize', defaultPageSize);
  if (pageSize === undefined || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    return { ok: false, message: `PageSize must be a whole number between 1 and ${MAX_PAGE_SIZE}.` };
  }
  return { ok: true, value: { page, pageSize } };
}

/** `Field[:asc|desc][,Field2[:asc|desc]]`, fields case-insensitive; unknown fields are ignored as Debitura does. */
export function parseSort(raw: string | undefined): CaseSort[] {
  if (!raw) return [];
  const sorts: CaseSort[] = [];
  for (const part of raw.split(',')) {
    const [name = '', directionText = 'asc'] = part
      .trim()
      .split(':')
      .map((piece) => piece.trim());
    const field = caseListSortFields.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    const direction = directionText.toLowerCase();
    if (!field || (direction !== 'asc' && direction !== 'desc')) continue;
    if (!sorts.some((sort) => sort.field === field)) sorts.push({ field, direction });
  }
  return sorts;
}
