// The Debitura page a user must visit before a case can go ahead (contract signing, power of attorney, KYC).
// Only URLs the widget trusts are ever returned; the partner's return URL rides along so the user comes back.
import type { RequiredActionKind } from '../events/debitura-events.js';

export interface HandoffLink {
  kind: RequiredActionKind;
  url: string;
  /** The business error or required-action types it resolves. */
  reasons: string[];
}

export interface HandoffSource {
  /** `signingHandoff.combinedSigningUrl`: walks the user through every pending step in order. */
  combinedSigningUrl: string | null | undefined;
  items: ReadonlyArray<{ type?: string | null | undefined; solutionUrl?: string | null | undefined }>;
}

export const kycType = 'MissingKycVerification';
export const contractTypes: readonly string[] = ['MissingDebtCollectionContract', 'MissingPowerOfAttorney'];

/**
 * The one link to present: the combined signing URL when there is one (it covers every step), else the first
 * item's own `solutionUrl`. Null when no trusted URL is available.
 */
export function handoffLink(
  source: HandoffSource,
  options: { returnUrl: string | null; isAllowed: (url: string) => boolean },
): HandoffLink | null {
  const reasons = source.items.map((item) => item.type).filter((type): type is string => !!type);
  const candidates = [source.combinedSigningUrl, ...source.items.map((item) => item.solutionUrl)];
  const url = candidates.find((candidate): candidate is string => !!candidate && options.isAllowed(candidate));
  if (!url) return null;
  const linked = withReturnUrl(url, options.returnUrl);
  if (!options.isAllowed(linked)) return null;
  const kind = reasons.length > 0 && reasons.every((reason) => reason === kycType) ? 'kyc' : 'signing';
  return { kind, url: linked, reasons };
}

/** Adds `returnUrl` as a query parameter, unless Debitura already put one there. */
export function withReturnUrl(url: string, returnUrl: string | null): string {
  if (!returnUrl) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if ([...parsed.searchParams.keys()].some((key) => key.toLowerCase() === 'returnurl')) return url;
  parsed.searchParams.set('returnUrl', returnUrl);
  return parsed.href;
}
