// English texts of the tasks view ("Needs your attention") and of the case list's pointer to it. `{name}` marks a
// value filled in by `interpolate`; plural texts hold one form per plural category.
import type { Widen } from '../widen.js';

export const tasks = {
  title: 'Needs your attention',
  intro: 'What Debitura needs from you before these cases can go ahead, most urgent first.',
  allCases: 'All cases',
  loading: 'Loading your tasks…',
  loadFailed: 'Your tasks could not be loaded.',
  empty: {
    title: 'Nothing needs your attention',
    body: 'When Debitura needs something from you to move a case on, it shows up here.',
  },
  count: { one: '{count} task needs your attention', other: '{count} tasks need your attention' },
  listLabel: 'Open tasks',
  types: {
    Generic: 'Task',
    ReplyToChat: 'Reply to a message',
    SelectQuoteWinner: 'Choose a quote',
    ReviewPartner: 'Review the collection partner',
    ClientInputRequired: 'Your input is needed',
    SignContract: 'Signature needed',
    MoreInfoNeeded: 'More information needed',
    AssignBankAccount: 'Add a bank account',
    CaseValidationNeedsInfo: 'Case details needed',
  },
  untitled: 'Open task',
  openCase: 'Case {reference}',
  openCaseLabel: 'Open case {reference}',
  accountWide: 'Your account',
  deadline: {
    none: 'No deadline',
    due: 'Due {relative} ({date})',
    overdue: 'Overdue: was due {relative} ({date})',
  },
  created: 'Since {date}',
  reply: 'Reply',
  openAtDebitura: 'Open in Debitura',
  presentedByPartner: 'Continue in the window that just opened.',
  noLink: 'Open this task in Debitura to resolve it.',
  actionLabel: '{action}: {title}',
  updated: 'Your tasks were updated.',
  caseBadge: { one: '{count} task', other: '{count} tasks' },
};

export type TasksMessages = Widen<typeof tasks>;
