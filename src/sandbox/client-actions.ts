// What a client does on Debitura's hosted pages (and the Referral API's KYC endpoint), as named operations:
// each changes the tenant through the store and then lets the cases that were waiting for it move on.
import type { SandboxContext } from './context.js';
import { statusChangedEntry } from './customer/timeline-entries.js';
import { collectionPartnerById, collectionPartners, partnerFor, type CollectionPartner } from './partners.js';
import type { KycRecord, SandboxTenant, StoredCase } from './state.js';

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
function releaseSignedCases(ctx: SandboxContext, tenant: SandboxTenant): void {
  if (!tenant.sdcaSigned) return;
  const now = ctx.now();
  for (const stored of pendingCases(ctx, tenant)) {
    const partner = partnerOfCase(stored);
    if (partner && !tenant.signedPoaPartnerIds.includes(partner.id)) continue;
    if (partner?.requiresKyc && !tenant.kycOnFile) continue;
    ctx.store.updateCase(stored, (record) => {
      record.invoice.lifecycle = 'Pending Verification Internal';
      record.invoice.signingHandoff = { combinedSigningUrl: null };
      record.invoice.solutionUrl = null;
      record.invoice.dateUpdated = now.toISOString();
      record.timeline.push(statusChangedEntry(now, 'PendingVerificationInternal'));
    });
  }
}

/** Partners whose PoA is still missing: those named in the link and those of the tenant's waiting cases. */
export function partnersToSign(
  ctx: SandboxContext,
  tenant: SandboxTenant,
  namedIds: readonly string[],
): CollectionPartner[] {
  const partners = new Set<CollectionPartner>();
  for (const id of namedIds) {
    const partner = collectionPartnerById(id);
    if (partner) partners.add(partner);
  }
  for (const stored of pendingCases(ctx, tenant)) {
    const partner = partnerOfCase(stored);
    if (partner) partners.add(partner);
  }
  return [...partners].filter((partner) => !tenant.signedPoaPartnerIds.includes(partner.id));
}

/** Hosted onboarding done: the SDCA is signed, which makes the link active. */
export function completeOnboarding(ctx: SandboxContext, tenant: SandboxTenant): void {
  ctx.store.signContract(tenant);
  releaseSignedCases(ctx, tenant);
}

/** The existing Debitura account approves the partner's link request. */
export function approveLinkRequest(ctx: SandboxContext, tenant: SandboxTenant): void {
  ctx.store.approveLink(tenant);
}

/** The SDCA signed (or re-signed after a new version) on its own page. */
export function signDebtCollectionAgreement(ctx: SandboxContext, tenant: SandboxTenant): void {
  ctx.store.signContract(tenant);
  releaseSignedCases(ctx, tenant);
}

export function signPowerOfAttorney(ctx: SandboxContext, tenant: SandboxTenant, partnerId: string): void {
  ctx.store.signPoa(tenant, partnerId);
  releaseSignedCases(ctx, tenant);
}

/** Director KYC on file, from the hosted form or the Referral API (the latest submission counts). */
export function submitKyc(ctx: SandboxContext, tenant: SandboxTenant, record?: KycRecord): void {
  ctx.store.recordKyc(tenant, record);
  releaseSignedCases(ctx, tenant);
}

/** The combined signing chain: KYC when asked, the SDCA, then every PoA still missing. */
export function signPendingContracts(
  ctx: SandboxContext,
  tenant: SandboxTenant,
  options: { collectionPartnerIds: readonly string[]; kyc?: KycRecord },
): void {
  if (options.kyc) ctx.store.recordKyc(tenant, options.kyc);
  const partners = partnersToSign(ctx, tenant, options.collectionPartnerIds);
  ctx.store.signContract(tenant);
  for (const partner of partners) ctx.store.signPoa(tenant, partner.id);
  releaseSignedCases(ctx, tenant);
}
