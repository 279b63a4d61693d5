// The case views' texts from the widget's catalogue.
import type { Messages } from '../../i18n/en/index.js';
import type { CasesMessages } from '../../i18n/en/cases.js';

export function casesMessages(messages: Messages): CasesMessages {
  return messages.cases;
}
