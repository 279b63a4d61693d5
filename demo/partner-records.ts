// The demo partner's own records: its tenants' companies and users, as Northwind Invoicing keeps them in its own
// database. The token endpoint's activation reads them (never the browser), and the "Signed in as" switch picks
// a user from them. A tenant id the records do not know gets a made-up company, so any id can be tried.
import type { ActivationClient } from '../src/server/index.js';

export type DemoRole = 'admin' | 'bookkeeper';

export interface DemoUser {
  name: string;
  email: string;
  /** Only administrators may activate debt collection for their company. */
  role: DemoRole;
}

export interface DemoCompany {
  name: string;
  registrationNumber?: string;
  address?: string;
  zipCode?: string;
  city?: string;
  /** As the partner stores it: ISO alpha-2 or an English name (or, for one demo tenant, nonsense). */
  country: string;
  supportEmail: string;
  supportPhone?: string;
  users: DemoUser[];
  /** What signing in as this tenant shows, for tenants that are not Debitura clients yet. */
  situation?: string;
}

export const partnerRecords: Readonly<Record<string, DemoCompany>> = {
  'harbor-bakery': {
    name: 'Harbor Bakery ApS',
    registrationNumber: 'DK38214567',
    address: 'Havnegade 4',
    zipCode: '8000',
    city: 'Aarhus C',
    country: 'DK',
    supportEmail: 'office@harbor-bakery.example',
    supportPhone: '+45 86 12 34 56',
    users: [
      { name: 'Signe Dahl', email: 'signe@harbor-bakery.example', role: 'admin' },
      { name: 'Emil Berg', email: 'emil@harbor-bakery.example', role: 'bookkeeper' },
    ],
    situation: 'not a Debitura client yet',
  },
  'newco-onboarding': {
    name: 'Newco Trading Ltd',
    registrationNumber: 'GB13579246',
    address: '221 Baker Street',
    zipCode: 'NW1 6XE',
    city: 'London',
    country: 'GB',
    supportEmail: 'office@newco-onboarding.example',
    users: [{ name: 'Oliver Shaw', email: 'oliver@newco-onboarding.example', role: 'admin' }],
  },
  'linked-elsewhere': {
    name: 'Elsewhere Consulting GmbH',
    registrationNumber: 'DE298765432',
    address: 'Friedrichstraße 100',
    zipCode: '10117',
    city: 'Berlin',
    country: 'DE',
    supportEmail: 'office@linked-elsewhere.example',
    users: [
      { name: 'Lena Krüger', email: 'lena@linked-elsewhere.example', role: 'admin' },
      { name: 'Paul Weber', email: 'paul@linked-elsewhere.example', role: 'bookkeeper' },
    ],
  },
  'atlantis-trading': {
    name: 'Atlantis Trading',
    address: '1 Deep Street',
    city: 'Poseidonis',
    country: 'Atlantis',
    supportEmail: 'office@atlantis-trading.example',
    users: [{ name: 'Nerissa Vale', email: 'nerissa@atlantis-trading.example', role: 'admin' }],
    situation: 'partner data Debitura refuses (unknown country)',
  },
};

/**
 * The records of a tenant, or a made-up company for an id the records do not know: named after the id's words
 * (`fjord-design-k3x9` → Fjord Design ApS), with an administrator and a bookkeeper whose addresses are the id's
 * own, so two made-up tenants never look like one existing Debitura account.
 */
export function companyOf(externalTenantId: string): DemoCompany {
  const known = partnerRecords[externalTenantId];
  if (known) return known;
  const domain = `${externalTenantId.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}.example`;
  const words = externalTenantId
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word && !/\d/.test(word))
    .map((word) => word[0]!.toUpperCase() + word.slice(1));
  return {
    name: `${words.length > 0 ? words.join(' ') : externalTenantId} ApS`,
    country: 'DK',
    city: 'København',
    supportEmail: `office@${domain}`,
    users: [
      { name: 'Alex Jensen', email: `alex@${domain}`, role: 'admin' },
      { name: 'Kim Madsen', email: `kim@${domain}`, role: 'bookkeeper' },
    ],
  };
}

/** The signed-in user: the one the session names (by e-mail or role), else the tenant's first administrator. */
export function signedInUser(company: DemoCompany, emailOrRole: string | null): DemoUser {
  return (
    company.users.find((user) => user.email === emailOrRole) ??
    company.users.find((user) => user.role === (emailOrRole ?? 'admin')) ??
    company.users.find((user) => user.role === 'admin') ??
    company.users[0]!
  );
}

/** What Referral POST /clients gets: the company, and its users with the signed-in one doing the onboarding. */
export function activationClientOf(company: DemoCompany, onboardingUser: DemoUser): ActivationClient {
  return {
    client: {
      name: company.name,
      country: company.country,
      supportEmail: company.supportEmail,
      ...(company.registrationNumber && { registrationNumber: company.registrationNumber }),
      ...(company.address && { address: company.address }),
      ...(company.zipCode && { zipCode: company.zipCode }),
      ...(company.city && { city: company.city }),
      ...(company.supportPhone && { supportPhone: company.supportPhone }),
    },
    users: company.users.map((user) => ({
      name: user.name,
      email: user.email,
      isOnboardingUser: user.email === onboardingUser.email,
    })),
  };
}
