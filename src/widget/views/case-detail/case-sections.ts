// The sections every case shows below its summary: its open tasks, the timeline, the payments, the messages with
// the collection partner and the files. They load as one part, beside the data they show (see case-parts.ts).
import './case-messages.js';
import './case-files.js';

export { renderCaseTasks } from './case-tasks.js';
export { renderCaseTimeline } from './case-timeline.js';
export { renderCasePayments } from './case-payments.js';
export { taskAction } from '../tasks/task-action.js';
