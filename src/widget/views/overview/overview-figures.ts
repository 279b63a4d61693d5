// The overview's figures from the account's cases, tasks and timelines: open cases per lifecycle, what is still
// owed and what came back per currency, and the latest things that happened on any case. Pure, so it is tested in
// node; the loader beside it only fetches.
import type { InvoiceDto } from '../../../wire/case.js';
import { lifecycleStatusOf, lifecycleStatuses, type LifecycleStatus } from '../../../wire/case-vocabulary.js';
import type { TimelineItemDto } from '../../../wire/case-resources.js';
import { parseDebituraInstant } from '../../format/date.js';
import { statusFamily, type StatusFamily } from '../../status/lifecycle-family.js';
import { caseAmounts } from '../cases/case-amounts.js';

/** Lifecycles of a case that is over: everything else is open. */
const finished: readonly LifecycleStatus[] = ['Closed', 'Merged'];

export interface LifecycleCount {
  status: LifecycleStatus;
  family: StatusFamily;
  count: number;
}

export interface CurrencyFigures {
  /** ISO 4217 code, or '' when Debitura sent none. */
  currency: string;
  /** Still owed on the open cases. */
  outstanding: number;
  /** Came back on any case, open or closed. */
  recovered: number;
  openCases: number;
}

export interface OverviewFigures {
  totalCases: number;
  openCases: number;
  /** Open cases per lifecycle, in Debitura's lifecycle order; lifecycles without a case are left out. */
  byLifecycle: LifecycleCount[];
  /** Per currency, the one with the most open cases first. */
  amounts: CurrencyFigures[];
}

function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

export function isOpenCase(item: Pick<InvoiceDto, 'lifecycle'>): boolean {
  const status = item.lifecycle ? lifecycleStatusOf(item.lifecycle) : undefined;
  return !status || !finished.includes(status);
}

export function overviewFigures(cases: readonly InvoiceDto[]): OverviewFigures {
  const perStatus = new Map<LifecycleStatus, number>();
  const perCurrency = new Map<string, CurrencyFigures>();
  let openCases = 0;
  for (const item of cases) {
    const open = isOpenCase(item);
    const amounts = caseAmounts(item);
    const currency = (amounts.currency ?? '').trim().toUpperCase();
    const figures = perCurrency.get(currency) ?? { currency, outstanding: 0, recovered: 0, openCases: 0 };
    figures.recovered = cents(figures.recovered + (amounts.collected ?? 0));
    if (open) {
      openCases++;
      figures.openCases++;
      figures.outstanding = cents(figures.outstanding + (amounts.outstanding ?? 0));
      const status = item.lifecycle ? lifecycleStatusOf(item.lifecycle) : undefined;
      // A lifecycle Debitura adds later is counted with the cases waiting for Debitura.
      const key = status ?? 'PendingVerification';
      perStatus.set(key, (perStatus.get(key) ?? 0) + 1);
    }
    perCurrency.set(currency, figures);
  }
  return {
    totalCases: cases.length,
    openCases,
    byLifecycle: lifecycleStatuses
      .filter((status) => perStatus.has(status))
      .map((status) => ({ status, family: statusFamily(status), count: perStatus.get(status)! })),
    amounts: [...perCurrency.values()]
      .filter((figures) => figures.openCases > 0 || figures.recovered > 0)
      .sort((a, b) => b.openCases - a.openCases || b.recovered - a.recovered || a.currency.localeCompare(b.currency)),
  };
}

/** A bar's length in percent of the longest, at least a sliver for any non-zero value so it stays visible. */
export function barPercent(value: number, largest: number): number {
  if (value <= 0 || largest <= 0) return 0;
  return Math.max(2, Math.round((value / largest) * 1000) / 10);
}

/** The share of a currency's money that came back, in percent (0 when there is none either way). */
export function recoveredShare(figures: Pick<CurrencyFigures, 'recovered' | 'outstanding'>): number {
  const whole = figures.recovered + figures.outstanding;
  return whole > 0 ? Math.round((figures.recovered / whole) * 1000) / 10 : 0;
}

export interface CaseEvent {
  caseId: string;
  reference: string;
  item: TimelineItemDto;
}

function time(value: string | null | undefined): number {
  return (value ? parseDebituraInstant(value)?.getTime() : undefined) ?? 0;
}

/** The cases most recently changed: their timelines hold the latest events of the account. */
export function recentlyChanged(cases: readonly InvoiceDto[], count: number): InvoiceDto[] {
  return [...cases]
    .filter((item) => item.id)
    .sort((a, b) => time(b.dateUpdated ?? b.dateCreated) - time(a.dateUpdated ?? a.dateCreated))
    .slice(0, count);
}

/** The newest `limit` entries of the given cases' timelines, newest first. */
export function latestEvents(
  timelines: ReadonlyArray<{ item: InvoiceDto; entries: readonly TimelineItemDto[] }>,
  limit: number,
): CaseEvent[] {
  return timelines
    .flatMap(({ item, entries }) =>
      entries.map((entry) => ({
        caseId: item.id ?? '',
        reference: item.reference ?? item.creditorReference ?? (item.id ?? '').slice(0, 8),
        item: entry,
      })),
    )
    .filter((event) => event.caseId && event.item.date)
    .sort((a, b) => time(b.item.date) - time(a.item.date))
    .slice(0, limit);
}
