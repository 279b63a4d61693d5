// The order and the deadline wording of the creditor's tasks: what is overdue comes first, then what is due
// soonest, then tasks without a deadline, oldest first (they have waited longest). Pure, so it is tested in node.
import type { TaskDto } from '../../../wire/tasks.js';
import { parseDebituraInstant } from '../../format/date.js';

const dayMs = 86_400_000;

export type DeadlineState =
  | { kind: 'none' }
  /** `days`: whole calendar days (UTC) since the deadline; 0 when it passed earlier today. */
  | { kind: 'overdue'; days: number }
  /** `days`: whole calendar days (UTC) until the deadline; 0 when it is later today. */
  | { kind: 'due'; days: number };

function instant(value: string | null | undefined): number | null {
  return value ? (parseDebituraInstant(value)?.getTime() ?? null) : null;
}

/** Where a task stands against its deadline at `now`. */
export function deadlineState(task: Pick<TaskDto, 'deadline'>, now: Date): DeadlineState {
  const deadline = instant(task.deadline);
  if (deadline === null) return { kind: 'none' };
  const days = Math.abs(Math.floor(deadline / dayMs) - Math.floor(now.getTime() / dayMs));
  return deadline < now.getTime() ? { kind: 'overdue', days } : { kind: 'due', days };
}

/** Most urgent first: by deadline (overdue ones are the earliest), then undated ones by age; stable by id. */
export function sortTasks(tasks: readonly TaskDto[]): TaskDto[] {
  return [...tasks].sort(
    (a, b) =>
      compareNullsLast(instant(a.deadline), instant(b.deadline)) ||
      compareNullsLast(instant(a.dateCreated), instant(b.dateCreated)) ||
      (a.id ?? '').localeCompare(b.id ?? ''),
  );
}

function compareNullsLast(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a - b;
}

/** "in 3 days", "tomorrow", "2 days ago" in `locale`: the relative part of the deadline wording. */
export function relativeDays(state: DeadlineState, locale: string): string {
  if (state.kind === 'none') return '';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return format.format(state.kind === 'overdue' ? -state.days : state.days, 'day');
}

/** Open tasks per case, for the case list's badges. Account-level tasks without a case are not counted. */
export function openTasksByCase(tasks: readonly TaskDto[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const task of tasks) {
    if (!task.caseId || (task.status && task.status !== 'Open')) continue;
    counts.set(task.caseId, (counts.get(task.caseId) ?? 0) + 1);
  }
  return counts;
}

/** What makes two answers differ for the reader: which tasks are open, and their deadlines and texts. */
export function taskQueueFingerprint(tasks: readonly TaskDto[]): string {
  return JSON.stringify(
    sortTasks(tasks).map((task) => [task.id, task.status, task.deadline, task.title, task.description]),
  );
}
