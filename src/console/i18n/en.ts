// English texts of the partner console. Danish and German are typed with this shape, so a missing key fails the
// build; shared words (retry, API errors) come from the widget's own catalogue. `{name}` marks a value filled
// in by `interpolate`; `{ one, other }` texts go through `plural`.
import type { Widen } from '../../widget/i18n/widen.js';

export const consoleEn = {
  /** The language these texts are written in: it picks the plural forms. */
  language: 'en',
  shell: {
    label: 'Partner console',
    title: 'Partner console',
    nav: 'Console sections',
    views: {
      clients: 'Clients',
      cases: 'Cases',
      revenue: 'Revenue',
      webhooks: 'Webhooks',
    },
    loading: 'Loading…',
    notConfigured: {
      title: 'The console is not configured',
      body: 'This page does not say where the partner’s Referral API proxy is. The website owner needs to set api-base.',
    },
  },
  errors: {
    forbidden: {
      title: 'You may not use the partner console',
      body: 'Your account is not allowed to see the partnership’s clients. Sign in as partner staff, then try again.',
    },
    disabled: {
      title: 'Not enabled in this console',
      body: 'The partner has not switched this action on. Ask whoever runs the integration to enable it in the proxy.',
    },
    loadFailed: 'This could not be loaded.',
  },
  common: {
    search: 'Search',
    clearSearch: 'Clear search',
    showAll: 'Show all',
    all: 'All',
    yes: 'Yes',
    no: 'No',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copying did not work. Select the text and copy it yourself.',
    open: 'Open',
    opensInNewTab: '(opens in a new tab)',
    perPage: 'Rows per page',
    notAvailable: '–',
    pager: {
      label: 'Pages',
      previous: 'Previous page',
      next: 'Next page',
      page: 'Page {page}',
      current: 'Page {page} of {pages}',
    },
  },
  clients: {
    title: 'Linked clients',
    summaryLabel: 'Clients at a glance',
    summary: {
      total: 'Clients',
      attributed: 'Attributed',
      onboardingComplete: 'Onboarding complete',
      onboardingPending: 'Onboarding pending',
      cases: 'Cases',
    },
    filters: 'Filter clients',
    searchHint: 'Company name, office e-mail or registration number',
    attribution: {
      label: 'Attribution',
      attributed: 'Attributed',
      linkedOnly: 'Linked only',
    },
    onboarding: {
      label: 'Onboarding',
      done: 'Complete',
      pending: 'Pending',
    },
    sort: {
      label: 'Sort by',
      'dateCreated:desc': 'Linked most recently',
      'dateCreated:asc': 'Linked longest ago',
      'name:asc': 'Name, A to Z',
      'name:desc': 'Name, Z to A',
    },
    columns: {
      company: 'Company',
      onboarding: 'Onboarding',
      attribution: 'Attribution',
      kyc: 'KYC',
      linked: 'Linked',
      cases: 'Cases',
      earnings: 'Earnings (USD)',
    },
    kyc: {
      NotRequired: 'Not required',
      Pending: 'Pending',
      Verified: 'Verified',
      unknown: 'Unknown',
    },
    casesCount: '{total} ({closed} closed)',
    tenant: 'Tenant {tenant}',
    unnamed: 'Unnamed client',
    caption: 'Linked clients, {first}–{last} of {total}',
    range: { one: '{first}–{last} of {total} client', other: '{first}–{last} of {total} clients' },
    loading: 'Loading clients…',
    empty: {
      title: 'No linked clients yet',
      body: 'Tenants you activate for debt collection appear here, with their onboarding and earnings.',
    },
    noMatch: {
      title: 'No clients match',
      body: 'Try another search term or filter.',
    },
  },
  client: {
    back: 'Back to clients',
    loading: 'Loading client…',
    details: 'Company',
    tenantId: 'Your tenant ID',
    registrationNumber: 'Registration number',
    officeEmail: 'Office e-mail',
    address: 'Address',
    country: 'Country',
    linked: 'Linked',
    attribution: 'Attribution',
    attributed: 'Attributed to you: you earn a referral fee on all its cases',
    linkedOnly: 'Linked only: an existing Debitura account, you earn on the cases you send',
    onboarding: 'Onboarding',
    onboardingDone: 'Complete',
    onboardingPending: 'Not finished',
    onboardingLink: 'Onboarding link',
    onboardingLinkHint: 'Send it to the client’s onboarding user to finish setting up the account.',
    openOnboarding: 'Open onboarding',
    kyc: 'KYC',
    kycSubmitted: 'Director details submitted {date}',
    users: 'Users',
    noUsers: 'No users listed.',
    stats: 'Cases and earnings',
    casesTotal: 'Cases',
    casesClosed: 'Closed cases',
    earnings: 'Referral earnings (USD)',
  },
};

/** Every text the console shows; Danish and German are typed with it. */
export type ConsoleMessages = Widen<typeof consoleEn>;
