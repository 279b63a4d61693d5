// English texts of what the case detail shows about the collection engagement: the case's own tasks, the quote
// requests and partners' quotes, and the exclusive collection period. Task types, deadlines and actions use the
// tasks view's texts, so a task reads the same in both places.
import type { Widen } from '../widen.js';

export const engagement = {
  tasks: {
    heading: 'Needs your attention',
    intro: 'What Debitura needs from you before this case can go ahead.',
  },
  quotes: {
    heading: 'Quotes',
    request: 'Quote request of {date}',
    requestStatuses: {
      Open: 'Collecting quotes',
      QuotesReceived: 'Quotes received: choose one',
      Accepted: 'A quote was chosen',
      Closed: 'Closed',
      Expired: 'Expired',
    },
    count: {
      one: '{count} quote received, at most {max}',
      other: '{count} quotes received, at most {max}',
    },
    none: 'No quotes yet: collection partners are preparing them.',
    listLabel: 'Quotes from collection partners',
    partner: 'Collection partner',
    agreement: 'Agreement',
    pricing: 'Price',
    solution: 'Proposed solution',
    status: 'Status',
    received: 'Received {date}',
    unnamedPartner: 'A collection partner',
    agreementTypes: {
      SuccessFee: 'Success fee',
      Hybrid: 'Hours plus success fee',
      Hourly: 'Hourly rate',
      FlatFee: 'Flat fee',
    },
    quoteStatuses: {
      Submitted: 'Waiting for your choice',
      Accepted: 'Chosen',
      Rejected: 'Declined',
      Expired: 'Expired',
      Withdrawn: 'Withdrawn',
    },
    price: {
      successFee: '{percent} of what is recovered',
      hourly: '{rate} per hour, about {hours} hours',
      hourlyRate: '{rate} per hour',
      flatFee: 'About {amount} in total',
      estimate: 'Estimated cost {amount}',
      otherCosts: 'Other costs {amount}',
      none: 'The quote states its price at Debitura.',
    },
    openQuote: 'See the full quote',
    openQuoteLabel: 'See the full quote from {partner}',
    presentedByPartner: 'Continue in the window that just opened.',
  },
  exclusive: {
    heading: 'Exclusive collection period',
    intro:
      'While the period runs, only the collection partner works on the case. Debtor payments and agreements extend it.',
    started: 'Started',
    ends: 'Ends',
    ended: 'Ended',
    remaining: 'Days left',
    status: 'Status',
    statuses: {
      Active: 'Running',
      Expired: 'Ran out',
      Terminated: 'Ended early',
    },
    extensions: 'Extensions',
    noExtensions: 'Not extended so far.',
    extension: '{type} on {date}: extended to {end}',
    extensionTypes: {
      PromiseToPay: 'Promise to pay',
      PaymentAgreement: 'Payment agreement',
      Payment: 'Payment',
      Manual: 'Extended by Debitura',
    },
  },
};

export type EngagementMessages = Widen<typeof engagement>;
