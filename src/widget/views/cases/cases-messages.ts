// The case views' texts from the widget's catalogue.
import type { Messages } from '../../i18n/en/index.js';
import type { CasesMessages } from '../../i18n/en/cases.js';
import { addEnglish } from '../../i18n/en/shell.js';
import { cases } from '../../i18n/en/cases.js';

// This view's English arrives with its code.
addEnglish({ cases });

export function casesMessages(messages: Messages): CasesMessages {
  return messages.cases;
}
