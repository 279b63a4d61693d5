// The small HTML page every hosted flow renders: partner-branded, one form, no scripts.
import { sandboxPartnerProfile } from '../referral/partner-profile.js';
import type { SandboxContext } from '../context.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface HostedPageContent {
  title: string;
  /** Trusted HTML (callers escape what they interpolate). */
  body: string;
}

export function hostedPage(ctx: SandboxContext, { title, body }: HostedPageContent): string {
  const brand = sandboxPartnerProfile(ctx);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Debitura sandbox</title>
<style>
  body { margin: 0; font-family: ${brand.fontFamily}; background: ${brand.backgroundColorCode}; color: ${brand.fontColor}; }
  main { max-width: 36rem; margin: 3rem auto; padding: 0 1.5rem; line-height: 1.5; }
  header { display: flex; align-items: center; gap: .75rem; margin-bottom: 2rem; }
  label { display: block; margin-top: 1rem; font-weight: 600; }
  input { display: block; width: 100%; box-sizing: border-box; padding: .5rem; font: inherit; }
  button, .button { display: inline-block; margin-top: 1.5rem; padding: .6rem 1.2rem; font: inherit; border: 0; border-radius: .375rem; background: #1d4ed8; color: #fff; text-decoration: none; cursor: pointer; }
  button:focus-visible, .button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid #93c5fd; outline-offset: 2px; }
  .note { font-size: .875rem; color: #4b5563; }
  .error { color: #b91c1c; margin: .25rem 0 0; }
  .error-summary { border: 2px solid #b91c1c; border-radius: .375rem; padding: .5rem 1rem; margin-bottom: 1rem; }
  .actions { display: flex; gap: .75rem; flex-wrap: wrap; }
  .secondary { background: #fff; color: #1d4ed8; box-shadow: inset 0 0 0 2px #1d4ed8; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid #d1d5db; }
  .checkbox { display: flex; gap: .5rem; align-items: center; margin-top: 1rem; font-weight: 600; }
  .checkbox input { width: auto; }
</style>
</head>
<body>
<main>
<header><img src="${escapeHtml(brand.logoUrl ?? '')}" alt="" width="32" height="32"><strong>${escapeHtml(brand.shortName ?? '')}</strong></header>
<h1>${escapeHtml(title)}</h1>
${body}
<p class="note">Debitura sandbox: nothing here is legally binding.</p>
</main>
</body>
</html>`;
}

export const partnerLogoSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32"><rect width="32" height="32" rx="8" fill="#1d4ed8"/><path d="M10 8v16h12" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
