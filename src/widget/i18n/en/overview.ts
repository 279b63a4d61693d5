// English texts of the overview: the account at a glance, with open cases per status, money outstanding and
// recovered per currency, the tasks waiting and the latest events. Status names come from the shared `status` texts.
import type { Widen } from '../widen.js';

export const overview = {
  title: 'Overview',
  intro: 'Your collection cases at a glance.',
  allCases: 'All cases',
  loading: 'Loading your overview…',
  loadFailed: 'The overview could not be loaded.',
  empty: {
    title: 'No cases yet',
    body: 'Once you send an unpaid invoice to collection, its progress shows up here.',
    newCase: 'Start a case',
  },
  truncated: 'Figures from the latest {shown} of {total} cases.',
  lifecycle: {
    heading: 'Open cases by status',
    total: { one: '{count} open case', other: '{count} open cases' },
    none: 'No case is open right now.',
    chartLabel: 'Open cases per status, as bars',
    showTable: 'Show as a table',
    hideTable: 'Hide the table',
    tableCaption: 'Open cases per status',
    status: 'Status',
    cases: 'Cases',
  },
  money: {
    heading: 'Outstanding and recovered',
    caption: 'Money per currency',
    currency: 'Currency',
    outstanding: 'Outstanding',
    recovered: 'Recovered',
    share: 'Recovered share',
    noCurrency: 'No currency',
  },
  tasks: {
    heading: 'Waiting for you',
    none: 'Nothing waits for you.',
    open: 'See your tasks',
  },
  events: {
    heading: 'Latest events',
    none: 'Nothing has happened on your cases yet.',
    openCase: 'Case {reference}',
    openCaseLabel: 'Open case {reference}',
  },
  updated: 'The overview was updated.',
};

export type OverviewMessages = Widen<typeof overview>;
