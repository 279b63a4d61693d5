// The hosted onboarding of a new client (the 202 `onboardingLinks.url`): company details → users → director
// KYC when the client's collection partner needs it → SDCA signing, which makes the link active. Each step is
// one form; a step asked for before its turn sends the browser to the step that is due, and the last one
// follows `returnUrl` back to the partner.
import { Hono, type Context } from 'hono';
import { completeOnboarding, confirmCompanyDetails, confirmUsers, submitKyc } from '../client-actions.js';
import type { SandboxContext } from '../context.js';
import { countryCodeByName, countryName, isoCountryCode } from '../customer/iso-countries.js';
import { pendingStep, stepsOf, type OnboardingStepPage } from '../onboarding-steps.js';
import type { SandboxTenant } from '../state.js';
import type { ClientDetails } from '../store.js';
import { finish, formPage, formText, inputField, kycFields, notFound, readKycForm, tenantOfLink } from './forms.js';
import { escapeHtml, hostedPage } from './page.js';
import { onboardingStepPath } from './urls.js';

const stepTitles: Record<OnboardingStepPage, string> = {
  companydetails: 'Company details',
  users: 'Users',
  kyc: 'Director verification',
  sign: 'Debt collection agreement',
};

function title(tenant: SandboxTenant, step: OnboardingStepPage): string {
  const steps = stepsOf(tenant);
  return `${stepTitles[step]} (step ${steps.indexOf(step) + 1} of ${steps.length})`;
}

/** The client's onboarding is over: nothing to fill in, a way back. */
function alreadyDone(ctx: SandboxContext, c: Context, tenant: SandboxTenant): Response {
  return c.html(
    hostedPage(ctx, {
      title: 'Onboarding is complete',
      body: `<p role="status">${escapeHtml(tenant.companyName)} has finished onboarding and can submit cases.</p>`,
    }),
  );
}

function companyForm(
  ctx: SandboxContext,
  tenant: SandboxTenant,
  values: Record<string, string>,
  errors: Record<string, string>,
) {
  const fields = [
    inputField({
      name: 'companyName',
      label: 'Company name',
      value: values.companyName,
      required: true,
      autocomplete: 'organization',
      error: errors.companyName,
    }),
    inputField({
      name: 'registrationNumber',
      label: 'Registration number (VAT, CVR…)',
      value: values.registrationNumber,
    }),
    inputField({ name: 'address', label: 'Address', value: values.address, autocomplete: 'street-address' }),
    inputField({ name: 'zipCode', label: 'Postcode', value: values.zipCode, autocomplete: 'postal-code' }),
    inputField({ name: 'city', label: 'City', value: values.city, autocomplete: 'address-level2' }),
    inputField({
      name: 'country',
      label: 'Country (name or two-letter code)',
      value: values.country,
      required: true,
      autocomplete: 'country-name',
      error: errors.country,
    }),
    inputField({
      name: 'officeEmail',
      label: 'Support e-mail',
      value: values.officeEmail,
      type: 'email',
      required: true,
      autocomplete: 'email',
      error: errors.officeEmail,
    }),
    inputField({ name: 'officePhone', label: 'Phone', value: values.officePhone, type: 'tel', autocomplete: 'tel' }),
  ];
  return formPage(ctx, {
    title: title(tenant, 'companydetails'),
    intro: `<p>Check the details ${escapeHtml(tenant.companyName)} will collect under. Your partner filled them in; correct anything that is wrong.</p>`,
    fields: fields.join('\n'),
    buttons: [{ label: 'Continue' }],
    errors: Object.values(errors),
  });
}

function companyValues(tenant: SandboxTenant): Record<string, string> {
  return {
    companyName: tenant.companyName,
    registrationNumber: tenant.companyRegistrationNumber ?? '',
    address: tenant.address ?? '',
    zipCode: tenant.zipCode ?? '',
    city: tenant.city ?? '',
    country: tenant.country ? countryName(tenant.country) : '',
    officeEmail: tenant.officeEmail ?? '',
    officePhone: tenant.officePhone ?? '',
  };
}

function readCompanyForm(form: Record<string, unknown>) {
  const values = Object.fromEntries(
    ['companyName', 'registrationNumber', 'address', 'zipCode', 'city', 'country', 'officeEmail', 'officePhone'].map(
      (name) => [name, formText(form, name)],
    ),
  ) as Record<string, string>;
  const errors: Record<string, string> = {};
  if (!values.companyName) errors.companyName = 'Enter the company name.';
  const country = values.country
    ? values.country.length === 2
      ? isoCountryCode(values.country)
      : countryCodeByName(values.country)
    : undefined;
  if (!country)
    errors.country = values.country ? `"${values.country}" is not a country we know.` : 'Enter the country.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.officeEmail ?? ''))
    errors.officeEmail = 'Enter an e-mail address like office@example.com.';
  const details: ClientDetails = {
    companyName: values.companyName,
    companyRegistrationNumber: values.registrationNumber || null,
    address: values.address || null,
    zipCode: values.zipCode || null,
    city: values.city || null,
    country: country ?? null,
    officeEmail: values.officeEmail,
    officePhone: values.officePhone || null,
  };
  return { values, errors, details };
}

function usersPage(ctx: SandboxContext, tenant: SandboxTenant): string {
  const rows = tenant.users
    .map(
      (user, index) =>
        `<tr><td>${escapeHtml(`${user.firstName} ${user.lastName}`)}</td><td>${escapeHtml(user.email)}</td><td>${index === 0 ? 'Administrator' : 'User'}</td></tr>`,
    )
    .join('');
  return formPage(ctx, {
    title: title(tenant, 'users'),
    intro: `<p>These people get access to ${escapeHtml(tenant.companyName)}'s collection cases. The administrator signs the agreement.</p>
<table><caption class="note">Users and roles</caption><thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th></tr></thead><tbody>${rows}</tbody></table>`,
    buttons: [{ label: 'Confirm users' }],
  });
}

function kycPage(ctx: SandboxContext, tenant: SandboxTenant, values?: Record<string, string>, missing?: Set<string>) {
  return formPage(ctx, {
    title: title(tenant, 'kyc'),
    intro: `<p>The collection partner for ${escapeHtml(tenant.companyName)} needs to know who runs the company before it accepts cases.</p>`,
    fields: kycFields(values, missing),
    buttons: [{ label: 'Continue' }],
    errors: missing?.size ? ['Fill in every director field.'] : undefined,
  });
}

function signPage(ctx: SandboxContext, tenant: SandboxTenant, error?: string) {
  return formPage(ctx, {
    title: title(tenant, 'sign'),
    intro: `<p>${escapeHtml(tenant.companyName)} authorises Debitura and its collection partners to collect overdue invoices under the standard debt collection agreement (SDCA). Fees are only due on money recovered.</p>`,
    fields: `<label class="checkbox"><input type="checkbox" name="accept" value="yes" required${error ? ' aria-invalid="true" aria-describedby="accept-error"' : ''}> I have read and accept the debt collection agreement</label>${error ? `<p class="error" id="accept-error">${escapeHtml(error)}</p>` : ''}`,
    buttons: [{ label: 'Sign agreement' }],
    errors: error ? [error] : undefined,
  });
}

export function onboardingPages(ctx: SandboxContext): Hono {
  const app = new Hono();

  /**
   * The tenant and whether `step` may be shown now: done onboarding shows its end, a step after the one due
   * redirects there. Earlier steps stay open, so the client can go back and correct them.
   */
  function gate(c: Context, step: OnboardingStepPage): { tenant: SandboxTenant } | Response {
    const tenant = tenantOfLink(ctx, c.req.param('linkId'));
    if (!tenant) return notFound(ctx, c);
    const due = pendingStep(tenant);
    if (!due) return c.req.method === 'GET' ? alreadyDone(ctx, c, tenant) : finish(ctx, c, 'Onboarding is complete.');
    const order = stepsOf(tenant);
    if (!order.includes(step) || order.indexOf(step) > order.indexOf(due)) {
      return c.redirect(onboardingStepPath(tenant, due, c.req.query('returnUrl')), 303);
    }
    return { tenant };
  }

  /** After a step: the step now due, or the end of the flow. */
  function next(c: Context, tenant: SandboxTenant): Response {
    const due = pendingStep(tenant);
    if (!due) return finish(ctx, c, 'Onboarding is complete.');
    return c.redirect(onboardingStepPath(tenant, due, c.req.query('returnUrl')), 303);
  }

  app.get('/onboarding/companydetails/:linkId', (c) => {
    const gated = gate(c, 'companydetails');
    if (gated instanceof Response) return gated;
    return c.html(companyForm(ctx, gated.tenant, companyValues(gated.tenant), {}));
  });
  app.post('/onboarding/companydetails/:linkId', async (c) => {
    const gated = gate(c, 'companydetails');
    if (gated instanceof Response) return gated;
    const { values, errors, details } = readCompanyForm(await c.req.parseBody());
    if (Object.keys(errors).length > 0) return c.html(companyForm(ctx, gated.tenant, values, errors), 400);
    confirmCompanyDetails(ctx, gated.tenant, details);
    return next(c, gated.tenant);
  });

  app.get('/onboarding/users/:linkId', (c) => {
    const gated = gate(c, 'users');
    return gated instanceof Response ? gated : c.html(usersPage(ctx, gated.tenant));
  });
  app.post('/onboarding/users/:linkId', (c) => {
    const gated = gate(c, 'users');
    if (gated instanceof Response) return gated;
    confirmUsers(ctx, gated.tenant);
    return next(c, gated.tenant);
  });

  app.get('/onboarding/kyc/:linkId', (c) => {
    const gated = gate(c, 'kyc');
    return gated instanceof Response ? gated : c.html(kycPage(ctx, gated.tenant));
  });
  app.post('/onboarding/kyc/:linkId', async (c) => {
    const gated = gate(c, 'kyc');
    if (gated instanceof Response) return gated;
    const kyc = readKycForm(ctx, await c.req.parseBody());
    if (!kyc.ok) return c.html(kycPage(ctx, gated.tenant, kyc.values, kyc.missing), 400);
    submitKyc(ctx, gated.tenant, kyc.record);
    return next(c, gated.tenant);
  });

  app.get('/onboarding/sign/:linkId', (c) => {
    const gated = gate(c, 'sign');
    return gated instanceof Response ? gated : c.html(signPage(ctx, gated.tenant));
  });
  app.post('/onboarding/sign/:linkId', async (c) => {
    const gated = gate(c, 'sign');
    if (gated instanceof Response) return gated;
    if (formText(await c.req.parseBody(), 'accept') !== 'yes') {
      return c.html(signPage(ctx, gated.tenant, 'Tick the box to accept the agreement before signing.'), 400);
    }
    completeOnboarding(ctx, gated.tenant);
    return finish(ctx, c, 'Onboarding is complete.');
  });

  return app;
}
