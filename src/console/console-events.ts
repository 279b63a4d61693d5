// The public events of <debitura-partner-console>: the one list its global event map (typed listeners) and its
// React 19 JSX and Vue typings are derived from. The classes are the widget's, so one listener serves both.
import { DebituraErrorEvent } from '../widget/events/debitura-events.js';

export const consoleEvents = {
  'debitura-error': DebituraErrorEvent,
} as const;

export type ConsoleEventName = keyof typeof consoleEvents;
export type ConsoleEventMap = { [N in ConsoleEventName]: InstanceType<(typeof consoleEvents)[N]> };

declare global {
  interface HTMLElementEventMap extends ConsoleEventMap {}
}
