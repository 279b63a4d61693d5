// English texts of the payments view: the money recovered across every case, with totals per currency, a date
// range and the detail of each payment. Methods and recipients use the case detail's words for them.
import type { Widen } from '../widen.js';

export const payments = {
  title: 'Recovered money',
  intro: 'Every payment Debitura recorded on your cases, newest first.',
  allCases: 'All cases',
  loading: 'Loading your payments…',
  loadFailed: 'Your payments could not be loaded.',
  empty: {
    title: 'No payments yet',
    body: 'When a debtor pays on one of your cases, the payment shows up here.',
  },
  range: {
    legend: 'Date range',
    from: 'From',
    to: 'To',
    clear: 'Show all dates',
    reversed: 'The start date must be on or before the end date.',
  },
  noneInRange: 'No payments in this date range.',
  count: { one: '{count} payment', other: '{count} payments' },
  totals: {
    heading: 'Recovered in total',
    inRange: 'Recovered from {from} to {to}',
    since: 'Recovered since {from}',
    until: 'Recovered until {to}',
  },
  truncated: 'Showing the latest {shown} of {total} payments.',
  caption: 'Payments, newest first',
  columns: {
    date: 'Date',
    case: 'Case',
    amount: 'Amount',
    method: 'Method',
    recipient: 'Paid to',
    details: 'Details',
  },
  openCase: 'Case {reference}',
  openCaseLabel: 'Open case {reference}',
  unknownCase: 'No case',
  details: 'Details',
  detailsLabel: 'Details of the payment of {amount} on {date}',
  detail: {
    heading: 'Payment of {date}',
    loading: 'Loading the payment…',
    failed: 'This payment could not be loaded.',
    close: 'Close the details',
    amount: 'Amount',
    date: 'Paid on',
    method: 'Method',
    recipient: 'Paid to',
    case: 'Case',
    caseStatus: 'Case status',
    recorded: 'Recorded',
    changed: 'Last changed',
    id: 'Payment ID',
  },
  pager: {
    label: 'Pages of payments',
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page {page}',
    current: 'Page {page} of {pages}',
  },
  updated: 'Your payments were updated.',
};

export type PaymentsMessages = Widen<typeof payments>;
