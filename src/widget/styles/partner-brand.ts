// The partner's Debitura branding as the widget's default look: its font, its logo, and its header colours
// when they are readable together (WCAG AA, 4.5:1). Values arrive checked (src/wire/partner-branding.ts), and
// the partner's own `--debitura-*` properties still win, because they are read first.
import type { PartnerBranding } from '../../wire/partner-branding.js';
import type { DebituraEnvironment } from '../api/api-base-url.js';
import { contrastRatio, parseSimpleColor } from './contrast.js';

const readableContrast = 4.5;

/** The header colours, when the branding has both and they pass AA together. */
export function brandHeaderColors(branding: PartnerBranding | undefined): { background: string; text: string } | null {
  if (!branding?.backgroundColor || !branding.fontColor) return null;
  const background = parseSimpleColor(branding.backgroundColor);
  const text = parseSimpleColor(branding.fontColor);
  if (!background || !text || contrastRatio(background, text) < readableContrast) return null;
  return { background: branding.backgroundColor, text: branding.fontColor };
}

/** A `:host` rule with the private brand properties the theme falls back to; empty without branding. */
export function brandStyleText(branding: PartnerBranding | undefined): string {
  const declarations: string[] = [];
  if (branding?.fontFamily) declarations.push(`--_brand-font-family: ${branding.fontFamily};`);
  const header = brandHeaderColors(branding);
  if (header) declarations.push(`--_brand-header-bg: ${header.background};`, `--_brand-header-fg: ${header.text};`);
  return declarations.length > 0 ? `:host { ${declarations.join(' ')} }` : '';
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Logos are shown from https URLs. In sandbox mode also over plain http from the sandbox's origin or a loopback
 * host: a local sandbox serves its logos there, also when the widget talks to it through the partner's proxy
 * (whose origin is not the sandbox's).
 */
export function isAllowedLogoUrl(url: string, environment: DebituraEnvironment, sandboxOrigin: string | null): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') return true;
    if (environment !== 'sandbox' || parsed.protocol !== 'http:') return false;
    return parsed.origin === sandboxOrigin || loopbackHosts.has(parsed.hostname);
  } catch {
    return false;
  }
}

/** In lit's development build, says once per URL why a branding logo is not shown (production stays silent). */
export function warnAboutRefusedLogo(url: string): void {
  const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  const message = `<debitura-collect>: the branding logo ${url} is not shown: logos load from https URLs (in sandbox mode also over http from loopback or the sandbox's origin).`;
  if (!issued || issued.has(message)) return;
  issued.add(message);
  console.warn(message);
}
