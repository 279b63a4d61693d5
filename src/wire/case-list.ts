// GET /cases (Customer API): the paginated case list and its query string.
import { array, int, object, optional } from 'zod/mini';
import type * as z from 'zod/mini';
import { InvoiceDto, type LifecycleStatus } from './case.js';
import { optNull } from './formats.js';

/** Pagination block, always under the key `page` (not `pageData` as one docs page says). */
export const PageData = object({
  totalResults: optional(int()),
  pageSize: optional(int()),
  currentPage: optional(int()),
  responseCount: optional(int()),
  totalPages: optional(int()),
});
export type PageData = z.infer<typeof PageData>;

export const InvoiceListDto = object({
  page: PageData,
  cases: optNull(array(InvoiceDto)),
});
export type InvoiceListDto = z.infer<typeof InvoiceListDto>;

/** Sort fields of the Customer GET /cases, in the spec's order. Debitura ignores unknown ones. */
export const caseListSortFields = [
  'DateCreated',
  'DateUpdated',
  'DateFinished',
  'DateCollectionStarted',
  'DueDate',
  'Date',
  'GrossAmount',
  'Remainder',
  'InterestFees',
  'CollectionFees',
  'ReminderFees',
  'Lifecycle',
  'CloseCode',
] as const;
export type CaseListSortField = (typeof caseListSortFields)[number];

/** The subset the Referral partner-wide GET /cases supports (its default is `DateCreated:desc`). */
export const referralCaseListSortFields = [
  'DateCreated',
  'GrossAmount',
  'DueDate',
] as const satisfies readonly CaseListSortField[];

export type SortDirection = 'asc' | 'desc';
/** `Field` or `Field:asc|desc`. */
export type CaseListSort = CaseListSortField | `${CaseListSortField}:${SortDirection}`;

/**
 * Query of GET /cases, parameter names as the spec spells them (PascalCase).
 * Page is 1-based; PageSize defaults to 10 and is at most 100.
 */
export interface CaseListQuery {
  Page?: number;
  PageSize?: number;
  /** Lifecycle enum names; Debitura also accepts the labels. */
  Statuses?: readonly LifecycleStatus[];
  /**
   * Search over case reference, creditor reference and debtor name. Only the Referral Partner
   * GET /cases declares it; the Customer API spec has no `Query` parameter, so there it is an
   * unknown parameter that the sandbox may honour and Debitura may ignore.
   */
  Query?: string;
  Sort?: CaseListSort;
}
