// What the clients list shows (search, filters, sort, page) as a plain value, and the GET /clients query it
// asks for. Pure, so the rules are tested without a browser.
import type { KycStatus } from '../../../wire/referral.js';
import type { ClientListQuery } from '../../api/referral-queries.js';

export const clientSorts = ['dateCreated:desc', 'dateCreated:asc', 'name:asc', 'name:desc'] as const;
export type ClientSort = (typeof clientSorts)[number];
export const clientPageSizes = [10, 25, 50, 100] as const;

export type AttributionFilter = 'all' | 'attributed' | 'linkedOnly';
export type OnboardingFilter = 'all' | 'done' | 'pending';

export interface ClientListState {
  query: string;
  attribution: AttributionFilter;
  onboarding: OnboardingFilter;
  sort: ClientSort;
  page: number;
  pageSize: number;
}

export const defaultClientListState: ClientListState = {
  query: '',
  attribution: 'all',
  onboarding: 'all',
  sort: 'dateCreated:desc',
  page: 1,
  pageSize: 25,
};

/** A change of anything but the page starts again at page 1: page 4 of other results means nothing. */
export function updateClientListState(state: ClientListState, change: Partial<ClientListState>): ClientListState {
  const next = { ...state, ...change, query: (change.query ?? state.query).trim() };
  const onlyPage = Object.keys(change).every((key) => key === 'page');
  return onlyPage ? next : { ...next, page: change.page ?? 1 };
}

export function isFilteredClientList(state: ClientListState): boolean {
  return state.query !== '' || state.attribution !== 'all' || state.onboarding !== 'all';
}

export function clientListQueryOf(state: ClientListState): ClientListQuery {
  return {
    Page: state.page,
    PageSize: state.pageSize,
    ...(state.query ? { Query: state.query } : {}),
    ...(state.attribution !== 'all' ? { IsAttributedClient: state.attribution === 'attributed' } : {}),
    ...(state.onboarding !== 'all' ? { OnboardingDone: state.onboarding === 'done' } : {}),
    Sort: state.sort,
  };
}

/** Equal keys, equal request: the list loads again only when this changes. */
export function clientListKey(state: ClientListState): string {
  return JSON.stringify(clientListQueryOf(state));
}

export type KycLabel = 'NotRequired' | 'Pending' | 'Verified' | 'unknown';

/** Debitura's KYC status in either spelling it may use (PascalCase or snake_case). */
export function kycLabelOf(status: KycStatus | undefined): KycLabel {
  switch (status) {
    case 'NotRequired':
    case 'not_required':
      return 'NotRequired';
    case 'Pending':
    case 'pending':
      return 'Pending';
    case 'Verified':
    case 'verified':
      return 'Verified';
    default:
      return 'unknown';
  }
}
