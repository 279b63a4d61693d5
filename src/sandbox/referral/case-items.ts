// A stored case as the Referral API shows it to the partner (CaseItem), and with its potential revenue
// (GetCaseDetailResponse).
import type { CaseItem, CaseValidationStatusDto, GetCaseDetailResponse } from '../../wire/index.js';
import { collectionPartnerById, jurisdictionOf, type CollectionPartner } from '../partners.js';
import type { SandboxTenant, StoredCase } from '../state.js';
import type { PartnerCase } from './partner-cases.js';
import { potentialRevenueOf, referralFeePercentageOf } from './revenue.js';

/** The partner handling the case: the one of the debtor's jurisdiction, once the case was routed to it. */
export function collectionPartnerOfCase(stored: StoredCase): CollectionPartner | undefined {
  if (!stored.invoice.collectionPartner) return undefined;
  const debtor = stored.invoice.debtor;
  const jurisdiction = debtor?.countryAlpha2 ? jurisdictionOf(debtor.countryAlpha2, debtor.stateAlpha2) : undefined;
  return jurisdiction ? collectionPartnerById(jurisdiction.partnerId) : undefined;
}

function contactName(user: SandboxTenant['users'][number]): string {
  return `${user.firstName} ${user.lastName}`.trim();
}

/** The validation state as a partner may see it; the sandbox keeps no creditor response or items per case. */
function validationOf(stored: StoredCase): CaseValidationStatusDto {
  return { needsInfo: stored.invoice.validation?.needsInfo === true, creditorRespondedAt: null, items: [] };
}

export function caseItemOf({ stored, tenant }: PartnerCase): CaseItem {
  const invoice = stored.invoice;
  // The first user is the one the client was onboarded with.
  const [onboardingUser, ...otherUsers] = tenant.users;
  const partnerName = invoice.collectionPartner?.name ?? null;
  return {
    id: invoice.id,
    reference: invoice.reference ?? null,
    creditorReference: invoice.creditorReference ?? null,
    client: {
      externalTenantId: tenant.externalTenantId,
      creditorId: tenant.creditorId,
      companyName: tenant.companyName,
      contacts: {
        onboardingUser: onboardingUser ? { email: onboardingUser.email, name: contactName(onboardingUser) } : null,
        officeEmail: tenant.officeEmail,
        otherUsers: otherUsers.map((user) => ({ email: user.email, name: contactName(user) })),
      },
    },
    debtor: { name: invoice.debtor?.name ?? null, country: invoice.debtor?.country ?? null },
    grossAmount: invoice.grossAmount ?? 0,
    remainder: invoice.remainder ?? 0,
    currency: invoice.currency ?? null,
    lifecycle: invoice.lifecycle ?? null,
    closeCode: invoice.closeCode ?? null,
    currentEngagementPhase: invoice.currentEngagementPhase ?? null,
    dateCreated: invoice.dateCreated,
    dueDate: invoice.dueDate,
    dateCollectionStarted: invoice.dateCollectionStarted ?? null,
    dateFinished: invoice.dateFinished ?? null,
    validation: validationOf(stored),
    collectionPartner: partnerName,
    expectedReferralRatePercentage: partnerName ? referralFeePercentageOf(tenant) : null,
  };
}

export function caseDetailOf(found: PartnerCase): GetCaseDetailResponse {
  return { ...caseItemOf(found), potentialRevenue: potentialRevenueOf(found.stored, found.tenant) };
}
