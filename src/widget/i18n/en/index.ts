// The English catalogue, bundled with the widget: the shell's texts plus the new-case flow's.
import type { Widen } from '../widen.js';
import { core } from './core.js';
import { newCase } from './new-case.js';
import { cases } from './cases.js';
import { activation } from './activation.js';
import { tasks } from './tasks.js';
import { engagement } from './engagement.js';
import { payments } from './payments.js';
import { overview } from './overview.js';

export const en = { ...core, newCase, cases, activation, tasks, engagement, payments, overview };

/** Every text the widget shows; Danish and German are typed with it, so a missing key fails the build. */
export type Messages = Widen<typeof en>;
export type { NewCaseMessages } from './new-case.js';
export type { CasesMessages } from './cases.js';
export type { ActivationMessages } from './activation.js';
export type { TasksMessages } from './tasks.js';
export type { EngagementMessages } from './engagement.js';
export type { PaymentsMessages } from './payments.js';
export type { OverviewMessages } from './overview.js';
