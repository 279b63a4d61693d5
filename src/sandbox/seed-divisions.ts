// Seeded divisions: `kyc-required` runs two branches (plus an archived one), and its open cases are filed
// under the first, so DELETE of that division answers 422 while archive works. Other tenants have none.
import { stableUuid } from './customer/stable-ids.js';
import type { SandboxDivision, SandboxTenant, StoredCase } from './state.js';

const dayMs = 86_400_000;

type DivisionSeed = Omit<SandboxDivision, 'id' | 'createdUtc' | 'updatedUtc'>;

const divisionSeeds: Readonly<Record<string, readonly DivisionSeed[]>> = {
  'kyc-required': [
    {
      companyName: 'Kestrel Imports – London',
      registrationNumber: 'GB09876543',
      address: '14 Wharf Road',
      zipCode: 'N1 7GR',
      state: null,
      city: 'London',
      countryCode: 'GB',
      officeEmail: 'london@kestrel-imports.example',
      officePhone: '+44 20 7946 0311',
      isArchived: false,
    },
    {
      companyName: 'Kestrel Imports – Manchester',
      registrationNumber: null,
      address: '2 Piccadilly Place',
      zipCode: 'M1 3BN',
      state: null,
      city: 'Manchester',
      countryCode: 'GB',
      officeEmail: 'manchester@kestrel-imports.example',
      officePhone: null,
      isArchived: false,
    },
    {
      companyName: 'Kestrel Outlet – Leeds',
      registrationNumber: null,
      address: null,
      zipCode: null,
      state: null,
      city: 'Leeds',
      countryCode: 'GB',
      officeEmail: null,
      officePhone: null,
      isArchived: true,
    },
  ],
};

/** Gives the seeded tenants their divisions and files their cases under the first one. */
export function seedDivisions(tenants: readonly SandboxTenant[], cases: readonly StoredCase[], now: Date): void {
  for (const tenant of tenants) {
    const seeds = divisionSeeds[tenant.externalTenantId];
    if (!seeds) continue;
    tenant.divisions = seeds.map((seed, index) => ({
      ...seed,
      id: stableUuid('division', tenant.externalTenantId, String(index)),
      createdUtc: new Date(now.getTime() - (400 - index * 30) * dayMs).toISOString(),
      updatedUtc: seed.isArchived ? new Date(now.getTime() - 60 * dayMs).toISOString() : null,
    }));
    const first = tenant.divisions[0]!;
    for (const stored of cases)
      if (stored.creditorId === tenant.creditorId) stored.invoice.creditorDivisionId = first.id;
  }
}
