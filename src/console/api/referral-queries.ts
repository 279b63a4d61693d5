// Query strings of the Referral API reads the console makes, parameter names as the spec spells them. Arrays
// repeat the key (`RevenueStages=0&RevenueStages=5`), OpenAPI's default; the reporting enums go as their index.
import { transactionRevenueStages, type TransactionRevenueStage } from '../../wire/referral-reporting.js';

/** GET /clients. `Sort` is `dateCreated` or `name`, with `:asc` or `:desc`; PageSize at most 100 (default 50). */
export interface ClientListQuery {
  Page?: number;
  PageSize?: number;
  /** Search over company name, office e-mail and registration number. */
  Query?: string;
  ExternalTenantId?: string;
  IsAttributedClient?: boolean;
  OnboardingDone?: boolean;
  /** Link date, inclusive (`YYYY-MM-DD`). */
  DateCreatedFrom?: string;
  DateCreatedTo?: string;
  Sort?: `${'dateCreated' | 'name'}:${'asc' | 'desc'}`;
}

/** GET /reporting/transactions. Dates are collection dates, inclusive; `Search` needs two characters or more. */
export interface TransactionListQuery {
  Page?: number;
  PageSize?: number;
  FromDate?: string;
  ToDate?: string;
  ExternalTenantId?: string;
  RevenueStages?: readonly TransactionRevenueStage[];
  Search?: string;
  Sort?: `${'collectionDate' | 'amount'}:${'asc' | 'desc'}`;
}

/** GET /cases (partner-wide). */
export interface PartnerCaseListQuery {
  Page?: number;
  PageSize?: number;
  FromDate?: string;
  ToDate?: string;
  ExternalTenantId?: string;
  /** Lifecycle enum names or labels. */
  Statuses?: readonly string[];
  Query?: string;
  /** Debtor countries, by the ids GET /referral-partner/filter-options gives. */
  CountryIds?: readonly number[];
  /** Collection partners (uuids), by the ids GET /referral-partner/filter-options gives. */
  CollectionPartnerIds?: readonly string[];
  Sort?: `${'DateCreated' | 'GrossAmount' | 'DueDate'}:${'asc' | 'desc'}`;
}

type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

/** Every set value, in the order given; empty strings and empty arrays are left out. */
function searchParams(entries: Readonly<Record<string, QueryValue>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(entries)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(name, String(item));
    else params.set(name, String(value));
  }
  return params;
}

export function clientListSearchParams(query: ClientListQuery): URLSearchParams {
  return searchParams({ ...query });
}

export function transactionSearchParams(query: TransactionListQuery): URLSearchParams {
  const { RevenueStages, Search, ...rest } = query;
  return searchParams({
    ...rest,
    RevenueStages: RevenueStages?.map((stage) => transactionRevenueStages.indexOf(stage)),
    // Debitura ignores a one-character search; leaving it out keeps the URL honest about what was asked.
    Search: Search && Search.trim().length >= 2 ? Search.trim() : undefined,
  });
}

export function partnerCaseSearchParams(query: PartnerCaseListQuery): URLSearchParams {
  return searchParams({ ...query });
}
