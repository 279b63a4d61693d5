// The hosted pages behind the URLs of hosted-urls.ts: onboarding, link approval, SDCA and PoA signing,
// KYC and the combined signing chain. Each GET shows one form; its POST runs the named client action
// (client-actions.ts) and follows `returnUrl` (or shows a done page).
import { Hono, type Context } from 'hono';
import {
  approveLinkRequest,
  completeOnboarding,
  partnersToSign,
  signDebtCollectionAgreement,
  signPendingContracts,
  signPowerOfAttorney,
  submitKyc,
} from './client-actions.js';
import type { SandboxContext } from './context.js';
import { escapeHtml, hostedPage, partnerLogoSvg } from './hosted-page.js';
import { acceptedReturnUrl } from './hosted-urls.js';
import { collectionPartnerById } from './partners.js';
import type { KycRecord, SandboxTenant } from './state.js';

const kycFields = `
<label for="director-name">Director's full name</label><input id="director-name" name="directorFullName" required autocomplete="name">
<label for="director-address">Director's home address</label><input id="director-address" name="directorHomeAddress" required autocomplete="street-address">
<label for="director-dob">Director's date of birth</label><input id="director-dob" name="directorDateOfBirth" type="date" required autocomplete="bday">`;

/** The director data of a submitted KYC form, or undefined when a field is empty. */
async function kycSubmitted(ctx: SandboxContext, c: Context): Promise<KycRecord | undefined> {
  const form = await c.req.parseBody();
  const field = (name: string) => (typeof form[name] === 'string' ? form[name].trim() : '');
  const [directorFullName, directorHomeAddress, directorDateOfBirth] = [
    field('directorFullName'),
    field('directorHomeAddress'),
    field('directorDateOfBirth'),
  ];
  if (!directorFullName || !directorHomeAddress || !directorDateOfBirth) return undefined;
  return { directorFullName, directorHomeAddress, directorDateOfBirth, dateCreated: ctx.now().toISOString() };
}

function formPage(ctx: SandboxContext, title: string, intro: string, button: string, extraFields = ''): string {
  return hostedPage(ctx, {
    title,
    body: `<p>${intro}</p>\n<form method="post">${extraFields}\n<button type="submit">${escapeHtml(button)}</button>\n</form>`,
  });
}

/** After a completed flow: follow the caller's returnUrl, or say it is done. */
function finish(ctx: SandboxContext, c: Context, message: string): Response {
  const returnUrl = acceptedReturnUrl(c.req.query('returnUrl'));
  if (returnUrl) return c.redirect(returnUrl, 303);
  return c.html(
    hostedPage(ctx, {
      title: 'Done',
      body: `<p role="status">${escapeHtml(message)}</p><p>You can close this page.</p>`,
    }),
  );
}

function notFound(ctx: SandboxContext, c: Context): Response {
  return c.html(
    hostedPage(ctx, {
      title: 'Link not found',
      body: '<p>This link is not valid in the sandbox (it may belong to an earlier reset).</p>',
    }),
    404,
  );
}

export function hostedRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();
  const tenantOf = (linkId: string | undefined): SandboxTenant | undefined =>
    linkId ? ctx.store.tenantByClientLinkId(linkId) : undefined;

  app.get('/assets/partner-logo.svg', (c) =>
    c.body(partnerLogoSvg, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=3600' }),
  );

  // New client onboarding: company details → users → SDCA, collapsed into one confirmation.
  app.get('/onboarding/companydetails/:linkId', (c) => {
    const tenant = tenantOf(c.req.param('linkId'));
    if (!tenant) return notFound(ctx, c);
    return c.html(
      formPage(
        ctx,
        `Finish onboarding for ${escapeHtml(tenant.companyName)}`,
        'Confirm the company details and sign the debt collection agreement (SDCA) to start submitting cases.',
        'Confirm details and sign',
      ),
    );
  });
  app.post('/onboarding/companydetails/:linkId', (c) => {
    const tenant = tenantOf(c.req.param('linkId'));
    if (!tenant) return notFound(ctx, c);
    completeOnboarding(ctx, tenant);
    return finish(ctx, c, 'Onboarding is complete.');
  });

  // An existing Debitura account approves the partner's link request.
  app.get('/referralpartner/approve', (c) => {
    const tenant = tenantOf(c.req.query('token'));
    if (!tenant) return notFound(ctx, c);
    return c.html(
      formPage(
        ctx,
        `Link ${escapeHtml(tenant.companyName)} to Ledgerly`,
        'Ledgerly asks to submit debt collection cases on behalf of your existing Debitura account.',
        'Approve link',
      ),
    );
  });
  app.post('/referralpartner/approve', (c) => {
    const tenant = tenantOf(c.req.query('token'));
    if (!tenant) return notFound(ctx, c);
    approveLinkRequest(ctx, tenant);
    return finish(ctx, c, 'The link is approved.');
  });

  app.get('/contractupgrade/sign/:linkId', (c) => {
    const tenant = tenantOf(c.req.param('linkId'));
    if (!tenant) return notFound(ctx, c);
    return c.html(
      formPage(
        ctx,
        'Sign the debt collection agreement',
        `${escapeHtml(tenant.companyName)} needs to sign the current debt collection agreement (SDCA).`,
        'Sign agreement',
      ),
    );
  });
  app.post('/contractupgrade/sign/:linkId', (c) => {
    const tenant = tenantOf(c.req.param('linkId'));
    if (!tenant) return notFound(ctx, c);
    signDebtCollectionAgreement(ctx, tenant);
    return finish(ctx, c, 'The agreement is signed.');
  });

  app.get('/powerofattorney/sign/:linkId', (c) => {
    const tenant = tenantOf(c.req.param('linkId'));
    const partner = collectionPartnerById(c.req.query('collectionPartnerId') ?? '');
    if (!tenant || !partner) return notFound(ctx, c);
    return c.html(
      formPage(
        ctx,
        'Sign the power of attorney',
        `${escapeHtml(tenant.companyName)} authorises ${escapeHtml(partner.name)} to collect on its behalf.`,
        'Sign power of attorney',
      ),
    );
  });
  app.post('/powerofattorney/sign/:linkId', (c) => {
    const tenant = tenantOf(c.req.param('linkId'));
    const partner = collectionPartnerById(c.req.query('collectionPartnerId') ?? '');
    if (!tenant || !partner) return notFound(ctx, c);
    signPowerOfAttorney(ctx, tenant, partner.id);
    return finish(ctx, c, 'The power of attorney is signed.');
  });

  app.get('/kyc/:linkId', (c) => {
    const tenant = tenantOf(c.req.param('linkId'));
    if (!tenant) return notFound(ctx, c);
    return c.html(
      formPage(
        ctx,
        'Verify the company director',
        'Some collection partners need to know who runs the company before they accept cases.',
        'Submit verification',
        kycFields,
      ),
    );
  });
  app.post('/kyc/:linkId', async (c) => {
    const tenant = tenantOf(c.req.param('linkId'));
    if (!tenant) return notFound(ctx, c);
    const kyc = await kycSubmitted(ctx, c);
    if (!kyc) {
      return c.html(
        formPage(
          ctx,
          'Verify the company director',
          '<strong role="alert">Fill in every field.</strong>',
          'Submit verification',
          kycFields,
        ),
        400,
      );
    }
    submitKyc(ctx, tenant, kyc);
    return finish(ctx, c, 'The verification is submitted.');
  });

  // The combined chain: SDCA → PoAs (named ones plus those of waiting cases) → KYC when asked.
  app.get('/signing/pendingcontracts', (c) => {
    const tenant = tenantOf(c.req.query('link'));
    if (!tenant) return notFound(ctx, c);
    const partnerNames = partnersToSign(ctx, tenant, c.req.queries('collectionPartnerId') ?? []).map(
      (partner) => partner.name,
    );
    const steps = [
      ...(tenant.sdcaSigned ? [] : ['the debt collection agreement (SDCA)']),
      ...partnerNames.map((name) => `a power of attorney for ${name}`),
      ...(c.req.query('kyc') === 'true' ? ['director verification (KYC)'] : []),
    ];
    const intro = steps.length
      ? `${escapeHtml(tenant.companyName)} has these steps left:</p><ul>${steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('')}</ul><p>`
      : 'Nothing is left to sign.';
    return c.html(
      formPage(
        ctx,
        'Complete pending contracts',
        intro,
        'Sign everything',
        c.req.query('kyc') === 'true' ? kycFields : '',
      ),
    );
  });
  app.post('/signing/pendingcontracts', async (c) => {
    const tenant = tenantOf(c.req.query('link'));
    if (!tenant) return notFound(ctx, c);
    const kycAsked = c.req.query('kyc') === 'true';
    const kyc = kycAsked ? await kycSubmitted(ctx, c) : undefined;
    if (kycAsked && !kyc) {
      return c.html(
        formPage(
          ctx,
          'Complete pending contracts',
          '<strong role="alert">Fill in every director field.</strong>',
          'Sign everything',
          kycFields,
        ),
        400,
      );
    }
    signPendingContracts(ctx, tenant, { collectionPartnerIds: c.req.queries('collectionPartnerId') ?? [], kyc });
    return finish(ctx, c, 'All pending contracts are signed.');
  });

  app.get('/contracts/sdca/:linkId', (c) => {
    const tenant = tenantOf(c.req.param('linkId'));
    if (!tenant) return notFound(ctx, c);
    return c.html(
      hostedPage(ctx, {
        title: 'Debt collection agreement',
        body: `<p>The sandbox's stand-in for the standard debt collection agreement signed by ${escapeHtml(tenant.companyName)}.</p>`,
      }),
    );
  });

  return app;
}
