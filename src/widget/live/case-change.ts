// Decides whether a freshly polled case differs from the one on screen in a way the creditor cares about, and
// whether its status moved (which is announced and reported to the partner page).
import type { InvoiceDto } from '../../wire/case.js';
import { lifecycleStatusOf } from '../../wire/case-vocabulary.js';

/** The fields whose change means the view should refresh. */
export function caseFingerprint(item: InvoiceDto): string {
  return JSON.stringify([
    lifecycleStatusOf(item.lifecycle ?? '') ?? item.lifecycle ?? null,
    item.closeCode ?? null,
    item.grossAmount ?? null,
    item.remainder ?? null,
    item.totalAddedFees ?? null,
    item.dateUpdated ?? null,
    item.dateFinished ?? null,
    item.validation?.needsInfo ?? null,
    item.collectionPartner?.name ?? null,
    item.currentEngagementPhase ?? null,
  ]);
}

export interface CaseChange {
  changed: boolean;
  /** The status moved (lifecycle or close code); a payment alone does not count. */
  statusChanged: boolean;
}

export function compareCases(previous: InvoiceDto, next: InvoiceDto): CaseChange {
  const statusChanged =
    (lifecycleStatusOf(previous.lifecycle ?? '') ?? previous.lifecycle) !==
      (lifecycleStatusOf(next.lifecycle ?? '') ?? next.lifecycle) ||
    (previous.closeCode ?? null) !== (next.closeCode ?? null);
  return { changed: statusChanged || caseFingerprint(previous) !== caseFingerprint(next), statusChanged };
}
