// Debitura hands back URLs (signing, onboarding, KYC) that the widget opens or links. They arrive from the
// network, so only Debitura's own https hosts, plus the local sandbox when in sandbox mode, are trusted.
import type { DebituraEnvironment } from '../api/api-base-url.js';
import { credentialFreeUrl, isOnSandbox } from '../api/link-safety.js';

const debituraDomain = 'debitura.com';

export function isAllowedHandoffUrl(
  url: string,
  environment: DebituraEnvironment,
  sandboxOrigin: string | null,
): boolean {
  const parsed = credentialFreeUrl(url);
  if (!parsed) return false;
  if (isOnSandbox(parsed, environment, sandboxOrigin)) return true;
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  return host === debituraDomain || host.endsWith('.' + debituraDomain);
}
