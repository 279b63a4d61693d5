// Entry of the partner console (`debitura-collect/console`): importing it registers <debitura-partner-console>
// and exposes its types and the class of the event it fires, so a back office needs nothing from the widget's
// entry (which would register <debitura-collect> too).
import { definePartnerConsole } from './define.js';

export { DebituraPartnerConsole, type ConsoleTheme } from './debitura-partner-console.js';
export { definePartnerConsole, partnerConsoleTag } from './define.js';
export type { ConsoleView } from './console-views.js';
export type { ConsoleMessages } from './i18n/en.js';
export type { ConsoleEventMap, ConsoleEventName } from './console-events.js';
export { DebituraErrorEvent, type DebituraErrorType, type ErrorDetail } from '../widget/events/debitura-events.js';
export type { DebituraEnvironment } from '../widget/api/api-base-url.js';

definePartnerConsole();
