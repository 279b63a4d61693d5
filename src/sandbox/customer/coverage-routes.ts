// Customer API coverage: every jurisdiction with its partner and the caller's power-of-attorney status
// for that partner (GET /coverage, /coverage/{id}, the deprecated /coverage/search and /coverage/:search),
// and POST /coverage/check-eligibility, which routes one debtor location the way POST /cases would.
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { poaSigningUrl } from '../hosted/urls.js';
import { jurisdictions, type Jurisdiction } from '../partners.js';
import { coverageItems } from '../referral/coverage.js';
import type { SandboxTenant } from '../state.js';
import { parseRequestBody } from '../webhooks/request-validation.js';
import { apiErrorBody } from './api-error-body.js';
import { assessEligibility, NO_PARTNER_MESSAGE } from './case-eligibility.js';
import { FieldErrors } from './field-errors.js';
import { countryName, isoCountryCode } from './iso-countries.js';
import { isoCurrencyCode } from './iso-currencies.js';
import { queryValue } from './query-params.js';

/** CaseEligibilityRequestApiDTO. */
const CaseEligibilityRequest = z.strictObject({
  countryAlpha2: z.string().check(z.minLength(1)),
  stateAlpha2: z.optional(z.nullable(z.string())),
  debtorType: z.string().check(z.minLength(1)),
  amount: z.number().check(z.gte(0.01)),
  currencyCode: z.string().check(z.minLength(1)),
});

const debtorTypes = ['Company', 'Private'];

/** The PoA status of a partner for this creditor, as coverage and eligibility show it. */
function poaStatus(ctx: SandboxContext, tenant: SandboxTenant, partnerId: string) {
  const signed = tenant.signedPoaPartnerIds.includes(partnerId);
  return {
    signed,
    requiresResigning: false,
    invalidationReason: null,
    termsUrl: null,
    solutionUrl: signed ? null : poaSigningUrl(ctx, tenant, partnerId),
  };
}

function coverageFor(ctx: SandboxContext, tenant: SandboxTenant) {
  return coverageItems().map((item) => ({
    ...item,
    partners: (item.partners ?? []).map((partner) => ({
      ...partner,
      ...poaStatus(ctx, tenant, partner.partnerId ?? ''),
    })),
  }));
}

/** `q` of the deprecated search: an alpha-2 code ("DK"), a US state ("US-CA", "CA, US"), or a name. */
function searchJurisdiction(q: string): Jurisdiction | undefined {
  const text = q.trim().toLowerCase();
  const usState = /^us[-\s,]+([a-z]{2})$/.exec(text) ?? /^([a-z]{2})[\s,]+us$/.exec(text);
  return jurisdictions.find(
    (jurisdiction) =>
      (usState
        ? jurisdiction.stateAlpha2?.toLowerCase() === usState[1]
        : jurisdiction.stateAlpha2 === null && jurisdiction.countryAlpha2.toLowerCase() === text) ||
      jurisdiction.name.toLowerCase() === text,
  );
}

export function addCoverageRoutes(app: Hono<CustomerEnv>, ctx: SandboxContext): void {
  const search = (c: Context<CustomerEnv>) => {
    const q = queryValue(new URL(c.req.url).searchParams, 'q');
    if (!q) return c.json(apiErrorBody('ValidationError', 'q: a search query is required.'), 400);
    const found = searchJurisdiction(q);
    const item = found && coverageFor(ctx, c.get('tenant')).find((entry) => entry.jurisdictionId === found.id);
    return item ? c.json(item, 200) : c.json(apiErrorBody('NotFound', `No jurisdiction matches '${q}'.`), 404);
  };

  app.get('/coverage', (c) => c.json(coverageFor(ctx, c.get('tenant')), 200));
  app.get('/coverage/search', search);
  app.get('/coverage/:id', (c) => {
    const id = c.req.param('id');
    // `/coverage/:search` is a literal path of the spec (a custom-method style alias), not an id.
    if (id === ':search') return search(c);
    const item = /^\d+$/.test(id)
      ? coverageFor(ctx, c.get('tenant')).find((entry) => entry.jurisdictionId === Number(id))
      : undefined;
    return item ? c.json(item, 200) : c.json(apiErrorBody('NotFound', 'Jurisdiction not found.'), 404);
  });

  app.post('/coverage/check-eligibility', async (c) => {
    const parsed = await parseRequestBody(c, CaseEligibilityRequest);
    if (parsed instanceof Response) return parsed;
    const request = parsed.value;
    const errors = new FieldErrors();
    const country = isoCountryCode(request.countryAlpha2);
    if (!country) errors.add('countryAlpha2', `'${request.countryAlpha2}' is not an ISO 3166-1 alpha-2 country code.`);
    if (!debtorTypes.includes(request.debtorType))
      errors.add('debtorType', `Must be one of ${debtorTypes.join(', ')}.`);
    if (!isoCurrencyCode(request.currencyCode))
      errors.add('currencyCode', `'${request.currencyCode}' is not an ISO 4217 currency code.`);
    if (country === 'US' && !request.stateAlpha2?.trim()) errors.add('stateAlpha2', 'Required for debtors in the US.');
    if (!errors.empty || !country) return c.json(errors.toApiError(), 400);

    const tenant = c.get('tenant');
    const eligibility = assessEligibility(tenant, {
      countryAlpha2: country,
      stateAlpha2: request.stateAlpha2 ?? null,
      viaReferralToken: c.get('authScheme') === 'bearer',
    });
    const { jurisdiction, partner } = eligibility;
    const jurisdictionInfo = jurisdiction
      ? {
          id: jurisdiction.id,
          name: jurisdiction.name,
          country: countryName(jurisdiction.countryAlpha2),
          countryAlpha2: jurisdiction.countryAlpha2,
          usStateAlpha2: jurisdiction.stateAlpha2,
        }
      : undefined;
    const errorMessage = eligibility.blocked
      ? 'This creditor is blocked from creating cases. Contact Debitura support.'
      : partner
        ? null
        : NO_PARTNER_MESSAGE;
    return c.json(
      {
        isEligible: errorMessage === null,
        ...(jurisdictionInfo ? { jurisdiction: jurisdictionInfo } : {}),
        ...(partner ? { partner: { id: partner.id, name: partner.name } } : {}),
        ...(partner ? { powerOfAttorneyStatus: poaStatus(ctx, tenant, partner.id) } : {}),
        errorMessage,
      },
      200,
    );
  });
}
