// What <debitura-collect> hands every view: the API client, the texts, and the few settings views need.
// Views read it; every request goes through `client`, so no view ever holds a token or builds an API URL.
import type { CustomerApi } from './api/customer-api-client.js';
import type { DebituraEnvironment } from './api/api-base-url.js';
import type { Messages } from './i18n/en/index.js';

export interface WidgetContext {
  client: CustomerApi;
  messages: Messages;
  /** BCP 47 tag for `Intl` formatting, e.g. `da-DK`. */
  locale: string;
  /** The partner page Debitura's hosted signing flows return to (`return-url`), if set. */
  returnUrl: string | null;
  environment: DebituraEnvironment;
  /** Whether a URL from Debitura may be opened or linked (https Debitura hosts, or the sandbox in sandbox mode). */
  isAllowedHandoffUrl(url: string): boolean;
}
