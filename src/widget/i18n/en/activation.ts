// English texts of the activation screen: what a tenant without Debitura debt collection sees, from the first
// explanation through Debitura's hosted onboarding or link approval. `{name}` marks a value filled in later.
import type { Widen } from '../widen.js';

export const activation = {
  checking: 'Checking your account…',
  pitch: {
    title: 'Collect unpaid invoices with Debitura',
    intro: 'Send overdue invoices to debt collection from here, and follow each case until it is paid.',
    points: {
      noCureNoPay: {
        title: 'No cure, no pay.',
        body: 'You pay a success fee only when money is recovered.',
      },
      localPartners: {
        title: 'Local collection partners.',
        body: 'Each debtor is contacted by a partner in their own country and language.',
      },
      noRetyping: {
        title: 'Nothing to retype.',
        body: 'Your company details come from this app; you send and follow cases right here.',
      },
    },
    coverageTitle: 'Countries covered',
    coverage: 'Debtors in {count} countries: {countries}.',
    nextTitle: 'What happens next',
    nextSteps: {
      create: 'Debitura creates an account for {company} with the details this app already has.',
      confirm: 'If Debitura needs anything more, you confirm it and sign the collection agreement on its page.',
      send: 'You send your first case. The price is shown before anything is sent.',
    },
    yourCompany: 'your company',
    activate: 'Activate debt collection',
    activating: 'Activating…',
    askAdmin: 'Ask an administrator of {company} to activate debt collection.',
  },
  onboarding: {
    title: 'Finish setting up at Debitura',
    body: 'Confirm the company details and sign the collection agreement on Debitura’s page. It takes a few minutes.',
    open: 'Continue at Debitura',
    waitingTitle: 'Finish setting up in the other tab',
    waitingBody: 'When you are done there, come back to this page: it continues by itself.',
    reopen: 'Open the set-up page again',
    checkNow: 'I have finished, check now',
  },
  approval: {
    title: '{company} already has a Debitura account',
    body: 'Someone who manages that account must approve linking it to this app. Open the approval page, or ask them to.',
    open: 'Open the approval page',
    waitingTitle: 'Waiting for the link to be approved',
    waitingBody: 'Once the link is approved, this page continues by itself.',
    reopen: 'Open the approval page again',
    checkNow: 'It is approved, check now',
  },
  handledByHost: 'Follow the instructions shown to finish this step. This page continues by itself afterwards.',
  checkBusy: 'Checking…',
  notYet: 'Not finished at Debitura yet.',
  declined: {
    title: 'The link was declined',
    body: 'Whoever manages the Debitura account of {company} declined linking it to this app. If that was a mistake, ask again.',
  },
  expired: {
    title: 'The link request expired',
    body: 'Nobody approved linking the Debitura account of {company} in time. Ask again to send a new request.',
  },
  askAgain: 'Ask again',
  askAgainBusy: 'Asking…',
  linkedElsewhere: {
    title: 'Debt collection runs through another provider',
    body: '{company} already uses Debitura through another partner, and a company can work with only one. Contact support to change this.',
  },
  invalidClientType: {
    title: 'This Debitura account cannot send cases',
    body: 'The Debitura account of {company} is not a creditor account, so it cannot send collection cases. Contact support.',
  },
  failed: {
    title: 'Could not start activation',
    body: 'Something in the account details stopped the activation. Contact support: they can see what went wrong.',
  },
  unavailable: {
    title: 'Cannot reach debt collection',
    body: 'Check your connection and try again.',
  },
  rateLimited: {
    title: 'Too many attempts',
    body: 'Wait a minute, then try again.',
  },
  support: 'Contact the support team of this app for help.',
  done: 'Debt collection is active.',
};

export type ActivationMessages = Widen<typeof activation>;
