// The German catalogue, loaded only when a page asks for it.
import type { Messages } from '../en/index.js';
import { core } from './core.js';
import { newCase } from './new-case.js';
import { cases } from './cases.js';
import { activation } from './activation.js';
import { tasks } from './tasks.js';
import { engagement } from './engagement.js';
import { payments } from './payments.js';
import { overview } from './overview.js';

export const messages: Messages = { ...core, newCase, cases, activation, tasks, engagement, payments, overview };
