// The case views' texts from the widget's catalogue. Until the catalogue index carries `cases` for every
// language, English is used for whatever is missing, so a view never shows an empty label.
import type { Messages } from '../../i18n/en/index.js';
import { cases as englishCases, type CasesMessages } from '../../i18n/en/cases.js';

export function casesMessages(messages: Messages): CasesMessages {
  return (messages as Messages & { cases?: CasesMessages }).cases ?? englishCases;
}
