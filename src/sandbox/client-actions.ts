// What a client does on Debitura's hosted pages (and the Referral API's KYC endpoint), as named operations:
// each changes the tenant through the store and then lets the cases that were waiting for it move on.
import { lifecycleLabels, type CaseCreationFailure } from '../wire/index.js';
import type { SandboxContext } from './context.js';
import { planCase } from './customer/create-case.js';
import { caseClosedEntry, statusChangedEntry, systemActor } from './customer/timeline-entries.js';
import { collectionPartnerById, collectionPartners, partnerFor, type CollectionPartner } from './partners.js';
import type { KycRecord, SandboxTenant, StoredCase } from './state.js';
import type { ClientDetails } from './store.js';

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

/** Onboarding step 1: the company details, as the client corrected them. */
export function confirmCompanyDetails(ctx: SandboxContext, tenant: SandboxTenant, details: ClientDetails): void {
  ctx.store.completeOnboardingStep(tenant, 'companyDetails', details);
}

/** Onboarding step 2: the users and their roles. */
export function confirmUsers(ctx: SandboxContext, tenant: SandboxTenant): void {
  ctx.store.completeOnboardingStep(tenant, 'users');
}

/** Hosted onboarding done: the SDCA is signed, which makes the link active. */
export function completeOnboarding(ctx: SandboxContext, tenant: SandboxTenant): void {
  ctx.store.signContract(tenant);
  releaseSignedCases(ctx, tenant);
}

/**
 * The existing Debitura account approves the partner's link request. The cases of the original POST /clients
 * are replayed with allowPendingContracts forced; those that fail are reported (`cases.replay_failed`).
 */
export function approveLinkRequest(ctx: SandboxContext, tenant: SandboxTenant): void {
  const pendingCases = tenant.linkRequest?.pendingCases ?? [];
  ctx.store.approveLink(tenant);
  const failures: CaseCreationFailure[] = [];
  for (const [index, request] of pendingCases.entries()) {
    const plan = planCase(ctx, tenant, { ...request, allowPendingContracts: true }, { viaReferralToken: true });
    if (plan.status === 200) {
      plan.create();
      continue;
    }
    const first = plan.status === 422 ? plan.body.businessErrors?.[0] : undefined;
    failures.push({
      caseIndex: index,
      creditorReference: request.creditorReference ?? null,
      errorType: plan.status === 400 ? 'ValidationError' : (first?.type ?? 'UnexpectedError'),
      errorMessage: plan.status === 400 ? 'The case did not pass validation.' : (first?.message ?? null),
      validationErrors: plan.status === 400 ? plan.body : null,
      signingHandoff: {
        combinedSigningUrl: plan.status === 422 ? (plan.body.signingHandoff?.combinedSigningUrl ?? null) : null,
      },
    });
  }
  if (failures.length > 0) ctx.store.reportReplayFailures(tenant, failures);
}

/** The existing Debitura account declines: the request is gone, and asking again makes a new one. */
export function declineLinkRequest(ctx: SandboxContext, tenant: SandboxTenant): void {
  ctx.store.endLink(tenant, 'declined');
}

/** Link requests past their approval window expire (Debitura runs this hourly; the sandbox on every request). */
export function expireLinkRequests(ctx: SandboxContext): void {
  const now = ctx.now().getTime();
  for (const tenant of ctx.store.tenants()) {
    const expiresAt = tenant.linkRequest && Date.parse(tenant.linkRequest.expiresAt);
    if (tenant.link === 'needs-linking' && expiresAt !== undefined && expiresAt <= now) {
      ctx.store.endLink(tenant, 'expired');
    }
  }
}

const neverStartedCloseCode = 'Case never started - Internal';

/** Why the client cannot be withdrawn (POST /clients/{id}/withdraw answers 409), or undefined when it can. */
export function withdrawalProblem(ctx: SandboxContext, tenant: SandboxTenant): string | undefined {
  if (!tenant.isAttributedClient)
    return 'Only attributed clients can be withdrawn; this client linked an existing account.';
  const progressed = ctx.store.casesOf(tenant.creditorId).filter((stored) => stored.invoice.lifecycle !== pendingLabel);
  if (progressed.length > 0) {
    return `${progressed.length} case(s) of this client have progressed beyond PendingContractSigning.`;
  }
  return undefined;
}

/** Withdraws a client that never finished: its waiting cases close as never started, the link is archived. */
export function withdrawClient(ctx: SandboxContext, tenant: SandboxTenant): void {
  const now = ctx.now();
  for (const stored of pendingCases(ctx, tenant)) {
    ctx.store.updateCase(stored, (record) => {
      record.invoice.lifecycle = lifecycleLabels.Closed;
      record.invoice.closeCode = neverStartedCloseCode;
      record.invoice.dateFinished = now.toISOString();
      record.invoice.dateUpdated = now.toISOString();
      record.invoice.signingHandoff = { combinedSigningUrl: null };
      record.invoice.solutionUrl = null;
      record.timeline.push(caseClosedEntry(now, neverStartedCloseCode, systemActor));
    });
  }
  ctx.store.endLink(tenant, 'withdrawn');
}

/** Why DELETE /clients/{id} would lose real work: cases in collection and leads with quotes. */
export function deletionBlockers(ctx: SandboxContext, tenant: SandboxTenant): string[] {
  const lifecycles = ctx.store.casesOf(tenant.creditorId).map((stored) => stored.invoice.lifecycle);
  const count = (labels: readonly string[]) => lifecycles.filter((label) => label && labels.includes(label)).length;
  const collecting = count([lifecycleLabels.Active, lifecycleLabels.Paused, lifecycleLabels.NeedsAdditionalDetails]);
  const quoted = count([lifecycleLabels.LeadsQuoteGiven]);
  return [
    ...(collecting > 0 ? [`${collecting} case(s) are in active collection.`] : []),
    ...(quoted > 0 ? [`${quoted} lead(s) have quotes waiting for a decision.`] : []),
  ];
}

/** Test environment reset: the client, its cases and its account are gone; POST /clients starts afresh. */
export function deleteClient(ctx: SandboxContext, tenant: SandboxTenant): void {
  ctx.store.endLink(tenant, 'deleted');
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
