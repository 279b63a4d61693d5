// Referral GET /reporting/transactions and GET /referral-partner/filter-options (REFERENCE §2.9, §2.10).
import { Hono } from 'hono';
import type { GetFilterOptionsResponse } from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody } from '../customer/api-error-body.js';
import { countryName, countryNumber } from '../customer/iso-countries.js';
import { collectionPartners } from '../partners.js';
import { partnerCases } from './partner-cases.js';
import { listTransactions } from './transaction-list.js';

/** Debtor countries of the partner's cases and the collection partners it can filter by, each sorted by name. */
export function filterOptions(ctx: SandboxContext): GetFilterOptionsResponse {
  const countries = new Set<string>();
  for (const { stored } of partnerCases(ctx)) {
    const alpha2 = stored.invoice.debtor?.countryAlpha2;
    if (alpha2) countries.add(alpha2.toUpperCase());
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    countries: [...countries].map((alpha2) => ({ id: countryNumber(alpha2), name: countryName(alpha2) })).sort(byName),
    // Every sandbox partner is in the partner's pricing zones.
    carveoutPartners: collectionPartners.map((partner) => ({ id: partner.id, name: partner.name })).sort(byName),
  };
}

export function reportingRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();
  app.get('/referral-partner/filter-options', (c) => c.json(filterOptions(ctx)));
  app.get('/reporting/transactions', (c) => {
    const list = listTransactions(ctx, new URL(c.req.url).searchParams);
    if (!list.ok) return c.json(apiErrorBody('ValidationError', list.message), 400);
    return c.json(list.response);
  });
  return app;
}
