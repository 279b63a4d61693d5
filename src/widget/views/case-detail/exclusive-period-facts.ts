// What the case detail says about the exclusive collection period: whether it runs, from when to when, how many
// days are left, and each extension in the order it happened. Pure, so it is tested in node.
import type { ExclusivePeriodDto, ExclusivePeriodExtensionDto } from '../../../wire/exclusive-period.js';
import type { CustomerApi } from '../../api/customer-api-client.js';
import { toApiError } from '../../api/api-error.js';
import { parseDebituraInstant } from '../../format/date.js';
import { numberFormat } from '../../format/formatter-cache.js';

const dayMs = 86_400_000;

export interface ExclusivePeriodFacts {
  /** The period still runs (Debitura's `Active`); an unknown status counts as running while its end is ahead. */
  running: boolean;
  status: string | null;
  start: string | null;
  end: string | null;
  /** Whole days until the end; null once the period is over. */
  daysRemaining: number | null;
  extensions: ExclusivePeriodExtensionDto[];
}

function time(value: string | null | undefined): number | null {
  return value ? (parseDebituraInstant(value)?.getTime() ?? null) : null;
}

export function exclusivePeriodFacts(period: ExclusivePeriodDto, now: Date): ExclusivePeriodFacts {
  const end = time(period.currentEndDate);
  const running = period.status === 'Active' || (!period.status && end !== null && end > now.getTime());
  const computed = end === null ? null : Math.max(0, Math.ceil((end - now.getTime()) / dayMs));
  const extensions = [...(period.extensions ?? [])].sort((a, b) => (time(a.eventDate) ?? 0) - (time(b.eventDate) ?? 0));
  return {
    running,
    status: period.status ?? null,
    start: period.engagementStartDate ?? null,
    end: period.currentEndDate ?? null,
    daysRemaining: running ? Math.max(0, period.daysRemaining ?? computed ?? 0) : null,
    extensions,
  };
}

/** "120 days", "120 dage", "120 Tage": a count of days in the reader's language. */
export function formatDays(days: number, locale: string): string {
  return numberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}

/** The case's period, or null while there is none (Debitura answers 404 until collection starts). */
export async function loadExclusivePeriod(
  client: CustomerApi,
  caseId: string,
  signal: AbortSignal,
): Promise<ExclusivePeriodDto | null> {
  try {
    return await client.getExclusivePeriod(caseId, signal);
  } catch (error) {
    if (!signal.aborted && toApiError(error).status === 404) return null;
    throw error;
  }
}
