// GET /tasks and GET /cases/{id}/tasks (Customer API): the creditor's live work queue, what Debitura needs the
// creditor to do before a case can go ahead. Tasks resolve themselves when their cause clears, so a reader polls.
import { array, object, optional, string } from 'zod/mini';
import type * as z from 'zod/mini';
import { PageData } from './case-list.js';
import { isoDateTime, nested, optNull, uuid } from './formats.js';

/** Creditor task types (REFERENCE §3.5). `type` is an open string on the wire: Debitura may add types. */
export const taskTypes = [
  'Generic',
  'ReplyToChat',
  'SelectQuoteWinner',
  'ReviewPartner',
  'ClientInputRequired',
  'SignContract',
  'MoreInfoNeeded',
  'AssignBankAccount',
  'CaseValidationNeedsInfo',
] as const;
export type TaskType = (typeof taskTypes)[number];

export const taskStatuses = ['Open', 'Solved'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** The API call that resolves a task without a human, e.g. `POST /cases/{caseId}/chats`. */
export const TaskActionDto = object({
  method: optNull(string()),
  path: optNull(string()),
});
export type TaskActionDto = z.infer<typeof TaskActionDto>;

export const TaskDto = object({
  id: optional(uuid),
  type: optNull(string()),
  typeLabel: optNull(string()),
  title: optNull(string()),
  description: optNull(string()),
  status: optNull(string()),
  /** Null for account-level tasks (SignContract, AssignBankAccount may still name the case they came from). */
  caseId: optNull(uuid),
  caseReference: optNull(string()),
  leadId: optNull(uuid),
  deadline: optNull(isoDateTime),
  dateCreated: optional(isoDateTime),
  dateSolved: optNull(isoDateTime),
  /** Where a human resolves the task in Debitura's own app; always present. */
  solutionUrl: optNull(string()),
  action: nested(TaskActionDto),
});
export type TaskDto = z.infer<typeof TaskDto>;

/** GET /tasks: one page of the account's tasks. */
export const TaskListDto = object({
  page: PageData,
  tasks: optNull(array(TaskDto)),
});
export type TaskListDto = z.infer<typeof TaskListDto>;

/** Query of GET /tasks, names as the spec spells them; `status` defaults to Open, PageSize to 10 (at most 100). */
export interface TaskListQuery {
  status?: TaskStatus;
  type?: readonly TaskType[];
  Page?: number;
  PageSize?: number;
}
