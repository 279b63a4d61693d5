// The hosted pages behind the URLs of hosted-urls.ts: onboarding, link approval, SDCA and PoA signing,
// KYC and the combined signing chain. Each GET shows one form; its POST flips the tenant's state,
// releases cases that were waiting for signatures, and follows `returnUrl` (or shows a done page).
import { Hono, type Context } from 'hono';
import type { SandboxContext } from './context.js';
import { statusChangedEntry } from './customer/timeline-entries.js';
import { escapeHtml, hostedPage, partnerLogoSvg } from './hosted-page.js';
import { acceptedReturnUrl } from './hosted-urls.js';
import { collectionPartnerById, collectionPartners, partnerFor, type CollectionPartner } from './partners.js';
import type { SandboxTenant, StoredCase } from './store.js';

const pendingLabel = 'Pending contract signing';

/** The partner a waiting case is routed to: by name, else by the debtor's jurisdiction. */
function partnerOfCase(stored: StoredCase): CollectionPartner | undefined {
  const name = stored.invoice.collectionPartner?.name;
  const byName = name ? collectionPartners.find((partner) => partner.name === name) : undefined;
  const debtor = stored.invoice.debtor;
  return byName ?? (debtor?.countryAlpha2 ? partnerFor(debtor.countryAlpha2, debtor.stateAlpha2) : undefined);
}

function pendingCases(ctx: SandboxContext, tenant: SandboxTenant): StoredCase[] {
  return ctx.store.casesOf(tenant.creditorId).filter((stored) => stored.invoice.lifecycle === pendingLabel);
}

/** Cases in "Pending contract signing" move on by themselves once every signature they need exists. */
export function releaseSignedCases(ctx: SandboxContext, tenant: SandboxTenant): number {
  if (!tenant.sdcaSigned) return 0;
  const now = ctx.now();
  let released = 0;
  for (const stored of pendingCases(ctx, tenant)) {
    const partner = partnerOfCase(stored);
    if (partner && !tenant.signedPoaPartnerIds.includes(partner.id)) continue;
    if (partner?.requiresKyc && !tenant.kycOnFile) continue;
    stored.invoice.lifecycle = 'Pending Verification Internal';
    stored.invoice.signingHandoff = { combinedSigningUrl: null };
    stored.invoice.solutionUrl = null;
    stored.invoice.dateUpdated = now.toISOString();
    stored.timeline.push(statusChangedEntry(now, 'PendingVerificationInternal'));
    released++;
  }
  return released;
}

function signPoa(tenant: SandboxTenant, partnerId: string): void {
  if (!tenant.signedPoaPartnerIds.includes(partnerId)) tenant.signedPoaPartnerIds.push(partnerId);
}

const kycFields = `
<label for="director-name">Director's full name</label><input id="director-name" name="directorFullName" required autocomplete="name">
<label for="director-address">Director's home address</label><input id="director-address" name="directorHomeAddress" required autocomplete="street-address">
<label for="director-dob">Director's date of birth</label><input id="director-dob" name="directorDateOfBirth" type="date" required autocomplete="bday">`;

async function kycSubmitted(c: Context): Promise<boolean> {
  const form = await c.req.parseBody();
  return ['directorFullName', 'directorHomeAddress', 'directorDateOfBirth'].every(
    (field) => typeof form[field] === 'string' && form[field].trim() !== '',
  );
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
    tenant.link = 'linked';
    tenant.sdcaSigned = true;
    releaseSignedCases(ctx, tenant);
    ctx.store.save();
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
    tenant.link = 'linked';
    tenant.isAttributedClient = false;
    ctx.store.save();
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
    tenant.sdcaSigned = true;
    releaseSignedCases(ctx, tenant);
    ctx.store.save();
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
    signPoa(tenant, partner.id);
    releaseSignedCases(ctx, tenant);
    ctx.store.save();
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
    if (!(await kycSubmitted(c))) {
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
    tenant.kycOnFile = true;
    releaseSignedCases(ctx, tenant);
    ctx.store.save();
    return finish(ctx, c, 'The verification is submitted.');
  });

  // The combined chain: SDCA → PoAs (named ones plus those of waiting cases) → KYC when asked.
  app.get('/signing/pendingcontracts', (c) => {
    const tenant = tenantOf(c.req.query('link'));
    if (!tenant) return notFound(ctx, c);
    const partnerNames = [...partnersToSign(ctx, tenant, c.req.queries('collectionPartnerId') ?? [])].map(
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
    if (c.req.query('kyc') === 'true') {
      if (!(await kycSubmitted(c)))
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
      tenant.kycOnFile = true;
    }
    tenant.sdcaSigned = true;
    if (tenant.link === 'onboarding') tenant.link = 'linked';
    for (const partner of partnersToSign(ctx, tenant, c.req.queries('collectionPartnerId') ?? []))
      signPoa(tenant, partner.id);
    releaseSignedCases(ctx, tenant);
    ctx.store.save();
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

/** Partners whose PoA is still missing: those named in the link and those of the tenant's waiting cases. */
function partnersToSign(
  ctx: SandboxContext,
  tenant: SandboxTenant,
  namedIds: readonly string[],
): Set<CollectionPartner> {
  const partners = new Set<CollectionPartner>();
  for (const id of namedIds) {
    const partner = collectionPartnerById(id);
    if (partner) partners.add(partner);
  }
  for (const stored of pendingCases(ctx, tenant)) {
    const partner = partnerOfCase(stored);
    if (partner) partners.add(partner);
  }
  for (const partner of partners) if (tenant.signedPoaPartnerIds.includes(partner.id)) partners.delete(partner);
  return partners;
}
