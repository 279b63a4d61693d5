// What the overview reads: every page of GET /cases (100 a page, at most `maxCasePages`), the open tasks, and the
// timelines of the few cases changed last, whose entries are the account's latest events.
import type { InvoiceDto } from '../../../wire/case.js';
import type { CustomerApi } from '../../api/customer-api-client.js';
import { loadOpenTasks } from '../tasks/open-tasks.js';
import {
  latestEvents,
  overviewFigures,
  recentlyChanged,
  type CaseEvent,
  type OverviewFigures,
} from './overview-figures.js';

export const casePageSize = 100;
export const maxCasePages = 10;
/** Timelines read for the latest events: the cases changed last. */
const eventCases = 5;
const eventCount = 8;

export interface Overview {
  figures: OverviewFigures;
  /** How many cases the account holds; more than `figures.totalCases` when the pages ran out first. */
  totalResults: number;
  openTasks: number;
  events: CaseEvent[];
}

async function loadCases(client: CustomerApi, signal: AbortSignal): Promise<{ cases: InvoiceDto[]; total: number }> {
  const cases: InvoiceDto[] = [];
  let total = 0;
  for (let page = 1; page <= maxCasePages; page++) {
    const answer = await client.listCases({ Page: page, PageSize: casePageSize }, signal);
    cases.push(...(answer.cases ?? []));
    total = answer.page.totalResults ?? cases.length;
    if (page >= (answer.page.totalPages ?? 1)) break;
  }
  return { cases, total: Math.max(total, cases.length) };
}

export async function loadOverview(client: CustomerApi, signal: AbortSignal): Promise<Overview> {
  const [{ cases, total }, tasks] = await Promise.all([loadCases(client, signal), loadOpenTasks(client, signal)]);
  const timelines = await Promise.all(
    recentlyChanged(cases, eventCases).map(async (item) => ({
      item,
      entries: (await client.getTimeline(item.id!, signal)).items ?? [],
    })),
  );
  return {
    figures: overviewFigures(cases),
    totalResults: total,
    openTasks: tasks.length,
    events: latestEvents(timelines, eventCount),
  };
}
