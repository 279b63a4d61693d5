// Debitura hands back URLs (signing, onboarding, KYC) that the widget opens or links. They arrive from the
// network, so only Debitura's own https hosts, plus the local sandbox when in sandbox mode, are trusted.
import type { DebituraEnvironment } from '../api/api-base-url.js';

const debituraDomain = 'debitura.com';

export function isAllowedHandoffUrl(
  url: string,
  environment: DebituraEnvironment,
  sandboxOrigin: string | null,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (environment === 'sandbox' && sandboxOrigin && parsed.origin === originOf(sandboxOrigin)) return true;
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  return host === debituraDomain || host.endsWith('.' + debituraDomain);
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
