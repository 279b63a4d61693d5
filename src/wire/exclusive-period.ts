// GET /cases/{id}/exclusive-period (Customer API): how long the collection partner keeps the case to itself, and
// each debtor action that extended it. Debitura answers 404 while collection has not started.
import { array, int, object, optional, string } from 'zod/mini';
import type * as z from 'zod/mini';
import { isoDateTime, optNull } from './formats.js';

/** What triggers an extension, as the spec lists them; an open string on the wire. */
export const exclusivePeriodExtensionTypes = ['PromiseToPay', 'PaymentAgreement', 'Payment', 'Manual'] as const;
export type ExclusivePeriodExtensionType = (typeof exclusivePeriodExtensionTypes)[number];

export const exclusivePeriodStatuses = ['Active', 'Expired', 'Terminated'] as const;
export type ExclusivePeriodStatus = (typeof exclusivePeriodStatuses)[number];

export const ExclusivePeriodExtensionDto = object({
  type: optNull(string()),
  eventDate: optional(isoDateTime),
  newEndDate: optional(isoDateTime),
});
export type ExclusivePeriodExtensionDto = z.infer<typeof ExclusivePeriodExtensionDto>;

export const ExclusivePeriodDto = object({
  engagementStartDate: optional(isoDateTime),
  currentEndDate: optional(isoDateTime),
  /** Negative once the period ran out; zero when it was ended early. */
  daysRemaining: optional(int()),
  status: optNull(string()),
  extensions: optNull(array(ExclusivePeriodExtensionDto)),
});
export type ExclusivePeriodDto = z.infer<typeof ExclusivePeriodDto>;
