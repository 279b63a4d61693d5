// Groups Debitura's ten lifecycle statuses into the few families that get their own colour, so a status badge
// tells at a glance whether the creditor has to act, wait, or is done.
import { lifecycleStatusOf, recoveredCloseCodes, type LifecycleStatus } from '../../wire/case-vocabulary.js';

export type StatusFamily = 'pending' | 'action' | 'active' | 'paused' | 'recovered' | 'closed';

export const statusFamilies: readonly StatusFamily[] = ['pending', 'action', 'active', 'paused', 'recovered', 'closed'];

const familyOfStatus = {
  PendingContractSigning: 'action',
  PendingVerificationInternal: 'pending',
  PendingVerification: 'pending',
  NeedsAdditionalDetails: 'action',
  Leads: 'pending',
  LeadsQuoteGiven: 'action',
  Active: 'active',
  Paused: 'paused',
  Closed: 'closed',
  Merged: 'closed',
} as const satisfies Record<LifecycleStatus, StatusFamily>;

/** The family of a case's `lifecycle` (label or enum name); closed cases that recovered money are "recovered". */
export function statusFamily(lifecycle: string | null | undefined, closeCode?: string | null): StatusFamily {
  const status = lifecycle ? lifecycleStatusOf(lifecycle) : undefined;
  if (!status) return 'pending';
  if (status === 'Closed' && closeCode && (recoveredCloseCodes as readonly string[]).includes(closeCode))
    return 'recovered';
  return familyOfStatus[status];
}
