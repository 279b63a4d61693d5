// The signing pages behind a case's `solutionUrl`s and `combinedSigningUrl` (REFERENCE §7): SDCA (re-)signing,
// a power of attorney for one collection partner, director KYC, and the combined chain that does every
// pending step at once. Each runs its named client action and follows `returnUrl`.
import { Hono } from 'hono';
import {
  partnersToSign,
  signDebtCollectionAgreement,
  signPendingContracts,
  signPowerOfAttorney,
  submitKyc,
} from '../client-actions.js';
import type { SandboxContext } from '../context.js';
import { collectionPartnerById } from '../partners.js';
import { finish, formPage, kycFields, notFound, readKycForm, tenantOfLink } from './forms.js';
import { escapeHtml, hostedPage } from './page.js';

export function signingPages(ctx: SandboxContext): Hono {
  const app = new Hono();

  app.get('/contractupgrade/sign/:linkId', (c) => {
    const tenant = tenantOfLink(ctx, c.req.param('linkId'));
    if (!tenant) return notFound(ctx, c);
    return c.html(
      formPage(ctx, {
        title: 'Sign the debt collection agreement',
        intro: `<p>${escapeHtml(tenant.companyName)} needs to sign the current debt collection agreement (SDCA).</p>`,
        buttons: [{ label: 'Sign agreement' }],
      }),
    );
  });
  app.post('/contractupgrade/sign/:linkId', (c) => {
    const tenant = tenantOfLink(ctx, c.req.param('linkId'));
    if (!tenant) return notFound(ctx, c);
    signDebtCollectionAgreement(ctx, tenant);
    return finish(ctx, c, 'The agreement is signed.');
  });

  app.get('/powerofattorney/sign/:linkId', (c) => {
    const tenant = tenantOfLink(ctx, c.req.param('linkId'));
    const partner = collectionPartnerById(c.req.query('collectionPartnerId') ?? '');
    if (!tenant || !partner) return notFound(ctx, c);
    return c.html(
      formPage(ctx, {
        title: 'Sign the power of attorney',
        intro: `<p>${escapeHtml(tenant.companyName)} authorises ${escapeHtml(partner.name)} to collect on its behalf.</p>`,
        buttons: [{ label: 'Sign power of attorney' }],
      }),
    );
  });
  app.post('/powerofattorney/sign/:linkId', (c) => {
    const tenant = tenantOfLink(ctx, c.req.param('linkId'));
    const partner = collectionPartnerById(c.req.query('collectionPartnerId') ?? '');
    if (!tenant || !partner) return notFound(ctx, c);
    signPowerOfAttorney(ctx, tenant, partner.id);
    return finish(ctx, c, 'The power of attorney is signed.');
  });

  const kycIntro = '<p>Some collection partners need to know who runs the company before they accept cases.</p>';
  app.get('/kyc/:linkId', (c) => {
    const tenant = tenantOfLink(ctx, c.req.param('linkId'));
    if (!tenant) return notFound(ctx, c);
    return c.html(
      formPage(ctx, {
        title: 'Verify the company director',
        intro: kycIntro,
        fields: kycFields(),
        buttons: [{ label: 'Submit verification' }],
      }),
    );
  });
  app.post('/kyc/:linkId', async (c) => {
    const tenant = tenantOfLink(ctx, c.req.param('linkId'));
    if (!tenant) return notFound(ctx, c);
    const kyc = readKycForm(ctx, await c.req.parseBody());
    if (!kyc.ok) {
      return c.html(
        formPage(ctx, {
          title: 'Verify the company director',
          intro: kycIntro,
          fields: kycFields(kyc.values, kyc.missing),
          buttons: [{ label: 'Submit verification' }],
          errors: ['Fill in every field.'],
        }),
        400,
      );
    }
    submitKyc(ctx, tenant, kyc.record);
    return finish(ctx, c, 'The verification is submitted.');
  });

  // The combined chain: SDCA → PoAs (named ones plus those of waiting cases) → KYC when asked.
  app.get('/signing/pendingcontracts', (c) => {
    const tenant = tenantOfLink(ctx, c.req.query('link'));
    if (!tenant) return notFound(ctx, c);
    const kycAsked = c.req.query('kyc') === 'true';
    const partnerNames = partnersToSign(ctx, tenant, c.req.queries('collectionPartnerId') ?? []).map(
      (partner) => partner.name,
    );
    const steps = [
      ...(tenant.sdcaSigned ? [] : ['the debt collection agreement (SDCA)']),
      ...partnerNames.map((name) => `a power of attorney for ${name}`),
      ...(kycAsked ? ['director verification (KYC)'] : []),
    ];
    const intro = steps.length
      ? `<p>${escapeHtml(tenant.companyName)} has these steps left:</p><ul>${steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('')}</ul>`
      : '<p>Nothing is left to sign.</p>';
    return c.html(
      formPage(ctx, {
        title: 'Complete pending contracts',
        intro,
        fields: kycAsked ? kycFields() : '',
        buttons: [{ label: 'Sign everything' }],
      }),
    );
  });
  app.post('/signing/pendingcontracts', async (c) => {
    const tenant = tenantOfLink(ctx, c.req.query('link'));
    if (!tenant) return notFound(ctx, c);
    const kyc = c.req.query('kyc') === 'true' ? readKycForm(ctx, await c.req.parseBody()) : undefined;
    if (kyc && !kyc.ok) {
      return c.html(
        formPage(ctx, {
          title: 'Complete pending contracts',
          intro: '<p>Director verification (KYC) is one of the steps left.</p>',
          fields: kycFields(kyc.values, kyc.missing),
          buttons: [{ label: 'Sign everything' }],
          errors: ['Fill in every director field.'],
        }),
        400,
      );
    }
    signPendingContracts(ctx, tenant, {
      collectionPartnerIds: c.req.queries('collectionPartnerId') ?? [],
      kyc: kyc?.ok ? kyc.record : undefined,
    });
    return finish(ctx, c, 'All pending contracts are signed.');
  });

  app.get('/contracts/sdca/:linkId', (c) => {
    const tenant = tenantOfLink(ctx, c.req.param('linkId'));
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
