// What <debitura-partner-console> hands every view: the Referral API client, the texts and the few settings
// views need. Every request goes through `client`, so no view builds a URL to the proxy itself.
import type { DebituraEnvironment } from '../widget/api/api-base-url.js';
import type { Messages } from '../widget/i18n/en/index.js';
import type { ReferralConsoleClient } from './api/referral-console-client.js';
import type { ConsoleMessages } from './i18n/en.js';

export interface ConsoleContext {
  client: ReferralConsoleClient;
  /** The widget's catalogue: shared words and the texts of API failures. */
  messages: Messages;
  text: ConsoleMessages;
  /** BCP 47 tag for `Intl` formatting, e.g. `da-DK`. */
  locale: string;
  environment: DebituraEnvironment;
  /** Whether a URL from Debitura may be linked (https Debitura hosts, or the sandbox in sandbox mode). */
  isAllowedHandoffUrl(url: string): boolean;
}
