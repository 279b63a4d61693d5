// Entry of the partner console: importing it registers <debitura-partner-console> and exposes its types.
import { definePartnerConsole } from './define.js';

export { DebituraPartnerConsole, type ConsoleTheme } from './debitura-partner-console.js';
export { definePartnerConsole, partnerConsoleTag } from './define.js';
export type { ConsoleView } from './console-views.js';
export type { ConsoleMessages } from './i18n/en.js';

definePartnerConsole();
