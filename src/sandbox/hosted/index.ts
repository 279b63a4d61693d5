// The hosted pages that stand in for Debitura's (under /hosted on the sandbox's own origin, see urls.ts):
// onboarding, link approval, the signing pages and the creditor's case page. Plain HTML forms, keyboard-usable, no scripts.
import { Hono } from 'hono';
import type { SandboxContext } from '../context.js';
import { creditorCasePage } from './case-page.js';
import { linkApprovalPage } from './link-approval-page.js';
import { onboardingPages } from './onboarding-pages.js';
import { partnerLogoSvg } from './page.js';
import { signingPages } from './signing-pages.js';

export function hostedRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();
  app.get('/assets/partner-logo.svg', (c) =>
    c.body(partnerLogoSvg, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=3600' }),
  );
  app.route('/', onboardingPages(ctx));
  app.route('/', linkApprovalPage(ctx));
  app.route('/', signingPages(ctx));
  app.route('/', creditorCasePage(ctx));
  return app;
}
