// Which Customer API a widget talks to.
import { customerApiBaseUrls, type HostedEnvironment } from '../../wire/environments.js';

export type DebituraEnvironment = HostedEnvironment | 'sandbox';

export const debituraEnvironments: readonly DebituraEnvironment[] = ['production', 'test', 'sandbox'];

/** The sandbox serves the Customer API under this path on the page's own origin. */
export const sandboxCustomerPath = '/customer';

/** Unknown values fall back to production, the safe default for a live page. */
export function parseEnvironment(value: string | null | undefined): DebituraEnvironment {
  return debituraEnvironments.find((environment) => environment === value) ?? 'production';
}

/**
 * The Customer API base URL, without a trailing slash. `apiBase` (the `api-base` attribute, e.g. the partner's
 * own proxy) wins over the environment; relative values resolve against the page origin.
 */
export function customerApiBaseUrl(
  environment: DebituraEnvironment,
  apiBase: string | null,
  pageOrigin: string,
): string {
  if (apiBase) return new URL(apiBase, pageOrigin + '/').href.replace(/\/+$/, '');
  if (environment === 'sandbox') return pageOrigin + sandboxCustomerPath;
  return customerApiBaseUrls[environment];
}
