// GET /me on the Referral API: the sandbox partner and the branding Debitura's hosted pages use.
import { Hono } from 'hono';
import type { ReferralPartnerResponse } from '../../wire/index.js';
import type { SandboxContext } from '../context.js';

export const SANDBOX_PARTNER_ID = '9a7e0000-0000-4000-8000-00000000a11e';

/** The partner's current referral fee; each new client link snapshots it. */
export const SANDBOX_REFERRAL_FEE_PERCENTAGE = 20;

export function sandboxPartnerProfile(ctx: SandboxContext): ReferralPartnerResponse {
  return {
    id: SANDBOX_PARTNER_ID,
    companyName: 'Ledgerly Sandbox ApS',
    shortName: 'Ledgerly',
    contactEmail: 'partners@ledgerly.example',
    externalSystemId: 'ledgerly-sandbox',
    referralFeePercentage: SANDBOX_REFERRAL_FEE_PERCENTAGE,
    isActive: true,
    isPublicDemo: true,
    logoUrl: ctx.hostedUrl('/assets/partner-logo.svg'),
    backgroundColorCode: '#FFFFFF',
    fontColor: '#1F2937',
    fontFamily: 'Inter, system-ui, sans-serif',
    invoicingTriggerMode: 'PayWhenPaid',
  };
}

export function partnerProfileRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();
  app.get('/me', (c) => c.json(sandboxPartnerProfile(ctx)));
  return app;
}
