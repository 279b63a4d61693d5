// The console's texts for a language: the widget's catalogue (shared words, API failures) and the console's own.
// English is in the bundle; Danish and German are fetched only when a console on the page needs them.
import { loadMessages } from '../../widget/i18n/load-messages.js';
import type { CatalogueLanguage } from '../../widget/i18n/resolve-locale.js';
import type { Messages } from '../../widget/i18n/en/index.js';
import { consoleEn, type ConsoleMessages } from './en.js';

export interface ConsoleTexts {
  messages: Messages;
  text: ConsoleMessages;
}

function consoleCatalogue(language: CatalogueLanguage): Promise<ConsoleMessages> {
  if (language === 'da') return import('./da.js').then((module) => module.consoleDa);
  if (language === 'de') return import('./de.js').then((module) => module.consoleDe);
  return Promise.resolve(consoleEn);
}

export async function loadConsoleMessages(language: CatalogueLanguage): Promise<ConsoleTexts> {
  const [messages, text] = await Promise.all([loadMessages(language), consoleCatalogue(language)]);
  return { messages, text };
}
