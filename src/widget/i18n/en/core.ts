// English texts of the widget shell: shared words, loading, token and API errors, status labels, aria labels.
// `{name}` marks a value filled in by `interpolate`.
import type { Widen } from '../widen.js';

export const core = {
  /** The language these texts are written in: it picks the plural forms (see plural.ts). */
  language: 'en',
  common: {
    retry: 'Try again',
    close: 'Close',
    cancel: 'Cancel',
    back: 'Back',
    continue: 'Continue',
    optional: 'optional',
    required: 'required',
    opensInNewTab: '(opens in a new tab)',
  },
  header: {
    title: 'Debt collection',
    creditor: 'Collecting for {company}',
  },
  loading: {
    connecting: 'Connecting to Debitura…',
    view: 'Loading…',
  },
  token: {
    signedOut: {
      title: 'You are signed out',
      body: 'Your session has ended. Sign in again, then try again.',
    },
    notLinked: {
      title: 'Debt collection is not set up for this account',
      body: 'This account is not linked to Debitura yet. Ask an administrator to activate debt collection.',
    },
    forbidden: {
      title: 'Access denied',
      body: 'You do not have permission to use debt collection for this account.',
    },
    unavailable: {
      title: 'Cannot connect',
      body: 'The connection to debt collection could not be set up. Check your connection and try again.',
    },
    notConfigured: {
      title: 'Debt collection is not configured',
      body: 'This page does not say where to get access from. The website owner needs to set a token endpoint.',
    },
  },
  errors: {
    authentication: {
      title: 'Your access has expired',
      body: 'Debitura did not accept your access. Sign in again, then try again.',
    },
    connection: {
      title: 'Cannot reach Debitura',
      body: 'Check your internet connection and try again.',
    },
    rateLimited: {
      title: 'Too many requests',
      body: {
        one: 'Please wait {seconds} second and try again.',
        other: 'Please wait {seconds} seconds and try again.',
      },
    },
    server: {
      title: 'Something went wrong at Debitura',
      body: 'This is not your fault. Try again in a moment.',
    },
    validation: {
      title: 'Please check the highlighted fields',
      body: 'Some details were not accepted.',
    },
    business: {
      title: 'Debitura cannot accept this yet',
      body: 'An action is needed before the case can go ahead.',
    },
    unexpected: {
      title: 'Unexpected answer',
      body: 'Debitura sent something we did not expect. Try again later or contact support.',
    },
    notFound: {
      title: 'Not found',
      body: 'This case does not exist or you do not have access to it.',
    },
    viewLoad: {
      title: 'This part of the page could not load',
      body: 'Check your internet connection and try again. If it keeps failing, reload the page.',
    },
  },
  status: {
    PendingContractSigning: 'Awaiting contract signing',
    PendingVerificationInternal: 'Being verified',
    PendingVerification: 'Awaiting partner review',
    NeedsAdditionalDetails: 'More information needed',
    Leads: 'Collecting quotes',
    LeadsQuoteGiven: 'Choose a quote',
    Active: 'Active',
    Paused: 'Paused',
    Closed: 'Closed',
    Merged: 'Merged',
    unknown: 'Unknown status',
  },
  statusFamily: {
    pending: 'Waiting',
    action: 'Action needed',
    active: 'In collection',
    paused: 'Paused',
    recovered: 'Recovered',
    closed: 'Closed',
  },
  aria: {
    widget: 'Debt collection',
    loading: 'Loading',
    errorAlert: 'Error',
    retry: 'Try loading again',
  },
};

export type CoreMessages = Widen<typeof core>;
