// English texts of the case list. `{name}` marks a value filled in by `interpolate`.

export const casesList = {
  title: 'Your collection cases',
  newCase: 'New case',
  filters: 'Filter cases',
  search: {
    label: 'Search',
    hint: 'Debitura reference, your reference or debtor name',
    submit: 'Search',
    clear: 'Clear search',
  },
  status: {
    label: 'Status',
    all: 'All statuses',
    open: 'All open cases',
    several: '{count} statuses',
  },
  sort: {
    label: 'Sort by',
    DateCreated: { desc: 'Newest first', asc: 'Oldest first' },
    GrossAmount: { desc: 'Largest amount first', asc: 'Smallest amount first' },
    DueDate: { asc: 'Due date, earliest first', desc: 'Due date, latest first' },
  },
  pageSize: 'Cases per page',
  columns: {
    debtor: 'Debtor',
    yourReference: 'Your reference',
    amount: 'Amount',
    status: 'Status',
    created: 'Sent',
    due: 'Due',
    collected: 'Collected',
  },
  caption: 'Collection cases, {first}–{last} of {total}',
  reference: 'Case {reference}',
  unnamedDebtor: 'Unnamed debtor',
  loading: 'Loading cases…',
  summary: { one: '{first}–{last} of {total} case', other: '{first}–{last} of {total} cases' },
  pager: {
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page {page}',
    current: 'Page {page} of {pages}',
  },
  empty: {
    title: 'No cases yet',
    body: 'Invoices you send to collection appear here, with where each one stands.',
    action: 'Send an invoice to collection',
  },
  noMatch: {
    title: 'No cases match',
    body: 'Try another status or search term.',
    action: 'Show all cases',
  },
  loadFailed: 'The cases could not be loaded.',
};
