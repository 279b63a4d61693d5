// A task's deadline in the reader's words ("Due in 3 days (4 Dec 2026)"), the same in the tasks view and on a
// case. Pure, so it is tested in node.
import type { TaskDto } from '../../../wire/tasks.js';
import { formatDate } from '../../format/date.js';
import type { TasksMessages } from '../../i18n/en/tasks.js';
import { interpolate } from '../../i18n/interpolate.js';
import { deadlineState, relativeDays } from './task-order.js';

export function deadlineText(
  task: Pick<TaskDto, 'deadline'>,
  now: Date,
  words: TasksMessages,
  locale: string,
): { text: string; overdue: boolean } {
  const deadline = deadlineState(task, now);
  if (deadline.kind === 'none') return { text: words.deadline.none, overdue: false };
  const overdue = deadline.kind === 'overdue';
  return {
    text: interpolate(overdue ? words.deadline.overdue : words.deadline.due, {
      relative: relativeDays(deadline, locale),
      date: formatDate(task.deadline, locale),
    }),
    overdue,
  };
}
