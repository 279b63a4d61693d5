// The words of a case that are not schemas: debtor types, lifecycle statuses and their labels, close codes.
// Apart from case.ts so that code which only needs the words (the widget's form, its status badges) does not
// bring the schemas and their validation library with it.

/**
 * Debtor types the UI offers. The DebtorDto prose says "Company" or "Person", the preview DTO, the
 * validator docs and Debitura's own tools say "Private"; we send "Private". The schema keeps `type` an
 * open string as the spec does.
 */
export const debtorTypes = ['Company', 'Private'] as const;
export type DebtorType = (typeof debtorTypes)[number];

/** Lifecycle enum names, as the `Statuses` filter takes them, in Debitura's order. */
export const lifecycleStatuses = [
  'PendingContractSigning',
  'PendingVerificationInternal',
  'PendingVerification',
  'NeedsAdditionalDetails',
  'Leads',
  'LeadsQuoteGiven',
  'Active',
  'Paused',
  'Closed',
  'Merged',
] as const;
export type LifecycleStatus = (typeof lifecycleStatuses)[number];

/** The label Debitura puts in `InvoiceDto.lifecycle` for each status. */
export const lifecycleLabels = {
  PendingContractSigning: 'Pending contract signing',
  PendingVerificationInternal: 'Pending Verification Internal',
  PendingVerification: 'Pending Verification',
  NeedsAdditionalDetails: 'More Info Required',
  Leads: 'Collecting Quotes',
  LeadsQuoteGiven: 'Pending Quote Selection',
  Active: 'Active',
  Paused: 'Paused',
  Closed: 'Closed',
  Merged: 'Merged',
} as const satisfies Record<LifecycleStatus, string>;
export type LifecycleLabel = (typeof lifecycleLabels)[LifecycleStatus];

/** Every status under its lower-cased name and label; a list of a hundred cases looks each up twice. */
const lifecycleStatusByWord = new Map<string, LifecycleStatus>();
for (const status of lifecycleStatuses) {
  for (const word of [status.toLowerCase(), lifecycleLabels[status].toLowerCase()]) {
    if (!lifecycleStatusByWord.has(word)) lifecycleStatusByWord.set(word, status);
  }
}

/** The status behind a `lifecycle` label (or name; Debitura matches both case-insensitively). */
export function lifecycleStatusOf(labelOrName: string): LifecycleStatus | undefined {
  return lifecycleStatusByWord.get(labelOrName.trim().toLowerCase());
}

/**
 * Every `closeCode` Debitura returns on a closed case, exactly as sent (the en-dashes are part of the
 * values; "Case never started - Internal" has a plain hyphen). The enum names behind them are not
 * published, so the labels are the vocabulary.
 */
export const closeCodeLabels = [
  'Paid',
  'Partially paid',
  'Debtor Insolvent/Bankrupt',
  'Debtor Untraceable',
  'Disputed – Legal Action Declined by Client',
  'Withdrawn by Client',
  'Pre-Legal Exhausted – No Payment',
  'Statute of Limitations Expired',
  'Settlement Rejected by Client',
  'Unresponsive Client',
  'Uneconomical to Pursue',
  'Other',
  'Case never started',
  'Case never started - Internal',
  'Invalid Case Data',
  'No Quotes Received',
  'Quotes Expired – Not Accepted',
] as const;
export type CloseCodeLabel = (typeof closeCodeLabels)[number];

/** The only close codes that mean money was recovered. */
export const recoveredCloseCodes = ['Paid', 'Partially paid'] as const satisfies readonly CloseCodeLabel[];
