// What the action button of a task does. A chat reply happens inside the widget, in the case's messages; every
// other task is resolved on Debitura's own page (`solutionUrl`), opened only when it is a trusted Debitura URL.
import { taskTypes, type TaskDto, type TaskType } from '../../../wire/tasks.js';
import type { RequiredActionKind } from '../../events/debitura-events.js';
import { withReturnUrl } from '../../handoff/handoff-link.js';

export type TaskAction =
  | { kind: 'reply'; caseId: string }
  | { kind: 'handoff'; url: string; actionKind: RequiredActionKind; reasons: string[] }
  | { kind: 'none' };

/** The type the widget names in its own words; a type Debitura adds later is shown as a general task. */
export function knownTaskType(type: string | null | undefined): TaskType {
  return taskTypes.find((known) => known === type) ?? 'Generic';
}

export function taskAction(
  task: TaskDto,
  options: { returnUrl: string | null; isAllowed: (url: string) => boolean },
): TaskAction {
  if (task.type === 'ReplyToChat' && task.caseId) return { kind: 'reply', caseId: task.caseId };
  const url = task.solutionUrl;
  if (!url || !options.isAllowed(url)) return { kind: 'none' };
  const linked = withReturnUrl(url, options.returnUrl);
  if (!options.isAllowed(linked)) return { kind: 'none' };
  return {
    kind: 'handoff',
    url: linked,
    actionKind: task.type === 'SignContract' ? 'signing' : 'task',
    reasons: task.type ? [task.type] : [],
  };
}
