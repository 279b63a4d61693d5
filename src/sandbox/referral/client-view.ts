// A tenant as the Referral API shows it (ClientCreatedResponse), and the status that goes with it.
import type { ClientCreatedResponse, KycStatus, KycVerificationDto } from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import { onboardingUrl, sdcaSigningUrl } from '../hosted/urls.js';
import { kycRequired } from '../onboarding-steps.js';
import type { KycRecord, SandboxTenant } from '../state.js';
import { clientEarningsUsd } from './transactions.js';

/** Onboarding is done once the link is active and the current SDCA is signed. */
export function onboardingDone(tenant: SandboxTenant): boolean {
  return tenant.link === 'linked' && tenant.sdcaSigned;
}

/**
 * 201 when ready, 202 while onboarding (new client: company-details URL; linked client whose SDCA
 * needs signing: contract-upgrade URL, REFERENCE §2.2).
 */
export function clientStatus(tenant: SandboxTenant): 201 | 202 {
  return onboardingDone(tenant) ? 201 : 202;
}

function pendingOnboardingUrl(ctx: SandboxContext, tenant: SandboxTenant): string | null {
  if (onboardingDone(tenant)) return null;
  return tenant.link === 'onboarding' ? onboardingUrl(ctx, tenant) : sdcaSigningUrl(ctx, tenant);
}

/**
 * KYC status. The spec's enum is PascalCase while its prose claims snake_case (REFERENCE §2.2 CONFLICT);
 * the sandbox sends the enum names, as the schema is what generated clients validate against.
 */
function kycStatusOf(tenant: SandboxTenant): KycStatus {
  if (tenant.kycOnFile) return 'Verified';
  return kycRequired(tenant) ? 'Pending' : 'NotRequired';
}

/** The latest KYC submission; the sandbox's review completes at once. */
export function kycVerificationDto(record: KycRecord): KycVerificationDto {
  return {
    directorFullName: record.directorFullName,
    directorHomeAddress: record.directorHomeAddress,
    directorDateOfBirth: record.directorDateOfBirth,
    dateCreated: record.dateCreated,
    verificationStatus: 'Completed',
    verificationStatusUpdatedAt: record.dateCreated,
  };
}

/** Absent nested objects (kycVerification, caseResults) are left out: the spec cannot mark a $ref nullable. */
export function clientView(
  ctx: SandboxContext,
  tenant: SandboxTenant,
  extra: Partial<ClientCreatedResponse> = {},
): ClientCreatedResponse {
  const cases = ctx.store.casesOf(tenant.creditorId);
  return {
    externalTenantId: tenant.externalTenantId,
    onboardingDone: onboardingDone(tenant),
    onboardingLinks: { url: pendingOnboardingUrl(ctx, tenant) },
    client: {
      id: tenant.creditorId,
      companyName: tenant.companyName,
      officeEmail: tenant.officeEmail,
      country: tenant.country,
      address: tenant.address,
      city: tenant.city,
      zipCode: tenant.zipCode,
      companyRegistrationNumber: tenant.companyRegistrationNumber,
    },
    users: tenant.users.map((user) => ({
      id: user.id,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
    })),
    isAttributedClient: tenant.isAttributedClient,
    dateLinked: tenant.dateLinked,
    caseStats: {
      casesTotal: cases.length,
      casesClosed: cases.filter((stored) => stored.invoice.lifecycle === 'Closed').length,
      // The referral fees of the client's transactions (GET /reporting/transactions), so both reports agree.
      earningsUsd: clientEarningsUsd(ctx, tenant),
    },
    kycStatus: kycStatusOf(tenant),
    ...(tenant.kycVerification ? { kycVerification: kycVerificationDto(tenant.kycVerification) } : {}),
    ...extra,
  };
}
