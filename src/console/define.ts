// Registers <debitura-partner-console>; see defineElement for why calling it twice is safe.
import { defineElement } from '../widget/define-element.js';
import { DebituraPartnerConsole } from './debitura-partner-console.js';

export const partnerConsoleTag = 'debitura-partner-console';

export function definePartnerConsole(): void {
  defineElement(partnerConsoleTag, DebituraPartnerConsole);
}
