// Registers <debitura-collect>; see defineElement for why calling it twice is safe.
import { DebituraCollect } from './debitura-collect.js';
import { defineElement } from './define-element.js';

export const debituraCollectTag = 'debitura-collect';

export function defineDebituraCollect(): void {
  defineElement(debituraCollectTag, DebituraCollect);
}
