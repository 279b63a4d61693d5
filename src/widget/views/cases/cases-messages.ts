// The case views' texts from the widget's catalogue. The list's English arrives with this module; the case
// detail brings its own.
import type { Messages } from '../../i18n/en/index.js';
import type { CasesMessages } from '../../i18n/en/cases.js';
import { addEnglish } from '../../i18n/en/shell.js';
import { casesList } from '../../i18n/en/cases-list.js';

// This view's English arrives with its code.
addEnglish({ cases: { list: casesList } });

export function casesMessages(messages: Messages): CasesMessages {
  return messages.cases;
}
