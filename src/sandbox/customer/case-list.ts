// Filtering, searching and ordering a creditor's cases for GET /cases.
import { lifecycleStatuses, lifecycleStatusOf, type InvoiceDto } from '../../wire/index.js';
import type { CaseListRequest, CaseSort } from './case-list-query.js';
import { debtorIdOf } from './debtor-identity.js';

/** The cases the request selects, in the requested order (all pages). */
export function selectCases(cases: readonly InvoiceDto[], request: CaseListRequest): InvoiceDto[] {
  const search = request.query?.toLowerCase() ?? null;
  const selected = cases.filter((invoice) => {
    if (request.statuses) {
      const status = invoice.lifecycle ? lifecycleStatusOf(invoice.lifecycle) : undefined;
      if (!status || !request.statuses.includes(status)) return false;
    }
    if (request.ids && !request.ids.includes(invoice.id?.toLowerCase() ?? '')) return false;
    if (request.divisionIds && !request.divisionIds.includes(invoice.creditorDivisionId?.toLowerCase() ?? ''))
      return false;
    if (request.debtorIds && !request.debtorIds.includes(debtorIdOf(invoice) ?? '')) return false;
    if (search && !matchesSearch(invoice, search)) return false;
    return true;
  });
  // Ties fall back to newest first, then id, so pages never overlap.
  const order: CaseSort[] = [...request.sort, { field: 'DateCreated', direction: 'desc' }];
  return selected.sort((a, b) => {
    for (const { field, direction } of order) {
      const difference = compareValues(sortValue(a, field), sortValue(b, field));
      if (difference !== 0) return direction === 'asc' ? difference : -difference;
    }
    return (a.id ?? '').localeCompare(b.id ?? '');
  });
}

function matchesSearch(invoice: InvoiceDto, search: string): boolean {
  return [invoice.reference, invoice.creditorReference, invoice.debtor?.name].some(
    (text) => text?.toLowerCase().includes(search) ?? false,
  );
}

type SortValue = number | string | null;

function sortValue(invoice: InvoiceDto, field: CaseSort['field']): SortValue {
  switch (field) {
    case 'DateCreated':
      return time(invoice.dateCreated);
    case 'DateUpdated':
      return time(invoice.dateUpdated);
    case 'DateFinished':
      return time(invoice.dateFinished);
    case 'DateCollectionStarted':
      return time(invoice.dateCollectionStarted);
    case 'DueDate':
      return time(invoice.dueDate);
    case 'Date':
      return time(invoice.date);
    case 'GrossAmount':
      return invoice.grossAmount ?? null;
    case 'Remainder':
      return invoice.remainder ?? null;
    case 'InterestFees':
      return invoice.interestFees ?? null;
    case 'CollectionFees':
      return invoice.collectionFees ?? null;
    case 'ReminderFees':
      return invoice.reminderFees ?? null;
    case 'Lifecycle': {
      // By the lifecycle's place in the case's life, not by its label's spelling.
      const status = invoice.lifecycle ? lifecycleStatusOf(invoice.lifecycle) : undefined;
      return status ? lifecycleStatuses.indexOf(status) : null;
    }
    case 'CloseCode':
      return invoice.closeCode ?? null;
  }
}

function time(value: string | null | undefined): number | null {
  if (!value) return null;
  const zoned = /Z$|[+-]\d{2}:?\d{2}$/.test(value) || !value.includes('T') ? value : `${value}Z`;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? null : ms;
}

/** Missing values sort before any value (first ascending, last descending). */
function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}
