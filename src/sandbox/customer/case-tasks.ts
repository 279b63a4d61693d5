// The creditor's tasks (REFERENCE §3.5), derived from the state of its cases and contracts each time they
// are read, so the queue is live: a partner's unanswered chat message is a ReplyToChat task until a
// creditor replies, a case waiting for a signature is a SignContract task until the signing moves it on.
// Ids are stable, so a task keeps its id from one read to the next.
import { chatRoles, lifecycleLabels, type ChatDto } from '../../wire/index.js';
import { taskStatuses, taskTypes, type TaskStatus, type TaskType } from '../../wire/tasks.js';
import type { SandboxContext } from '../context.js';
import { sdcaSigningUrl } from '../hosted/urls.js';
import type { SandboxTenant, StoredCase } from '../state.js';
import { caseCollectionUrl } from './case-links.js';
import { quoteRequestsOf } from './quote-requests.js';
import { stableUuid } from './stable-ids.js';

export { taskStatuses, taskTypes, type TaskStatus, type TaskType };

const typeLabels: Record<TaskType, string> = {
  Generic: 'Task',
  ReplyToChat: 'Reply to chat',
  SelectQuoteWinner: 'Select quote winner',
  ReviewPartner: 'Review partner',
  ClientInputRequired: 'Client input required',
  SignContract: 'Sign contract',
  MoreInfoNeeded: 'More info needed',
  AssignBankAccount: 'Assign bank account',
  CaseValidationNeedsInfo: 'Case validation needs info',
};

/** Types that block the whole account; GET /cases/{id}/tasks never lists them (the spec says so). */
const accountLevelTypes = new Set<TaskType>(['SignContract', 'AssignBankAccount']);

/** TaskDto of the Customer API spec. */
export interface TaskDto {
  id: string;
  type: TaskType;
  typeLabel: string;
  title: string;
  description: string;
  status: TaskStatus;
  caseId: string | null;
  caseReference: string | null;
  leadId: string | null;
  deadline: string | null;
  dateCreated: string;
  dateSolved: string | null;
  solutionUrl: string;
  /**
   * The API call that resolves the task. The description says `action: null` when there is none, but the
   * schema cannot mark a $ref nullable; like every nested object of the sandbox, it is left out instead.
   */
  action?: { method: string; path: string };
}

type TaskFields = Pick<TaskDto, 'type' | 'title' | 'description' | 'dateCreated' | 'solutionUrl'> &
  Partial<Pick<TaskDto, 'leadId' | 'dateSolved' | 'action'>>;

function task(key: string, stored: StoredCase | undefined, fields: TaskFields): TaskDto {
  return {
    id: stableUuid('task', fields.type, key),
    typeLabel: typeLabels[fields.type],
    status: fields.dateSolved ? 'Solved' : 'Open',
    caseId: stored?.invoice.id ?? null,
    caseReference: stored?.invoice.reference ?? null,
    leadId: null,
    deadline: null,
    dateSolved: null,
    ...fields,
  };
}

const closedLifecycles = new Set<string>([lifecycleLabels.Closed, lifecycleLabels.Merged]);
const fromPartner = (chat: ChatDto) => chat.role !== chatRoles.Creditor;

/** One ReplyToChat task per run of partner messages: solved by the creditor's next message, else open. */
function chatTasks(ctx: SandboxContext, stored: StoredCase): TaskDto[] {
  const caseId = stored.invoice.id ?? '';
  const chats = [...stored.chats].sort((a, b) => (a.dateCreated ?? '').localeCompare(b.dateCreated ?? ''));
  const tasks: TaskDto[] = [];
  let waiting: ChatDto | undefined;
  const replyTask = (first: ChatDto, reply: ChatDto | undefined) =>
    task(`${caseId}/${first.id}`, stored, {
      type: 'ReplyToChat',
      title: 'Reply to the collection partner',
      description: `${first.user?.firstName ?? 'The partner'} ${first.user?.lastName ?? ''} wrote: "${first.message ?? ''}"`,
      dateCreated: first.dateCreated ?? stored.invoice.dateCreated ?? ctx.now().toISOString(),
      dateSolved: reply?.dateCreated ?? null,
      solutionUrl: caseCollectionUrl(ctx, caseId, 'chat'),
      action: { method: 'POST', path: `/cases/${caseId}/chats` },
    });
  for (const chat of chats) {
    if (fromPartner(chat)) waiting ??= chat;
    else if (waiting) {
      tasks.push(replyTask(waiting, chat));
      waiting = undefined;
    }
  }
  // A closed case asks nothing more of the creditor.
  if (waiting && !closedLifecycles.has(stored.invoice.lifecycle ?? '')) tasks.push(replyTask(waiting, undefined));
  return tasks;
}

function timelineDate(stored: StoredCase, type: string): string {
  const entry = [...stored.timeline].reverse().find((item) => item.type === type);
  return entry?.date ?? stored.invoice.dateUpdated ?? stored.invoice.dateCreated ?? '';
}

function caseTasks(ctx: SandboxContext, stored: StoredCase): TaskDto[] {
  const invoice = stored.invoice;
  const caseId = invoice.id ?? '';
  const tasks = chatTasks(ctx, stored);
  if (invoice.validation?.needsInfo && !closedLifecycles.has(invoice.lifecycle ?? '')) {
    tasks.push(
      task(caseId, stored, {
        type: 'MoreInfoNeeded',
        title: 'Send the information the partner asked for',
        description: 'The collection partner needs more information before collection can continue.',
        dateCreated: timelineDate(stored, 'MoreInfoRequested'),
        solutionUrl: caseCollectionUrl(ctx, caseId, 'chat'),
        action: { method: 'POST', path: `/cases/${caseId}/chats` },
      }),
    );
  }
  if (invoice.lifecycle === lifecycleLabels.LeadsQuoteGiven) {
    const request = quoteRequestsOf(stored).find((candidate) => candidate.quotes.length > 0);
    tasks.push(
      task(caseId, stored, {
        type: 'SelectQuoteWinner',
        title: 'Choose a quote',
        description: `${request?.quotes.length ?? 0} partners sent a quote for this case. Choose one to continue.`,
        dateCreated: timelineDate(stored, 'QuoteReceived'),
        leadId: request?.quoteRequestId ?? null,
        solutionUrl: caseCollectionUrl(ctx, caseId, 'quotes'),
      }),
    );
  }
  if (invoice.lifecycle === lifecycleLabels.PendingContractSigning) {
    tasks.push(
      task(caseId, stored, {
        type: 'SignContract',
        title: `Sign the power of attorney for ${invoice.collectionPartner?.name ?? 'the collection partner'}`,
        description: 'Collection cannot start on this case until the contract is signed.',
        dateCreated: invoice.dateCreated ?? '',
        solutionUrl: invoice.signingHandoff?.combinedSigningUrl ?? invoice.solutionUrl ?? '',
      }),
    );
  }
  return tasks;
}

/** Money recovered with nowhere to pay it out: the most recent such case asks for a bank account. */
function bankAccountTask(ctx: SandboxContext, cases: readonly StoredCase[]): TaskDto[] {
  const unpaidOut = cases
    .filter((stored) => stored.payments.length > 0 && !stored.invoice.bankAccount)
    .sort((a, b) => (b.invoice.dateUpdated ?? '').localeCompare(a.invoice.dateUpdated ?? ''));
  const latest = unpaidOut[0];
  if (!latest) return [];
  const firstPayment = [...latest.payments].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))[0];
  return [
    task('account', latest, {
      type: 'AssignBankAccount',
      title: 'Add a bank account for payouts',
      description: `Payments were recovered on ${unpaidOut.length} case(s); add a bank account so they can be paid out.`,
      dateCreated: firstPayment?.dateCreated ?? latest.invoice.dateUpdated ?? '',
      solutionUrl: caseCollectionUrl(ctx, latest.invoice.id ?? '', 'payouts'),
    }),
  ];
}

function contractTask(ctx: SandboxContext, tenant: SandboxTenant): TaskDto[] {
  if (tenant.sdcaSigned) return [];
  return [
    task(`${tenant.creditorId}/sdca`, undefined, {
      type: 'SignContract',
      title: 'Sign the debt collection agreement',
      description: 'Cases can be submitted once the debt collection agreement (SDCA) is signed.',
      dateCreated: tenant.dateLinked,
      solutionUrl: sdcaSigningUrl(ctx, tenant),
    }),
  ];
}

/** Every task of the creditor, open and solved, newest first. */
export function tasksOf(ctx: SandboxContext, tenant: SandboxTenant): TaskDto[] {
  const cases = ctx.store.casesOf(tenant.creditorId);
  return [
    ...contractTask(ctx, tenant),
    ...bankAccountTask(ctx, cases),
    ...cases.flatMap((c) => caseTasks(ctx, c)),
  ].sort((a, b) => b.dateCreated.localeCompare(a.dateCreated));
}

/** The tasks GET /cases/{id}/tasks lists: the case's own, never the account-level ones. */
export function caseTasksOf(ctx: SandboxContext, stored: StoredCase): TaskDto[] {
  return caseTasks(ctx, stored)
    .filter((candidate) => !accountLevelTypes.has(candidate.type))
    .sort((a, b) => b.dateCreated.localeCompare(a.dateCreated));
}
