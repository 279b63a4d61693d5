// Where an existing Debitura account answers a partner's link request (the 409 ClientExistsNeedsLinking URL):
// approve, and the partner may act for it (non-attributed); decline, and the request is gone. An expired or
// answered request is no longer found.
import { Hono } from 'hono';
import { approveLinkRequest, declineLinkRequest } from '../client-actions.js';
import type { SandboxContext } from '../context.js';
import { sandboxPartnerProfile } from '../referral/partner-profile.js';
import { finish, formPage, formText, notFound, tenantOfLink } from './forms.js';
import { escapeHtml } from './page.js';

export function linkApprovalPage(ctx: SandboxContext): Hono {
  const app = new Hono();

  app.get('/referralpartner/approve', (c) => {
    const tenant = tenantOfLink(ctx, c.req.query('token'));
    if (tenant?.link !== 'needs-linking') return notFound(ctx, c);
    const partner = sandboxPartnerProfile(ctx).shortName ?? 'The partner';
    const expiresAt = tenant.linkRequest?.expiresAt;
    const expiry = expiresAt
      ? `<p class="note">This request expires on ${escapeHtml(new Date(expiresAt).toUTCString())}.</p>`
      : '';
    return c.html(
      formPage(ctx, {
        title: `Link ${tenant.companyName} to ${partner}`,
        intro: `<p>${escapeHtml(partner)} asks to submit debt collection cases on behalf of your existing Debitura account. It earns only on the cases it submits.</p>
${expiry}`,
        buttons: [
          { label: 'Approve link', decision: 'approve' },
          { label: 'Decline', decision: 'decline', secondary: true },
        ],
      }),
    );
  });

  app.post('/referralpartner/approve', async (c) => {
    const tenant = tenantOfLink(ctx, c.req.query('token'));
    if (tenant?.link !== 'needs-linking') return notFound(ctx, c);
    // Submitting with Enter sends the form's first button, which approves.
    if (formText(await c.req.parseBody(), 'decision') === 'decline') {
      declineLinkRequest(ctx, tenant);
      return finish(ctx, c, 'The link request is declined.');
    }
    approveLinkRequest(ctx, tenant);
    return finish(ctx, c, 'The link is approved.');
  });

  return app;
}
