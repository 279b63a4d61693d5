// POST /cases without the HTTP around it: field validation (400), business rules (422), then the new
// case in the store (200 InvoiceDto).
import { randomUUID } from 'node:crypto';
import type {
  BusinessErrorResponseApiDTO,
  InvoiceDto,
  LifecycleStatus,
  ValidationErrorBody,
} from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import type { SandboxTenant } from '../state.js';
import { ageSurcharge } from './age-surcharge.js';
import { assessEligibility, businessErrorsOf, hasPendingSignings, signingHandoffUrl } from './case-eligibility.js';
import { newCaseReference } from './case-reference.js';
import { validateCreateCase } from './create-case-validation.js';
import { FieldErrors } from './field-errors.js';
import { buildInvoice, storedDebtor } from './invoice-factory.js';
import { teamMemberByEmail, fullName } from './team-users.js';
import { caseCreatedEntry, statusChangedEntry } from './timeline-entries.js';

export type CreateCaseOutcome =
  | { status: 200; body: InvoiceDto }
  | { status: 400; body: ValidationErrorBody }
  | { status: 422; body: BusinessErrorResponseApiDTO };

/** A checked request: its 400 or 422, or the function that stores the case. */
export type CasePlan = Exclude<CreateCaseOutcome, { status: 200 }> | { status: 200; create(): InvoiceDto };

export interface CreateCaseOptions {
  viaReferralToken: boolean;
  /** References taken by earlier cases of the same request (referral POST /clients sends several). */
  takenReferences?: ReadonlySet<string>;
}

export function createCase(
  ctx: SandboxContext,
  tenant: SandboxTenant,
  body: unknown,
  options: CreateCaseOptions,
): CreateCaseOutcome {
  const plan = planCase(ctx, tenant, body, options);
  return plan.status === 200 ? { status: 200, body: plan.create() } : plan;
}

/** Every check of POST /cases without storing anything, so a caller can check several cases first. */
export function planCase(
  ctx: SandboxContext,
  tenant: SandboxTenant,
  body: unknown,
  options: CreateCaseOptions,
): CasePlan {
  const now = ctx.now();
  const existing = ctx.store.casesOf(tenant.creditorId);
  const validation = validateCreateCase(body, {
    now,
    isTeamMember: (email) => teamMemberByEmail(tenant, email) !== undefined,
    isDuplicateReference: (reference) =>
      options.takenReferences?.has(reference) === true ||
      existing.some((stored) => stored.invoice.creditorReference === reference),
  });
  if (!validation.ok) return { status: 400, body: validation.errors.toBody() };
  const valid = validation.value;
  const request = valid.request;

  const eligibility = assessEligibility(tenant, {
    countryAlpha2: valid.countryAlpha2,
    stateAlpha2: valid.stateAlpha2,
    forcedPartnerId: request.collectionPartnerId,
    viaReferralToken: options.viaReferralToken,
  });
  if (eligibility.forcedPartnerRejected) {
    const errors = new FieldErrors();
    errors.add(
      'collectionPartnerId',
      `Collection partner ${request.collectionPartnerId} does not cover the debtor's jurisdiction.`,
    );
    return { status: 400, body: errors.toBody() };
  }

  const businessErrors = businessErrorsOf(ctx, tenant, eligibility, request.returnUrl);
  const handoffUrl = signingHandoffUrl(ctx, tenant, eligibility, request.returnUrl);
  const deferrable = request.allowPendingContracts === true && !eligibility.missingKyc;
  if (businessErrors.length > 0 && !(deferrable && businessErrors.every(isDeferrableSigning))) {
    return { status: 422, body: { businessErrors, signingHandoff: { combinedSigningUrl: handoffUrl } } };
  }

  const partner = eligibility.partner;
  const jurisdiction = eligibility.jurisdiction;
  if (!partner || !jurisdiction) throw new Error('A case without partner passed the business rules');
  const debtor = request.debtor;
  if (!debtor) throw new Error('A case without debtor passed validation');
  const storeCase = (): InvoiceDto => {
    const pending = hasPendingSignings(eligibility);
    const status: LifecycleStatus = pending
      ? 'PendingContractSigning'
      : request.skipDebituraVerification
        ? 'PendingVerification'
        : 'PendingVerificationInternal';
    const surcharge = ageSurcharge(valid.amountToRecover, valid.ageBreakdown, valid.dueDate, now);
    const id = randomUUID();
    const reference = newCaseReference((candidate) => ctx.store.isCaseReferenceTaken(candidate));
    const assignedUser = request.assignedUserEmail ? teamMemberByEmail(tenant, request.assignedUserEmail) : undefined;

    const invoice = buildInvoice({
      id,
      reference,
      dateCreated: now,
      tenant,
      status,
      amount: valid.amountToRecover,
      currency: valid.currencyCode,
      date: valid.date,
      dueDate: valid.dueDate ?? valid.date,
      debtor: storedDebtor(debtor, {
        type: valid.debtorType,
        countryAlpha2: valid.countryAlpha2,
        stateAlpha2: valid.stateAlpha2,
      }),
      partner,
      creditorReference: request.creditorReference,
      comments: request.comments,
      claimDescription: request.claimDescription,
      isTest: request.isTest,
      creditorDivisionId: request.creditorDivisionId,
      blendedAgeUpliftPoints: surcharge.blendedAgeUpliftPoints,
      preLegalSuccessFee: jurisdiction.baseSuccessFeePercentage + surcharge.points,
      combinedSigningUrl: pending ? handoffUrl : null,
      assignedUser,
    });
    const submitter = assignedUser ? fullName(assignedUser) : tenant.companyName;
    ctx.store.addCase({
      creditorId: tenant.creditorId,
      invoice,
      timeline: [
        caseCreatedEntry(now, reference, { type: 'Creditor user', name: submitter }),
        statusChangedEntry(now, status),
      ],
      payments: [],
      chats: [],
      files: [],
      tag: request.tag ?? null,
    });
    return invoice;
  };
  return { status: 200, create: storeCase };
}

/** Errors `allowPendingContracts` turns into a "Pending contract signing" case instead of a 422. */
function isDeferrableSigning(error: { type?: string | null | undefined }): boolean {
  return error.type === 'MissingDebtCollectionContract' || error.type === 'MissingPowerOfAttorney';
}
