// The partner's Debitura branding as the token endpoint hands it to the widget (taken from the Referral API's
// GET /me), so the widget matches Debitura's hosted signing pages by default. Only values that are safe to put
// into CSS and an <img src> pass: `#rgb`/`#rrggbb` colours, a font list of plain names, an http(s) logo URL
// (the widget shows only https ones, or the sandbox's own in sandbox mode).
import { maxLength, object, optional, regex, string } from 'zod/mini';
import type * as z from 'zod/mini';

const hexColor = string().check(regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/));
// Family names, quotes, commas, spaces and hyphens only: nothing that can end the declaration.
const fontFamily = string().check(maxLength(200), regex(/^[\w\s,'"-]+$/u));
const webUrl = string().check(maxLength(2048), regex(/^https?:\/\/[^\s"'<>\\]+$/));

export const PartnerBranding = object({
  logoUrl: optional(webUrl),
  backgroundColor: optional(hexColor),
  fontColor: optional(hexColor),
  fontFamily: optional(fontFamily),
});
export type PartnerBranding = z.infer<typeof PartnerBranding>;

/** The safe part of what Debitura's GET /me says; fields that fail their check are left out, not the whole. */
export function partnerBrandingOf(profile: {
  logoUrl?: string | null;
  backgroundColorCode?: string | null;
  fontColor?: string | null;
  fontFamily?: string | null;
}): PartnerBranding {
  const pick = <T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const branding: PartnerBranding = {};
  const logoUrl = pick(webUrl, profile.logoUrl);
  const backgroundColor = pick(hexColor, profile.backgroundColorCode);
  const fontColor = pick(hexColor, profile.fontColor);
  const family = pick(fontFamily, profile.fontFamily);
  if (logoUrl) branding.logoUrl = logoUrl;
  if (backgroundColor) branding.backgroundColor = backgroundColor;
  if (fontColor) branding.fontColor = fontColor;
  if (family) branding.fontFamily = family;
  return branding;
}
