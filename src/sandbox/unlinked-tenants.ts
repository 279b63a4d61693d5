// Tenants of the partner that start without a client link: what Referral POST /clients does for each is fixed
// by its externalTenantId (whatever the body says), so every activation path can be walked on purpose, as
// often as needed: POST /sandbox/reset (or DELETE /clients/{id}) makes them unlinked again. `profile` is what
// the partner knows of its tenant, the body it would send. See tenants.ts for the whole table.
import type { CreateClientRequest } from '../wire/index.js';
import { debituraAccount } from './debitura-accounts.js';

export type ActivationOutcome =
  /** 201 at once: the sandbox stands in for a client whose onboarding completes immediately. */
  | { kind: 'instant' }
  /** 202 with the hosted onboarding URL; `kyc` adds the director KYC step whatever the country. */
  | { kind: 'onboarding'; kyc: boolean }
  /** The company already has a Debitura account (debitura-accounts.ts): a 409 by the account's kind. */
  | { kind: 'existing-account'; account: string };

export interface UnlinkedTenant {
  externalTenantId: string;
  outcome: ActivationOutcome;
  profile: CreateClientRequest;
}

export const unlinkedTenants: readonly UnlinkedTenant[] = [
  {
    externalTenantId: 'unlinked-instant',
    outcome: { kind: 'instant' },
    profile: {
      externalTenantId: 'unlinked-instant',
      client: {
        name: 'Quickstart Labs ApS',
        registrationNumber: 'DK40111213',
        address: 'Jægersborggade 4',
        zipCode: '2200',
        city: 'København N',
        country: 'DK',
        supportEmail: 'support@unlinked-instant.example',
        supportPhone: '+45 31 22 33 44',
      },
      users: [{ name: 'Freja Dal', email: 'freja@unlinked-instant.example', isOnboardingUser: true }],
    },
  },
  {
    externalTenantId: 'unlinked-onboarding',
    outcome: { kind: 'onboarding', kyc: true },
    profile: {
      externalTenantId: 'unlinked-onboarding',
      client: {
        name: 'Harbour Lane Ltd',
        registrationNumber: 'GB09876543',
        address: '14 Harbour Lane',
        zipCode: 'BS1 4RN',
        city: 'Bristol',
        country: 'GB',
        supportEmail: 'accounts@unlinked-onboarding.example',
        supportPhone: '+44 117 496 0011',
      },
      users: [
        { name: 'Amelia Stone', email: 'amelia@unlinked-onboarding.example', isOnboardingUser: true },
        { name: 'Tom Reyes', email: 'tom@unlinked-onboarding.example', isOnboardingUser: false },
      ],
    },
  },
  {
    externalTenantId: 'unlinked-existing-account',
    outcome: { kind: 'existing-account', account: 'bramble' },
    profile: {
      externalTenantId: 'unlinked-existing-account',
      client: { name: 'Bramble & Finch ApS', country: 'DK', supportEmail: 'office@existing-account.example' },
      users: [{ name: 'Ida Bramble', email: 'owner@existing-account.example', isOnboardingUser: true }],
    },
  },
  {
    externalTenantId: 'unlinked-other-partner',
    outcome: { kind: 'existing-account', account: 'fjellvik' },
    profile: {
      externalTenantId: 'unlinked-other-partner',
      client: { name: 'Fjellvik Handel AS', country: 'NO', supportEmail: 'office@other-partner.example' },
      users: [{ name: 'Sigrid Fjellvik', email: 'owner@other-partner.example', isOnboardingUser: true }],
    },
  },
  {
    externalTenantId: 'unlinked-not-creditor',
    outcome: { kind: 'existing-account', account: 'northern-collectors' },
    profile: {
      externalTenantId: 'unlinked-not-creditor',
      client: { name: 'Northern Collectors ApS', country: 'DK', supportEmail: 'office@collection-partner.example' },
      users: [{ name: 'Emil Nord', email: 'emil@collection-partner.example', isOnboardingUser: true }],
    },
  },
  {
    // Seeded with its link request already pending (tenants.ts); after a decline or expiry it asks again.
    externalTenantId: 'linked-elsewhere',
    outcome: { kind: 'existing-account', account: 'elsewhere' },
    profile: {
      externalTenantId: 'linked-elsewhere',
      client: { name: 'Elsewhere Consulting GmbH', country: 'DE', supportEmail: 'office@linked-elsewhere.example' },
      users: [{ name: 'Lena Krüger', email: 'lena@linked-elsewhere.example', isOnboardingUser: true }],
    },
  },
];

/**
 * A new id whose onboarding user (or support address) has an e-mail at this domain becomes a ready client at
 * once (201), like `unlinked-instant`: fresh, isolated tenants for tests and demos that send real cases.
 */
export const readyClientEmailDomain = 'ready-client.example';

export function isReadyClientEmail(email: string | null | undefined): boolean {
  return email?.trim().toLowerCase().endsWith(`@${readyClientEmailDomain}`) === true;
}

export function unlinkedTenant(externalTenantId: string): UnlinkedTenant | undefined {
  return unlinkedTenants.find((tenant) => tenant.externalTenantId === externalTenantId);
}

/** What POST /clients answers for an outcome, in a few words (for listings such as the CLI's). */
export function describeActivation(outcome: ActivationOutcome): string {
  if (outcome.kind === 'instant') return '201, ready at once';
  if (outcome.kind === 'onboarding') return `202, hosted onboarding${outcome.kyc ? ' with a KYC step' : ''}`;
  const kind = debituraAccount(outcome.account).kind;
  if (kind === 'creditor') return '409 ClientExistsNeedsLinking, approve or decline on the approval page';
  return kind === 'linked-to-another-partner' ? '409 ClientAlreadyLinkedToAnotherPartner' : '409 InvalidClientType';
}
