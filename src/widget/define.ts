// Registers <debitura-collect>. Safe to call twice (a page may load the script tag and the npm build), and a
// no-op where custom elements do not exist (server-side rendering).
import { DebituraCollect } from './debitura-collect.js';

export const debituraCollectTag = 'debitura-collect';

export function defineDebituraCollect(): void {
  if (typeof customElements === 'undefined') return;
  if (customElements.get(debituraCollectTag)) return;
  customElements.define(debituraCollectTag, DebituraCollect);
}
