// A case's exclusive collection period (REFERENCE §3.5): six months from the start of collection, restarted
// by each debtor payment that falls inside it (an extension of type "Payment"). A closed case's period is
// terminated on the day it closed. The seed sets `InvoiceDto.exclusivePeriodEndDate` from the same chain,
// so the case and GET /cases/{id}/exclusive-period agree.
import { lifecycleLabels, type InvoiceDto, type PaymentDto } from '../../wire/index.js';

const dayMs = 86_400_000;
/** Debitura's initial exclusive period is about six months. */
export const EXCLUSIVE_PERIOD_DAYS = 183;

export type ExclusivePeriodStatus = 'Active' | 'Expired' | 'Terminated';

export interface ExclusivePeriodExtension {
  type: 'PromiseToPay' | 'PaymentAgreement' | 'Payment' | 'Manual';
  eventDate: string;
  newEndDate: string;
}

/** ExclusivePeriodDto of the Customer API spec. */
export interface ExclusivePeriod {
  engagementStartDate: string;
  currentEndDate: string;
  daysRemaining: number;
  status: ExclusivePeriodStatus;
  extensions: ExclusivePeriodExtension[];
}

/** The end date and extensions the payments give a period that started at `start`. */
export function exclusivePeriodChain(
  start: Date,
  payments: readonly PaymentDto[],
): { end: Date; extensions: ExclusivePeriodExtension[] } {
  let end = new Date(start.getTime() + EXCLUSIVE_PERIOD_DAYS * dayMs);
  const extensions: ExclusivePeriodExtension[] = [];
  const dates = payments.map((payment) => new Date(payment.date ?? 0)).sort((a, b) => a.getTime() - b.getTime());
  for (const paid of dates) {
    if (paid < start || paid > end) continue;
    const newEnd = new Date(paid.getTime() + EXCLUSIVE_PERIOD_DAYS * dayMs);
    if (newEnd <= end) continue;
    end = newEnd;
    extensions.push({ type: 'Payment', eventDate: paid.toISOString(), newEndDate: end.toISOString() });
  }
  return { end, extensions };
}

/** The period of a case, or undefined when collection never started (the spec's 404). */
export function exclusivePeriodOf(
  invoice: InvoiceDto,
  payments: readonly PaymentDto[],
  now: Date,
): ExclusivePeriod | undefined {
  if (!invoice.dateCollectionStarted) return undefined;
  const start = new Date(invoice.dateCollectionStarted);
  const { end, extensions } = exclusivePeriodChain(start, payments);
  const closed = invoice.lifecycle === lifecycleLabels.Closed || invoice.lifecycle === lifecycleLabels.Merged;
  if (closed) {
    const finished = new Date(invoice.dateFinished ?? invoice.dateUpdated ?? now.toISOString());
    const endedAt = finished < end ? finished : end;
    return {
      engagementStartDate: start.toISOString(),
      currentEndDate: endedAt.toISOString(),
      daysRemaining: 0,
      status: finished < end ? 'Terminated' : 'Expired',
      extensions: extensions.filter((extension) => new Date(extension.eventDate) <= finished),
    };
  }
  const remaining = Math.max(0, Math.ceil((end.getTime() - now.getTime()) / dayMs));
  return {
    engagementStartDate: start.toISOString(),
    currentEndDate: end.toISOString(),
    daysRemaining: remaining,
    status: end > now ? 'Active' : 'Expired',
    extensions,
  };
}
