// The seeded tenants: one per situation a partner integration has to handle.
//
// Linked (or half-way) at start; the records below are seeded here:
// | externalTenantId     | link          | SDCA | PoA signed for          | KYC | what it shows                                                        |
// |----------------------|---------------|------|-------------------------|-----|----------------------------------------------------------------------|
// | acme-ready           | linked        | yes  | every partner except ES | yes | ~150 historic cases over every lifecycle; ES debtors → MissingPowerOfAttorney |
// | newco-onboarding     | onboarding    | no   | –                       | no  | POST/GET /clients → 202 with the hosted onboarding URL (GB: with a KYC step); token → 404; withdrawable |
// | linked-elsewhere     | needs-linking | yes  | –                       | no  | POST /clients → 409 ClientExistsNeedsLinking; the approval page approves (non-attributed client) or declines; the request expires after linkApprovalTtlDays |
// | unsigned-contract    | linked        | no   | none                    | yes | token works; POST /clients → 202 contract upgrade URL; POST /cases → 422 MissingDebtCollectionContract, or 200 "Pending contract signing" with allowPendingContracts |
// | kyc-required         | linked        | yes  | every partner           | no  | GB debtors → 422 MissingKycVerification (allowPendingContracts does not help) until KYC is submitted |
// | blocked-creditor     | linked        | yes  | every partner           | yes | POST /cases → 422 CreditorBlocked                                     |
//
// Unlinked at start (unlinked-tenants.ts): nothing exists until the partner's POST /clients, whose answer the
// externalTenantId fixes whatever the body; `unlinkedTenants[].profile` is the body a partner would send.
// | externalTenantId          | POST /clients answers                                                          |
// |---------------------------|--------------------------------------------------------------------------------|
// | unlinked-instant          | 201: linked and ready at once (SDCA, every PoA and KYC on file), token works     |
// | unlinked-onboarding       | 202: hosted onboarding company details → users → KYC → SDCA, then 201          |
// | unlinked-existing-account | 409 ClientExistsNeedsLinking (Bramble & Finch ApS): approve → linked, non-attributed; decline → asking again makes a new request |
// | unlinked-other-partner    | 409 ClientAlreadyLinkedToAnotherPartner (data: externalTenantId only)           |
// | unlinked-not-creditor     | 409 InvalidClientType (no data)                                                 |
// Any other new id: 202 and the hosted onboarding (a KYC step when the country's partner needs it, e.g. GB),
// unless a user or support e-mail matches an existing Debitura account (debitura-accounts.ts):
// owner@existing-account.example → 409 ClientExistsNeedsLinking, owner@other-partner.example →
// 409 ClientAlreadyLinkedToAnotherPartner, office@collection-partner.example → 409 InvalidClientType; or the
// onboarding user's (or support) e-mail is @ready-client.example → 201, ready at once like unlinked-instant.
// POST /sandbox/reset (or DELETE /clients/{id} for a deletable client) makes them unlinked again.
//
// Every tenant: debtors in `AQ` (or any country without a partner) → 422 NoPartnerAvailable.
// Creditor XApiKeys are `sandbox-creditor-key-<externalTenantId>`; users are `<first>@<tenant>.example`.
import type { CreditorMeApiDTO } from '../wire/index.js';
import { countryName } from './customer/iso-countries.js';
import { debituraAccount, linkRequestTenant } from './debitura-accounts.js';
import { collectionPartners } from './partners.js';
import type { SandboxTenant, SandboxTenantUser, TenantLinkState } from './state.js';

/** A seeded link request of an existing Debitura account (debitura-accounts.ts), pending approval. */
interface LinkRequestSeed {
  externalTenantId: string;
  account: string;
}

interface TenantSeed {
  externalTenantId: string;
  companyName: string;
  link: TenantLinkState;
  sdcaSigned: boolean;
  /** Partner countries whose PoA is signed. */
  poaCountries: readonly string[];
  kycOnFile: boolean;
  blocked?: boolean;
  registrationNumber: string;
  address: string;
  zipCode: string;
  city: string;
  country: string;
  officePhone: string;
  users: readonly (readonly [firstName: string, lastName: string])[];
}

const allPartnerCountries = collectionPartners.map((partner) => partner.country);

const tenantSeeds: readonly (TenantSeed | LinkRequestSeed)[] = [
  {
    externalTenantId: 'acme-ready',
    companyName: 'Acme Supplies ApS',
    link: 'linked',
    sdcaSigned: true,
    poaCountries: allPartnerCountries.filter((country) => country !== 'ES'),
    kycOnFile: true,
    registrationNumber: 'DK41234567',
    address: 'Vesterbrogade 12',
    zipCode: '1620',
    city: 'København V',
    country: 'DK',
    officePhone: '+45 33 12 34 56',
    users: [
      ['Anna', 'Berg'],
      ['Jonas', 'Holm'],
      ['Mette', 'Lund'],
    ],
  },
  {
    externalTenantId: 'newco-onboarding',
    companyName: 'Newco Trading Ltd',
    link: 'onboarding',
    sdcaSigned: false,
    poaCountries: [],
    kycOnFile: false,
    registrationNumber: 'GB13579246',
    address: '221 Baker Street',
    zipCode: 'NW1 6XE',
    city: 'London',
    country: 'GB',
    officePhone: '+44 20 7946 0999',
    users: [['Oliver', 'Shaw']],
  },
  { externalTenantId: 'linked-elsewhere', account: 'elsewhere' },
  {
    externalTenantId: 'unsigned-contract',
    companyName: 'Unsigned Studio AB',
    link: 'linked',
    sdcaSigned: false,
    poaCountries: [],
    kycOnFile: true,
    registrationNumber: 'SE5566778899',
    address: 'Drottninggatan 5',
    zipCode: '111 51',
    city: 'Stockholm',
    country: 'SE',
    officePhone: '+46 8 555 012 34',
    users: [
      ['Elsa', 'Nyberg'],
      ['Karl', 'Ek'],
    ],
  },
  {
    externalTenantId: 'kyc-required',
    companyName: 'Kestrel Imports Ltd',
    link: 'linked',
    sdcaSigned: true,
    poaCountries: allPartnerCountries,
    kycOnFile: false,
    registrationNumber: 'GB24681357',
    address: '10 Deansgate',
    zipCode: 'M3 2BW',
    city: 'Manchester',
    country: 'GB',
    officePhone: '+44 161 555 0142',
    users: [['Harriet', 'Cole']],
  },
  {
    externalTenantId: 'blocked-creditor',
    companyName: 'Blocked Goods BV',
    link: 'linked',
    sdcaSigned: true,
    poaCountries: allPartnerCountries,
    kycOnFile: true,
    blocked: true,
    registrationNumber: 'NL123456789B01',
    address: 'Damrak 70',
    zipCode: '1012 LM',
    city: 'Amsterdam',
    country: 'NL',
    officePhone: '+31 20 555 0123',
    users: [['Daan', 'Visser']],
  },
];

/** The creditor XApiKey of a tenant (Customer API access as a direct creditor). */
export function creditorApiKeyOf(externalTenantId: string): string {
  return `sandbox-creditor-key-${externalTenantId}`;
}

function seededUuid(prefix: string, n: number): string {
  return `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/**
 * The seeded tenants with dates relative to `now` (linked 400 days ago, users a day later); the pending link
 * request was made a day ago and expires `linkApprovalTtlDays` after that.
 */
export function seedTenants(now: Date, linkApprovalTtlDays: number): SandboxTenant[] {
  const day = 86_400_000;
  let nextUserId = 1001;
  return tenantSeeds.map((seed, index) => {
    if ('account' in seed) {
      const requestedAt = new Date(now.getTime() - day);
      const tenant = linkRequestTenant(debituraAccount(seed.account), {
        externalTenantId: seed.externalTenantId,
        clientLinkId: seededUuid('11b4c0de', index + 1),
        creditorApiKey: creditorApiKeyOf(seed.externalTenantId),
        requestedAt,
        expiresAt: new Date(requestedAt.getTime() + linkApprovalTtlDays * day),
        firstUserId: nextUserId,
      });
      nextUserId += tenant.users.length;
      return tenant;
    }
    const dateLinked = new Date(now.getTime() - 400 * day + index * day).toISOString();
    const domain = `${seed.externalTenantId}.example`;
    const users: SandboxTenantUser[] = seed.users.map(([firstName, lastName]) => ({
      id: nextUserId++,
      email: `${firstName.toLowerCase()}@${domain}`,
      firstName,
      lastName,
      dateCreated: new Date(Date.parse(dateLinked) + day).toISOString(),
    }));
    return {
      externalTenantId: seed.externalTenantId,
      creditorId: seededUuid('c4ed1707', index + 1),
      clientLinkId: seededUuid('11b4c0de', index + 1),
      creditorApiKey: creditorApiKeyOf(seed.externalTenantId),
      companyName: seed.companyName,
      link: seed.link,
      sdcaSigned: seed.sdcaSigned,
      signedPoaPartnerIds: collectionPartners
        .filter((partner) => seed.poaCountries.includes(partner.country))
        .map((partner) => partner.id),
      kycOnFile: seed.kycOnFile,
      blocked: seed.blocked ?? false,
      isAttributedClient: true,
      dateLinked,
      users,
      companyRegistrationNumber: seed.registrationNumber,
      address: seed.address,
      zipCode: seed.zipCode,
      city: seed.city,
      state: null,
      country: seed.country,
      officeEmail: `office@${domain}`,
      officePhone: seed.officePhone,
    };
  });
}

/** The tenant as GET /me (CreditorMeApiDTO) shows it. */
export function creditorMeOf(tenant: SandboxTenant): CreditorMeApiDTO {
  return {
    id: tenant.creditorId,
    companyName: tenant.companyName,
    companyRegistrationNumber: tenant.companyRegistrationNumber,
    address: tenant.address,
    zipCode: tenant.zipCode,
    city: tenant.city,
    state: tenant.state,
    // English name, as the case's creditor block carries it.
    country: tenant.country ? countryName(tenant.country) : null,
    officeEmail: tenant.officeEmail,
    officePhone: tenant.officePhone,
  };
}
