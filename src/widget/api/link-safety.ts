// Links the widget builds from what Debitura sends about a case: file downloads and the collection partner's
// e-mail address. Both arrive from the network, so neither becomes a link unless it is plainly what it says.
import type { DebituraEnvironment } from './api-base-url.js';

/**
 * `url` parsed when it is absolute and carries no `user:password@` (which can make a link read as a trusted
 * host: `https://debitura.com@evil.example`); null otherwise.
 */
export function credentialFreeUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.username || parsed.password ? null : parsed;
}

/** In sandbox mode, pages and files on the sandbox's own origin are trusted, whatever their scheme. */
export function isOnSandbox(parsed: URL, environment: DebituraEnvironment, sandboxOrigin: string | null): boolean {
  if (environment !== 'sandbox' || !sandboxOrigin) return false;
  return parsed.origin === credentialFreeUrl(sandboxOrigin)?.origin;
}

/**
 * A case file's download URL. Files live in Debitura's storage, wherever that is hosted, so the host is not
 * pinned as hand-off URLs are; what is pinned: an absolute `https:` URL (a protocol-relative one would take the
 * page's scheme, `http:` travels in the clear) without credentials. In sandbox mode the sandbox's own origin is
 * allowed too, as for hand-offs.
 */
export function isAllowedFileUrl(
  url: string | null | undefined,
  environment: DebituraEnvironment,
  sandboxOrigin: string | null,
): url is string {
  const parsed = url ? credentialFreeUrl(url) : null;
  if (!parsed) return false;
  return isOnSandbox(parsed, environment, sandboxOrigin) || parsed.protocol === 'https:';
}

/**
 * One plain address: no spaces, commas or a second `@` (more recipients), and none of `?`, `&`, `#`, `%` (which
 * would add `?subject=`, `&cc=` or `&body=` fields to the message the user sends).
 */
const plainAddress =
  /^[A-Za-z0-9._+'-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** A `mailto:` link to exactly this address, or null when it is not one plain address. */
export function mailtoHref(address: string | null | undefined): string | null {
  const trimmed = address?.trim() ?? '';
  return plainAddress.test(trimmed) && trimmed.length <= 254 ? `mailto:${trimmed}` : null;
}
