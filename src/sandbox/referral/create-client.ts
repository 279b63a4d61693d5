// Referral POST /clients without the HTTP around it (REFERENCE §2.2). Idempotent by externalTenantId: a known
// client answers with its current state. A new one is decided in this order: the seeded unlinked tenant of
// that id (unlinked-tenants.ts), else a Debitura account matched by e-mail (debitura-accounts.ts), else a new
// attributed client that onboards on the hosted pages. First cases are checked before anything is stored.
import { randomUUID } from 'node:crypto';
import type {
  ApiErrorResponseDto,
  CaseCreationFailure,
  ClientCreatedResponse,
  ConflictResponse,
  CreateClientRequest,
  InvoiceDto,
} from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import { planCase, type CasePlan } from '../customer/create-case.js';
import { FieldErrors } from '../customer/field-errors.js';
import { countryCodeByName, isoCountryCode } from '../customer/iso-countries.js';
import { accountByEmail, debituraAccount, linkRequestTenant, type DebituraAccount } from '../debitura-accounts.js';
import { linkApprovalUrl } from '../hosted/urls.js';
import { collectionPartners } from '../partners.js';
import type { SandboxTenant, SandboxTenantUser } from '../state.js';
import { creditorApiKeyOf } from '../tenants.js';
import { isReadyClientEmail, unlinkedTenant, type ActivationOutcome } from '../unlinked-tenants.js';
import { clientStatus, clientView } from './client-view.js';
import { SANDBOX_REFERRAL_FEE_PERCENTAGE } from './partner-profile.js';

export type CreateClientAnswer =
  | { status: 201 | 202; body: ClientCreatedResponse }
  | { status: 400; body: ApiErrorResponseDto }
  | { status: 409; body: ConflictResponse };

const day = 86_400_000;

export function createClient(ctx: SandboxContext, request: CreateClientRequest): CreateClientAnswer {
  const existing = ctx.store.tenant(request.externalTenantId);
  if (existing?.link === 'needs-linking') return { status: 409, body: needsLinkingConflict(ctx, existing) };
  if (existing) return { status: clientStatus(existing), body: clientView(ctx, existing) };

  const errors = new FieldErrors();
  const country = countryCodeOf(request.client.country);
  if (!country) errors.add('Client.Country', `Unknown country: ${request.client.country}`);
  const onboardingUsers = request.users.filter((user) => user.isOnboardingUser === true).length;
  if (request.users.length > 1 && onboardingUsers !== 1) {
    errors.add(
      'Users',
      onboardingUsers > 1
        ? 'Only one user can be marked as IsOnboardingUser'
        : 'When multiple users provided, exactly one must have IsOnboardingUser=true',
    );
  }
  if (!errors.empty || !country) return { status: 400, body: errors.toApiError() };

  const outcome = outcomeOf(request);
  if (outcome.kind === 'existing-account') {
    const account = debituraAccount(outcome.account);
    // One link per account: a second tenant id asking for it meets the link that exists.
    const linkedAs = ctx.store.tenantByCreditorId(account.creditorId);
    if (linkedAs?.link === 'needs-linking') return { status: 409, body: needsLinkingConflict(ctx, linkedAs) };
    if (account.kind !== 'creditor' || linkedAs) return { status: 409, body: blockedConflict(request, account) };
    return requestLink(ctx, request, account);
  }
  return addClient(ctx, request, newClientTenant(ctx, request, country, outcome));
}

function outcomeOf(request: CreateClientRequest): ActivationOutcome {
  const seeded = unlinkedTenant(request.externalTenantId);
  if (seeded) return seeded.outcome;
  const account = accountByEmail([request.client.supportEmail, ...request.users.map((user) => user.email)]);
  if (account) return { kind: 'existing-account', account: account.key };
  const onboardingUser = request.users.find((user) => user.isOnboardingUser === true) ?? request.users[0];
  if (isReadyClientEmail(onboardingUser?.email) || isReadyClientEmail(request.client.supportEmail))
    return { kind: 'instant' };
  return { kind: 'onboarding', kyc: false };
}

function newClientTenant(
  ctx: SandboxContext,
  request: CreateClientRequest,
  country: string,
  outcome: Exclude<ActivationOutcome, { kind: 'existing-account' }>,
): SandboxTenant {
  const now = ctx.now();
  let nextUserId = ctx.store.nextUserId();
  // The onboarding user comes first: it becomes the CreditorAdmin.
  const orderedUsers = [...request.users].sort(
    (a, b) => Number(b.isOnboardingUser === true) - Number(a.isOnboardingUser === true),
  );
  const users: SandboxTenantUser[] = orderedUsers.map((user) => ({
    id: nextUserId++,
    email: user.email,
    ...splitName(user.name),
    dateCreated: now.toISOString(),
  }));
  const instant = outcome.kind === 'instant';
  return {
    externalTenantId: request.externalTenantId,
    creditorId: randomUUID(),
    clientLinkId: randomUUID(),
    creditorApiKey: creditorApiKeyOf(request.externalTenantId),
    companyName: request.client.name.trim(),
    link: instant ? 'linked' : 'onboarding',
    // An instant client is ready for every partner, like acme-ready.
    sdcaSigned: instant,
    signedPoaPartnerIds: instant ? collectionPartners.map((partner) => partner.id) : [],
    kycOnFile: instant,
    blocked: false,
    isAttributedClient: true,
    referralFeePercentage: SANDBOX_REFERRAL_FEE_PERCENTAGE,
    dateLinked: now.toISOString(),
    ...(instant ? {} : { onboarding: { companyDetails: false, users: false, kycRequired: outcome.kyc } }),
    users,
    companyRegistrationNumber: request.client.registrationNumber ?? null,
    address: request.client.address ?? null,
    zipCode: request.client.zipCode ?? null,
    city: request.client.city ?? null,
    state: request.client.state ?? null,
    country,
    officeEmail: request.client.supportEmail,
    officePhone: request.client.supportPhone ?? null,
  };
}

/** A new attributed client and its first cases (created in PendingContractSigning unless it is ready). */
function addClient(ctx: SandboxContext, request: CreateClientRequest, tenant: SandboxTenant): CreateClientAnswer {
  const plans = planFirstCases(ctx, tenant, request);
  if (!Array.isArray(plans)) return plans;
  ctx.store.addClient(tenant);
  const successfulCases: InvoiceDto[] = [];
  const failedCases: CaseCreationFailure[] = [];
  for (const [index, plan] of plans.entries()) {
    if (plan.status === 200) successfulCases.push(plan.create());
    else if (plan.status === 422) failedCases.push(caseFailure(index, request.cases?.[index]?.creditorReference, plan));
  }
  const extra = request.cases ? { caseResults: { successfulCases, failedCases } } : {};
  return { status: clientStatus(tenant), body: clientView(ctx, tenant, extra) };
}

/** The company has a Debitura account: a link request waits for its approval, with the cases to replay then. */
function requestLink(ctx: SandboxContext, request: CreateClientRequest, account: DebituraAccount): CreateClientAnswer {
  const requestedAt = ctx.now();
  const tenant = linkRequestTenant(account, {
    externalTenantId: request.externalTenantId,
    clientLinkId: randomUUID(),
    creditorApiKey: creditorApiKeyOf(request.externalTenantId),
    requestedAt,
    expiresAt: new Date(requestedAt.getTime() + ctx.options.linkApprovalTtlDays * day),
    firstUserId: ctx.store.nextUserId(),
    pendingCases: request.cases ?? [],
  });
  const plans = planFirstCases(ctx, tenant, request);
  if (!Array.isArray(plans)) return plans;
  ctx.store.requestLink(tenant);
  return { status: 409, body: needsLinkingConflict(ctx, tenant) };
}

/** Every first case checked against the client-to-be; a field error in any of them aborts the whole call. */
function planFirstCases(
  ctx: SandboxContext,
  tenant: SandboxTenant,
  request: CreateClientRequest,
): CasePlan[] | CreateClientAnswer {
  const takenReferences = new Set<string>();
  const plans = (request.cases ?? []).map((caseRequest) => {
    const plan = planCase(
      ctx,
      tenant,
      { ...caseRequest, allowPendingContracts: true },
      { viaReferralToken: true, takenReferences },
    );
    if (caseRequest.creditorReference) takenReferences.add(caseRequest.creditorReference);
    return plan;
  });
  const invalidIndex = plans.findIndex((plan) => plan.status === 400);
  const invalid = plans[invalidIndex];
  if (invalid?.status !== 400) return plans;
  const errors = new FieldErrors();
  errors.add('Cases', 'Case validation failed');
  for (const [field, messages] of Object.entries(invalid.body)) {
    for (const message of messages) errors.add(`Cases[${invalidIndex}].${field}`, message);
  }
  return { status: 400, body: errors.toApiError() };
}

/** A 409 for a tenant whose link waits for approval by the existing Debitura account. */
export function needsLinkingConflict(ctx: SandboxContext, tenant: SandboxTenant): ConflictResponse {
  return {
    type: 'ClientExistsNeedsLinking',
    message:
      'A Debitura account already exists for this company. A link request was created; the account owner must approve it.',
    data: {
      externalTenantId: tenant.externalTenantId,
      onboardingLinks: { url: linkApprovalUrl(ctx, tenant) },
      isAttributedClient: false,
    },
  };
}

/** A 409 the partner cannot resolve: the company is another partner's client, or not a creditor at all. */
function blockedConflict(request: CreateClientRequest, account: DebituraAccount): ConflictResponse {
  if (account.kind !== 'collection-partner') {
    return {
      type: 'ClientAlreadyLinkedToAnotherPartner',
      message:
        'This company is already linked to a referral partner. Only one partner link per client is supported; contact Debitura support.',
      data: { externalTenantId: request.externalTenantId },
    };
  }
  return {
    type: 'InvalidClientType',
    message: 'The matching Debitura account is not a creditor account, so it cannot become a client.',
  };
}

export function caseFailure(
  index: number,
  creditorReference: string | null | undefined,
  plan: Extract<CasePlan, { status: 400 | 422 }>,
): CaseCreationFailure {
  if (plan.status === 400) {
    return {
      caseIndex: index,
      creditorReference: creditorReference ?? null,
      errorType: 'ValidationError',
      errorMessage: 'The case did not pass validation.',
      validationErrors: plan.body,
      signingHandoff: { combinedSigningUrl: null },
    };
  }
  const first = plan.body.businessErrors?.[0];
  return {
    caseIndex: index,
    creditorReference: creditorReference ?? null,
    errorType: first?.type ?? 'UnexpectedError',
    errorMessage: first?.message ?? 'The case could not be created.',
    validationErrors: null,
    signingHandoff: { combinedSigningUrl: plan.body.signingHandoff?.combinedSigningUrl ?? null },
  };
}

function countryCodeOf(country: string): string | undefined {
  return country.trim().length === 2 ? isoCountryCode(country) : countryCodeByName(country);
}

/** "Ada King Lovelace" → first "Ada", last "King Lovelace"; the API takes one full-name field. */
function splitName(name: string): { firstName: string; lastName: string } {
  const [firstName = '', ...rest] = name.trim().split(/\s+/);
  return { firstName, lastName: rest.join(' ') };
}
