// Debitura accounts that exist before the partner asks for them. Referral POST /clients matches them by exact
// e-mail (a user's or the support e-mail, case-insensitive), as Debitura does, and answers 409:
//
// | e-mail (any user or supportEmail)  | account                     | POST /clients answers                          |
// |------------------------------------|-----------------------------|------------------------------------------------|
// | lena@linked-elsewhere.example      | Elsewhere Consulting GmbH   | 409 ClientExistsNeedsLinking (approval page)   |
// | owner@existing-account.example     | Bramble & Finch ApS         | 409 ClientExistsNeedsLinking (approval page)   |
// | owner@other-partner.example        | Fjellvik Handel AS          | 409 ClientAlreadyLinkedToAnotherPartner        |
// | office@collection-partner.example  | Northern Collectors ApS     | 409 InvalidClientType (not a creditor)         |
import type { LinkRequest, SandboxTenant, SandboxTenantUser } from './state.js';

/** What a matched account is: a creditor the partner may link, or an account it never can. */
export type AccountKind = 'creditor' | 'linked-to-another-partner' | 'collection-partner';

export interface DebituraAccount {
  /** Short name the unlinked tenants (unlinked-tenants.ts) refer to. */
  key: string;
  kind: AccountKind;
  creditorId: string;
  companyName: string;
  registrationNumber: string;
  address: string;
  zipCode: string;
  city: string;
  /** ISO alpha-2. */
  country: string;
  officeEmail: string;
  officePhone: string;
  users: readonly { firstName: string; lastName: string; email: string }[];
}

function accountId(n: number): string {
  return `ac0c0000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export const debituraAccounts: readonly DebituraAccount[] = [
  {
    key: 'elsewhere',
    kind: 'creditor',
    creditorId: accountId(1),
    companyName: 'Elsewhere Consulting GmbH',
    registrationNumber: 'DE298765432',
    address: 'Friedrichstraße 100',
    zipCode: '10117',
    city: 'Berlin',
    country: 'DE',
    officeEmail: 'office@linked-elsewhere.example',
    officePhone: '+49 30 555 0177',
    users: [{ firstName: 'Lena', lastName: 'Krüger', email: 'lena@linked-elsewhere.example' }],
  },
  {
    key: 'bramble',
    kind: 'creditor',
    creditorId: accountId(2),
    companyName: 'Bramble & Finch ApS',
    registrationNumber: 'DK38111222',
    address: 'Nørregade 7',
    zipCode: '1165',
    city: 'København K',
    country: 'DK',
    officeEmail: 'office@existing-account.example',
    officePhone: '+45 33 44 55 66',
    users: [
      { firstName: 'Ida', lastName: 'Bramble', email: 'owner@existing-account.example' },
      { firstName: 'Noah', lastName: 'Finch', email: 'noah@existing-account.example' },
    ],
  },
  {
    key: 'fjellvik',
    kind: 'linked-to-another-partner',
    creditorId: accountId(3),
    companyName: 'Fjellvik Handel AS',
    registrationNumber: 'NO912345678',
    address: 'Karl Johans gate 20',
    zipCode: '0159',
    city: 'Oslo',
    country: 'NO',
    officeEmail: 'office@other-partner.example',
    officePhone: '+47 22 55 01 23',
    users: [{ firstName: 'Sigrid', lastName: 'Fjellvik', email: 'owner@other-partner.example' }],
  },
  {
    key: 'northern-collectors',
    kind: 'collection-partner',
    creditorId: accountId(4),
    companyName: 'Northern Collectors ApS',
    registrationNumber: 'DK39887766',
    address: 'Banegårdspladsen 1',
    zipCode: '8000',
    city: 'Aarhus C',
    country: 'DK',
    officeEmail: 'office@collection-partner.example',
    officePhone: '+45 70 11 22 33',
    users: [{ firstName: 'Emil', lastName: 'Nord', email: 'emil@collection-partner.example' }],
  },
];

export function debituraAccount(key: string): DebituraAccount {
  const account = debituraAccounts.find((candidate) => candidate.key === key);
  if (!account) throw new Error(`No sandbox Debitura account '${key}'`);
  return account;
}

/** The account one of these e-mails belongs to, matched exactly (ignoring case). */
export function accountByEmail(emails: readonly string[]): DebituraAccount | undefined {
  const wanted = new Set(emails.map((email) => email.trim().toLowerCase()));
  return debituraAccounts.find(
    (account) =>
      wanted.has(account.officeEmail.toLowerCase()) ||
      account.users.some((user) => wanted.has(user.email.toLowerCase())),
  );
}

/**
 * The record of a creditor account whose link waits for approval. It keeps the account's own data (Debitura
 * does not overwrite an existing company with the partner's), its signed SDCA, and is not attributed.
 */
export function linkRequestTenant(
  account: DebituraAccount,
  link: {
    externalTenantId: string;
    clientLinkId: string;
    creditorApiKey: string;
    requestedAt: Date;
    expiresAt: Date;
    firstUserId: number;
    pendingCases?: LinkRequest['pendingCases'];
  },
): SandboxTenant {
  const users: SandboxTenantUser[] = account.users.map((user, index) => ({
    id: link.firstUserId + index,
    ...user,
    dateCreated: new Date(link.requestedAt.getTime() - 900 * 86_400_000).toISOString(),
  }));
  return {
    externalTenantId: link.externalTenantId,
    creditorId: account.creditorId,
    clientLinkId: link.clientLinkId,
    creditorApiKey: link.creditorApiKey,
    companyName: account.companyName,
    link: 'needs-linking',
    sdcaSigned: true,
    signedPoaPartnerIds: [],
    kycOnFile: false,
    blocked: false,
    isAttributedClient: false,
    dateLinked: link.requestedAt.toISOString(),
    linkRequest: {
      requestedAt: link.requestedAt.toISOString(),
      expiresAt: link.expiresAt.toISOString(),
      pendingCases: link.pendingCases ?? [],
    },
    users,
    companyRegistrationNumber: account.registrationNumber,
    address: account.address,
    zipCode: account.zipCode,
    city: account.city,
    state: null,
    country: account.country,
    officeEmail: account.officeEmail,
    officePhone: account.officePhone,
  };
}
