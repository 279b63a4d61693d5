// Referral GET /coverage: every jurisdiction the sandbox's collection partners cover (REFERENCE §2.9).
import { Hono } from 'hono';
import type { CoverageItemApiDTO } from '../../wire/index.js';
import { countryName, countryNumber } from '../customer/iso-countries.js';
import { collectionPartnerById, jurisdictions } from '../partners.js';

export function coverageItems(): CoverageItemApiDTO[] {
  return jurisdictions.map((jurisdiction) => {
    const partner = collectionPartnerById(jurisdiction.partnerId);
    return {
      jurisdictionId: jurisdiction.id,
      jurisdiction: jurisdiction.name,
      country: countryName(jurisdiction.countryAlpha2),
      countryId: countryNumber(jurisdiction.countryAlpha2),
      countryAlpha2: jurisdiction.countryAlpha2,
      usStateAlpha2: jurisdiction.stateAlpha2,
      partners: partner ? [{ partnerId: partner.id, partnerName: partner.name, conditions: 'All cases' }] : [],
    };
  });
}

export function coverageRoutes(): Hono {
  const app = new Hono();
  app.get('/coverage', (c) => c.json(coverageItems()));
  return app;
}
