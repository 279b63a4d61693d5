// English texts of the new-case flow: the form, its validation messages, the price preview, the confirmation,
// and every outcome of submitting. `{name}` marks a value filled in by `interpolate`.

/** Maps every string literal of a catalogue to `string`, so translations keep the keys but may say anything. */
export type Widen<T> = T extends string ? string : T extends object ? { [K in keyof T]: Widen<T[K]> } : T;

export const newCase = {
  steps: {
    form: 'New collection case',
    preview: 'Check price and send',
    submitting: 'Sending case…',
    success: 'Case sent to collection',
    problem: 'The case was not sent',
    progress: 'Step {current} of {total}',
  },
  intro: 'Send an unpaid invoice to debt collection. Fields marked * are required.',
  sections: {
    debtor: 'Who owes the money',
    invoice: 'The invoice',
    notes: 'For the collection partner',
    age: 'Older invoices',
  },
  fields: {
    debtorType: {
      label: 'Debtor type',
      company: 'Company',
      private: 'Private person',
    },
    name: {
      labelCompany: 'Company name',
      labelPrivate: 'Full name',
    },
    contactPerson: { label: 'Contact person' },
    companyRegistrationNumber: {
      label: 'Company registration number',
      hint: 'VAT, CVR or organisation number',
    },
    address: { label: 'Address' },
    zipCode: { label: 'Postcode' },
    city: { label: 'City' },
    country: {
      label: 'Country',
      hint: 'Start typing to search',
    },
    stateAlpha2: {
      label: 'State',
      choose: 'Choose a state',
    },
    email: { label: 'Email' },
    phone: { label: 'Phone' },
    amountToRecover: {
      label: 'Amount to recover',
      hint: 'The unpaid principal, without interest or fees',
    },
    currencyCode: { label: 'Currency' },
    date: { label: 'Invoice date' },
    dueDate: { label: 'Due date' },
    creditorReference: {
      label: 'Your reference',
      hint: 'For example your invoice number. Must be unique.',
    },
    comments: {
      label: 'Comments for the collection partner',
      hint: 'Payment history, agreements, disputes: anything that helps collect the debt.',
      counter: '{count} of {max} characters',
    },
    ageSplit: {
      toggle: 'The debt includes invoices older than 6 months',
      intro: 'Split the amount by how long it has been overdue. Older debt can cost a higher success fee.',
      over6: 'Of which overdue more than 6 months',
      over12: 'Of which overdue more than 12 months',
      over24: 'Of which overdue more than 24 months',
    },
  },
  validation: {
    required: '{field} is required.',
    tooLong: 'Use at most {max} characters.',
    email: 'Enter an email address like name@example.com.',
    phone: 'Enter a phone number using digits, spaces and + ( ) - only.',
    country: 'Choose a country from the list.',
    state: 'Choose the US state.',
    currency: 'Choose a currency from the list.',
    amount: 'Enter an amount greater than 0, like 1250.50.',
    amountFormat: 'Enter a number, like 1250.50.',
    date: 'Enter a valid date.',
    dateInFuture: 'The date cannot be in the future.',
    dueBeforeInvoice: 'The due date cannot be before the invoice date.',
    ageOver6NeedsOlder: 'Also fill in the amounts over 12 and over 24 months, or leave all three empty.',
    agePairNeeded: 'Fill in the amounts over 12 and over 24 months together.',
    ageOver6BelowOver12: 'Must be at least the amount over 12 months.',
    ageOver12BelowOver24: 'Must be at least the amount over 24 months.',
    ageAboveTotal: 'Cannot be more than the amount to recover.',
    summary: 'Please fix {count} problems in the form.',
    summaryOne: 'Please fix 1 problem in the form.',
    fromDebitura: 'Debitura did not accept this value: {message}',
  },
  actions: {
    preview: 'Check price',
    previewBusy: 'Checking price…',
    edit: 'Back to edit',
    submit: 'Send to collection',
    submitBusy: 'Sending…',
    submitPending: 'Send and sign later',
    retry: 'Try again',
    createAnother: 'Create another case',
    openSigning: 'Open signing',
    openKyc: 'Verify your company',
    openLink: 'Open the next step',
  },
  preview: {
    eligible: 'Debitura can take this case.',
    notEligible: 'Debitura cannot take this case.',
    notEligibleReason: 'Reason: {reason}',
    notEligibleHelp: 'Go back to edit the debtor or the amount, or contact Debitura support.',
    summary: 'Summary',
    debtor: 'Debtor',
    amount: 'Amount to recover',
    partner: 'Collection partner',
    partnerValue: '{name} ({country})',
    jurisdiction: 'Jurisdiction',
    pricing: 'Success fee',
    pricingIntro: 'You only pay when money is recovered. The fee is a share of what is recovered.',
    baseFee: 'Base fee',
    ageSurcharge: 'Surcharge for older debt',
    totalFee: 'Total success fee',
    pricingSource: 'Price based on',
    none: 'Not assigned yet',
    requiredActions: 'Before the case can start',
    requiredActionsIntro: 'These steps are needed. You can complete them now or send the case and sign later.',
    kycOnFile: 'Your company verification is on file.',
    kycNeeded: 'Debitura needs to verify your company for this jurisdiction.',
    confirm:
      'I confirm that the debt is due, undisputed as far as I know, and that I want Debitura to start collection on the terms shown above.',
    confirmRequired: 'Tick the box to confirm before sending.',
  },
  success: {
    body: 'Debitura has received the case.',
    reference: 'Debitura case reference',
    yourReference: 'Your reference',
    amount: 'Amount',
    status: 'Status',
    signingNeeded: 'The case starts once the pending contracts are signed.',
  },
  outcomes: {
    MissingDebtCollectionContract: {
      title: 'Sign the debt collection agreement first',
      body: 'Your company has not signed the debt collection agreement with Debitura yet. Sign it, then send the case again, or send it now and sign later.',
    },
    MissingPowerOfAttorney: {
      title: 'Sign the power of attorney first',
      body: 'The collection partner needs a power of attorney to act for you in this country. Sign it, then send the case again, or send it now and sign later.',
    },
    MissingKycVerification: {
      title: 'Verify your company first',
      body: 'For this country Debitura must verify who runs your company before a case can start. Complete the verification, then send the case again.',
    },
    NoPartnerAvailable: {
      title: 'No collection partner for this debtor',
      body: 'Debitura has no collection partner covering the debtor’s country or region. Check the country, or contact Debitura support.',
    },
    CreditorBlocked: {
      title: 'Your account cannot send cases right now',
      body: 'Debitura has paused case submission for your company. Contact Debitura support to resolve it.',
    },
    IdempotencyConflict: {
      title: 'This case was already sent with different details',
      body: 'Go back, check the details and send again.',
    },
    unknown: {
      title: 'Debitura cannot accept this case yet',
      body: '{message}',
    },
    duplicateReference: {
      title: 'This reference is already used',
      body: 'Another case already has this reference. Change your reference and try again.',
    },
    validation: {
      title: 'Some details were not accepted',
      body: 'Fix the highlighted fields and try again.',
    },
    network: {
      title: 'Cannot reach Debitura',
      body: 'Nothing was lost. Check your connection and try again: the case will not be sent twice.',
    },
    rateLimited: {
      title: 'Too many requests',
      body: 'Trying again in {seconds} seconds…',
      ready: 'You can try again now.',
    },
    server: {
      title: 'Something went wrong at Debitura',
      body: 'Nothing was lost. Try again in a moment: the case will not be sent twice.',
    },
    handoffBlocked: 'The link for the next step is not available here. Contact Debitura support.',
    handoffHandled: 'Follow the instructions shown to finish this step, then send the case again.',
    signLaterHint:
      'You can also send the case now. It waits in “Awaiting contract signing” until everything is signed.',
  },
  live: {
    previewReady: 'Price checked. Review and confirm.',
    previewNotEligible: 'Debitura cannot take this case.',
    submitted: 'Case {reference} sent to collection.',
    failed: 'The case was not sent. {title}',
    fieldErrors: 'The form has {count} problems.',
  },
  aria: {
    form: 'New collection case',
    requiredMark: 'required',
    removeAgeSplit: 'Hide older invoice amounts',
  },
};

export type NewCaseMessages = Widen<typeof newCase>;
