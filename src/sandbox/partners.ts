// Invented collection partners and the jurisdictions they cover, with the sandbox's base pricing.
// Debitura routes a case to the partner of the debtor's jurisdiction (the first one when several
// match); a jurisdiction without a partner means NoPartnerAvailable (e.g. Antarctica, `AQ`).
import type { CollectionPartnerDto, JurisdictionDto } from '../wire/index.js';
import { usStateNames } from './customer/us-states.js';

export interface CollectionPartner {
  id: string;
  name: string;
  /** ISO alpha-2 of the partner's office. */
  country: string;
  officeEmail: string;
  officePhone: string;
  publicSite: string;
  surveyCadenceMode: 0 | 1;
  /** Bearer-token (referral) cases need director KYC on file before this partner takes them. */
  requiresKyc: boolean;
}

export interface Jurisdiction {
  id: number;
  /** "Denmark", or "United States - California" for a US state. */
  name: string;
  countryAlpha2: string;
  stateAlpha2: string | null;
  partnerId: string;
  /** Success fee before any age surcharge, in whole percent (20.5 = 20.5 %). */
  baseSuccessFeePercentage: number;
}

function partnerId(n: number): string {
  return `5a1db0c5-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export const collectionPartners: readonly CollectionPartner[] = [
  {
    id: partnerId(1),
    name: 'Nordlys Inkasso ApS',
    country: 'DK',
    officeEmail: 'cases@nordlys-inkasso.example',
    officePhone: '+45 70 20 30 40',
    publicSite: 'https://nordlys-inkasso.example',
    surveyCadenceMode: 0,
    requiresKyc: false,
  },
  {
    id: partnerId(2),
    name: 'Svea Fordran AB',
    country: 'SE',
    officeEmail: 'arenden@sveafordran.example',
    officePhone: '+46 8 555 010 20',
    publicSite: 'https://sveafordran.example',
    surveyCadenceMode: 0,
    requiresKyc: false,
  },
  {
    id: partnerId(3),
    name: 'Fjord Innkreving AS',
    country: 'NO',
    officeEmail: 'saker@fjordinnkreving.example',
    officePhone: '+47 22 33 44 55',
    publicSite: 'https://fjordinnkreving.example',
    surveyCadenceMode: 1,
    requiresKyc: false,
  },
  {
    id: partnerId(4),
    name: 'Rhein Forderungsmanagement GmbH',
    country: 'DE',
    officeEmail: 'faelle@rhein-forderung.example',
    officePhone: '+49 221 555 0100',
    publicSite: 'https://rhein-forderung.example',
    surveyCadenceMode: 0,
    requiresKyc: false,
  },
  {
    id: partnerId(5),
    name: 'Thames Recoveries Ltd',
    country: 'GB',
    officeEmail: 'cases@thamesrecoveries.example',
    officePhone: '+44 20 7946 0123',
    publicSite: 'https://thamesrecoveries.example',
    surveyCadenceMode: 1,
    requiresKyc: true,
  },
  {
    id: partnerId(6),
    name: 'Liberty Receivables LLC',
    country: 'US',
    officeEmail: 'intake@libertyreceivables.example',
    officePhone: '+1 212 555 0147',
    publicSite: 'https://libertyreceivables.example',
    surveyCadenceMode: 0,
    requiresKyc: false,
  },
  {
    id: partnerId(7),
    name: 'Recouvrement Lumière SAS',
    country: 'FR',
    officeEmail: 'dossiers@recouvrement-lumiere.example',
    officePhone: '+33 1 70 00 12 34',
    publicSite: 'https://recouvrement-lumiere.example',
    surveyCadenceMode: 0,
    requiresKyc: false,
  },
  {
    id: partnerId(8),
    name: 'Grachten Incasso B.V.',
    country: 'NL',
    officeEmail: 'dossiers@grachten-incasso.example',
    officePhone: '+31 20 555 0199',
    publicSite: 'https://grachten-incasso.example',
    surveyCadenceMode: 1,
    requiresKyc: false,
  },
  {
    id: partnerId(9),
    name: 'Cobros Ibéricos S.L.',
    country: 'ES',
    officeEmail: 'expedientes@cobros-ibericos.example',
    officePhone: '+34 91 555 0111',
    publicSite: 'https://cobros-ibericos.example',
    surveyCadenceMode: 0,
    requiresKyc: false,
  },
];

const partnerByCountry = new Map(collectionPartners.map((partner) => [partner.country, partner]));

function requirePartner(country: string): CollectionPartner {
  const partner = partnerByCountry.get(country);
  if (!partner) throw new Error(`No sandbox partner for ${country}`);
  return partner;
}

const countryJurisdictions: readonly Jurisdiction[] = (
  [
    [1, 'Denmark', 'DK', 20],
    [2, 'Sweden', 'SE', 20],
    [3, 'Norway', 'NO', 21],
    [4, 'Germany', 'DE', 22],
    [5, 'United Kingdom', 'GB', 25],
    [6, 'France', 'FR', 24],
    [7, 'Netherlands', 'NL', 22.5],
    [8, 'Spain', 'ES', 24.5],
  ] as const
).map(([id, name, countryAlpha2, fee]) => ({
  id,
  name,
  countryAlpha2,
  stateAlpha2: null,
  partnerId: requirePartner(countryAlpha2).id,
  baseSuccessFeePercentage: fee,
}));

/** Every US state (and DC) is its own jurisdiction; the US partner covers them all, at 30 %. */
const usJurisdictions: readonly Jurisdiction[] = Object.entries(usStateNames).map(([code, stateName], index) => ({
  id: 100 + index,
  name: `United States - ${stateName}`,
  countryAlpha2: 'US',
  stateAlpha2: code,
  partnerId: requirePartner('US').id,
  baseSuccessFeePercentage: 30,
}));

export const jurisdictions: readonly Jurisdiction[] = [...countryJurisdictions, ...usJurisdictions];

export function collectionPartnerById(id: string): CollectionPartner | undefined {
  const wanted = id.toLowerCase();
  return collectionPartners.find((partner) => partner.id === wanted);
}

/**
 * The jurisdiction of a debtor location (alpha-2 codes, upper-case). US debtors need a state; anything
 * without a partner (`AQ`, or a US address without a state) gives undefined.
 */
export function jurisdictionOf(countryAlpha2: string, stateAlpha2?: string | null): Jurisdiction | undefined {
  const country = countryAlpha2.toUpperCase();
  if (country === 'US') {
    const state = stateAlpha2?.toUpperCase().replace(/^US-/, '');
    return usJurisdictions.find((jurisdiction) => jurisdiction.stateAlpha2 === state);
  }
  return countryJurisdictions.find((jurisdiction) => jurisdiction.countryAlpha2 === country);
}

/** The partner a debtor location routes to, or undefined for NoPartnerAvailable. */
export function partnerFor(countryAlpha2: string, stateAlpha2?: string | null): CollectionPartner | undefined {
  const jurisdiction = jurisdictionOf(countryAlpha2, stateAlpha2);
  return jurisdiction ? collectionPartnerById(jurisdiction.partnerId) : undefined;
}

/** The partner as `InvoiceDto.collectionPartner` shows it. */
export function collectionPartnerDto(partner: CollectionPartner): CollectionPartnerDto {
  return {
    name: partner.name,
    officeEmail: partner.officeEmail,
    officePhone: partner.officePhone,
    publicSite: partner.publicSite,
    surveyCadenceMode: partner.surveyCadenceMode,
  };
}

export function jurisdictionDto(jurisdiction: Jurisdiction): JurisdictionDto {
  return {
    id: jurisdiction.id,
    name: jurisdiction.name,
    countryAlpha2: jurisdiction.countryAlpha2,
    stateAlpha2: jurisdiction.stateAlpha2,
  };
}
