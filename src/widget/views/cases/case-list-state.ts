// What the case list shows (filters, search, sort, page, page size, scroll position) as one plain value.
// The host keeps it across view changes, and partners keep its flat form in their own URL, so parsing is
// forgiving: anything unknown falls back to the default instead of failing.
import { lifecycleStatuses, type LifecycleStatus } from '../../../wire/case-vocabulary.js';
import type { CaseListQuery, CaseListSortField, SortDirection } from '../../../wire/case-list.js';

/** The sort fields the list offers (the ones both Debitura case lists support). */
export const caseListSortChoices = [
  'DateCreated',
  'GrossAmount',
  'DueDate',
] as const satisfies readonly CaseListSortField[];
export type CaseListSortChoice = (typeof caseListSortChoices)[number];

export const caseListPageSizes = [10, 25, 50, 100] as const;

/** Statuses that are still in progress: "Open" in the status filter. */
export const openLifecycleStatuses: readonly LifecycleStatus[] = lifecycleStatuses.filter(
  (status) => status !== 'Closed' && status !== 'Merged',
);

export interface CaseListState {
  /** Lifecycle enum names to show; empty means every status. */
  statuses: readonly LifecycleStatus[];
  /** Free-text search (case reference, your reference, debtor name). */
  query: string;
  sortField: CaseListSortChoice;
  sortDirection: SortDirection;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Page scroll offset to restore when coming back from a case. */
  scrollY: number;
  /** The case last opened from the list; its row gets focus again on the way back. */
  openedCaseId: string;
}

export const defaultCaseListState: CaseListState = Object.freeze({
  statuses: [],
  query: '',
  sortField: 'DateCreated',
  sortDirection: 'desc',
  page: 1,
  pageSize: 25,
  scrollY: 0,
  openedCaseId: '',
});

/** The flat form carried by `debitura-view-change`; only values that differ from the defaults are written. */
export type FlatCaseListState = Record<string, string | number | string[]>;

export function serializeCaseListState(state: CaseListState): FlatCaseListState {
  const flat: FlatCaseListState = {};
  const normal = normalizeCaseListState(state);
  if (normal.statuses.length > 0) flat.statuses = [...normal.statuses];
  if (normal.query) flat.query = normal.query;
  if (
    normal.sortField !== defaultCaseListState.sortField ||
    normal.sortDirection !== defaultCaseListState.sortDirection
  ) {
    flat.sort = `${normal.sortField}:${normal.sortDirection}`;
  }
  if (normal.page !== defaultCaseListState.page) flat.page = normal.page;
  if (normal.pageSize !== defaultCaseListState.pageSize) flat.pageSize = normal.pageSize;
  if (normal.scrollY !== 0) flat.scrollY = normal.scrollY;
  if (normal.openedCaseId) flat.opened = normal.openedCaseId;
  return flat;
}

/** Reads a flat record (from the event, a URL, or user code); unknown or broken values become defaults. */
export function parseCaseListState(flat: Readonly<Record<string, unknown>> | null | undefined): CaseListState {
  if (!flat) return defaultCaseListState;
  const [sortField, sortDirection] = parseSort(flat.sort);
  return normalizeCaseListState({
    statuses: parseStatuses(flat.statuses),
    query: typeof flat.query === 'string' ? flat.query : '',
    sortField,
    sortDirection,
    page: toInteger(flat.page) ?? defaultCaseListState.page,
    pageSize: toInteger(flat.pageSize) ?? defaultCaseListState.pageSize,
    scrollY: toInteger(flat.scrollY) ?? 0,
    openedCaseId: typeof flat.opened === 'string' ? flat.opened : '',
  });
}

/** Clamps and de-duplicates, so two states that show the same list compare equal. */
export function normalizeCaseListState(state: CaseListState): CaseListState {
  const statuses = lifecycleStatuses.filter((status) => state.statuses.includes(status));
  return {
    statuses,
    query: state.query.trim().slice(0, 200),
    sortField: caseListSortChoices.includes(state.sortField) ? state.sortField : defaultCaseListState.sortField,
    sortDirection: state.sortDirection === 'asc' ? 'asc' : 'desc',
    page: Number.isInteger(state.page) && state.page >= 1 ? state.page : 1,
    pageSize: (caseListPageSizes as readonly number[]).includes(state.pageSize)
      ? state.pageSize
      : defaultCaseListState.pageSize,
    scrollY: Number.isFinite(state.scrollY) && state.scrollY > 0 ? Math.round(state.scrollY) : 0,
    openedCaseId: state.openedCaseId.trim().slice(0, 64),
  };
}

export function caseListStatesEqual(a: CaseListState, b: CaseListState): boolean {
  return JSON.stringify(serializeCaseListState(a)) === JSON.stringify(serializeCaseListState(b));
}

/** Whether two states ask Debitura for the same page (where the reader was on it does not matter). */
export function sameCaseListQuery(a: CaseListState, b: CaseListState): boolean {
  return caseListQueryKey(a) === caseListQueryKey(b);
}

/** The page a state asks Debitura for, as a string: equal for states that differ only in scroll position. */
export function caseListQueryKey(state: CaseListState): string {
  return JSON.stringify(caseListQueryOf(state));
}

/**
 * A change of filter, search, sort or page size starts again at page 1: the old page number would point into
 * a different list.
 */
export function updateCaseListState(state: CaseListState, change: Partial<CaseListState>): CaseListState {
  const next = normalizeCaseListState({ ...state, ...change });
  const refined =
    change.statuses !== undefined ||
    change.query !== undefined ||
    change.sortField !== undefined ||
    change.sortDirection !== undefined ||
    change.pageSize !== undefined;
  return refined && change.page === undefined ? { ...next, page: 1, scrollY: 0, openedCaseId: '' } : next;
}

/**
 * The GET /cases query. `Query` is only declared by the Referral Partner API's case list; the Customer API may
 * ignore it (the sandbox honours it), so a search never hides that it was sent.
 */
export function caseListQueryOf(state: CaseListState): CaseListQuery {
  const normal = normalizeCaseListState(state);
  return {
    Page: normal.page,
    PageSize: normal.pageSize,
    ...(normal.statuses.length > 0 ? { Statuses: normal.statuses } : {}),
    ...(normal.query ? { Query: normal.query } : {}),
    Sort: `${normal.sortField}:${normal.sortDirection}`,
  };
}

function parseStatuses(value: unknown): LifecycleStatus[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return lifecycleStatuses.filter((status) =>
    items.some((item) => typeof item === 'string' && item.trim().toLowerCase() === status.toLowerCase()),
  );
}

function parseSort(value: unknown): [CaseListSortChoice, SortDirection] {
  if (typeof value !== 'string') return [defaultCaseListState.sortField, defaultCaseListState.sortDirection];
  const [field = '', direction = ''] = value.split(':');
  const choice = caseListSortChoices.find((candidate) => candidate.toLowerCase() === field.trim().toLowerCase());
  if (!choice) return [defaultCaseListState.sortField, defaultCaseListState.sortDirection];
  return [choice, direction.trim().toLowerCase() === 'asc' ? 'asc' : 'desc'];
}

function toInteger(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(number) ? Math.trunc(number) : undefined;
}
