// Contract state: per case (GET /cases/{id}/contract-status) and the creditor's debt collection
// agreement (GET /contracts/debt-collection/status). Solution URLs lead to the sandbox's hosted signing pages.
import type { Hono } from 'hono';
import type { CaseContractStatusApiDTO, CollectionContractStatusApiDTO } from '../../wire/index.js';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { poaSigningUrl, sdcaSigningUrl, sdcaTermsUrl } from '../hosted/urls.js';
import { collectionPartners } from '../partners.js';
import { findTenantCase } from './case-lookup.js';

export function addContractRoutes(app: Hono<CustomerEnv>, ctx: SandboxContext): void {
  app.get('/cases/:id/contract-status', (c) => {
    const stored = findTenantCase(ctx, c);
    if (stored instanceof Response) return stored;
    const tenant = c.get('tenant');
    const partnerName = stored.invoice.collectionPartner?.name ?? null;
    const partner = collectionPartners.find((candidate) => candidate.name === partnerName);
    const body: CaseContractStatusApiDTO = {
      sdca: {
        signed: tenant.sdcaSigned,
        requiresResigning: false,
        solutionUrl: tenant.sdcaSigned ? null : sdcaSigningUrl(ctx, tenant),
      },
      collectionPartnerName: partnerName,
      needsPoaSigning: false,
    };
    // The PoA is reported only once a partner is assigned. The sandbox has no jurisdiction carve-outs,
    // so there is never a pricing appendix to sign and `pricingAppendix` stays absent.
    if (partner) {
      const signed = tenant.signedPoaPartnerIds.includes(partner.id);
      body.poa = {
        signed,
        requiresResigning: false,
        solutionUrl: signed ? null : poaSigningUrl(ctx, tenant, partner.id),
      };
      body.needsPoaSigning = !signed;
    }
    return c.json(body, 200);
  });

  app.get('/contracts/debt-collection/status', (c) => {
    const tenant = c.get('tenant');
    const body: CollectionContractStatusApiDTO = tenant.sdcaSigned
      ? {
          signed: true,
          requiresResigning: false,
          invalidationReason: 'None',
          termsUrl: sdcaTermsUrl(ctx, tenant),
          solutionUrl: null,
        }
      : {
          signed: false,
          requiresResigning: false,
          invalidationReason: null,
          termsUrl: null,
          solutionUrl: sdcaSigningUrl(ctx, tenant),
        };
    return c.json(body, 200);
  });
}
