// A case's close code in the widget's words.
import type { CasesMessages } from '../../i18n/en/cases.js';

/** A close code in plain words; a code this version does not know is shown as Debitura sent it. */
export function closeCodeText(text: CasesMessages, closeCode: string): string {
  return (text.detail.closeCodes as Record<string, string>)[closeCode] ?? closeCode;
}
