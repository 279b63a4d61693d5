// The currency of the amount: ISO 4217 codes named by `Intl.DisplayNames`, preselected from the region of the
// reader's locale (da-DK → DKK), because most invoices are in the creditor's home currency; once the account
// is known, its country's currency replaces that guess (see NewCaseFormMemory.preferCurrency).

/** Currencies offered, most common for Debitura's markets first in each region. */
export const currencyCodes: readonly string[] =
  'EUR DKK SEK NOK ISK GBP CHF PLN CZK HUF RON BGN USD CAD MXN BRL AUD NZD JPY CNY HKD SGD INR ZAR AED SAR ILS TRY KRW'.split(
    ' ',
  );

const fallbackCurrency = 'EUR';

const euroRegions = 'AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK AD MC SM VA ME XK'.split(' ');

/** Regions whose currency is offered, other than the euro area. */
const currencyOfRegion: Readonly<Record<string, string>> = {
  DK: 'DKK',
  FO: 'DKK',
  GL: 'DKK',
  SE: 'SEK',
  NO: 'NOK',
  IS: 'ISK',
  GB: 'GBP',
  CH: 'CHF',
  LI: 'CHF',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  BG: 'BGN',
  US: 'USD',
  CA: 'CAD',
  MX: 'MXN',
  BR: 'BRL',
  AU: 'AUD',
  NZ: 'NZD',
  JP: 'JPY',
  CN: 'CNY',
  HK: 'HKD',
  SG: 'SGD',
  IN: 'INR',
  ZA: 'ZAR',
  AE: 'AED',
  SA: 'SAR',
  IL: 'ILS',
  TR: 'TRY',
  KR: 'KRW',
};

/**
 * The English names `Intl.DisplayNames` gives the regions whose currency is offered, known without asking it: the
 * account's country arrives as such a name, and the first DisplayNames of a page loads the region data (20–30 ms,
 * just as the form has appeared). A test keeps this table equal to Intl's answers.
 */
export const englishRegionNames: Readonly<Record<string, string>> = {
  AT: 'Austria',
  BE: 'Belgium',
  CY: 'Cyprus',
  DE: 'Germany',
  EE: 'Estonia',
  ES: 'Spain',
  FI: 'Finland',
  FR: 'France',
  GR: 'Greece',
  HR: 'Croatia',
  IE: 'Ireland',
  IT: 'Italy',
  LT: 'Lithuania',
  LU: 'Luxembourg',
  LV: 'Latvia',
  MT: 'Malta',
  NL: 'Netherlands',
  PT: 'Portugal',
  SI: 'Slovenia',
  SK: 'Slovakia',
  AD: 'Andorra',
  MC: 'Monaco',
  SM: 'San Marino',
  VA: 'Vatican City',
  ME: 'Montenegro',
  XK: 'Kosovo',
  DK: 'Denmark',
  FO: 'Faroe Islands',
  GL: 'Greenland',
  SE: 'Sweden',
  NO: 'Norway',
  IS: 'Iceland',
  GB: 'United Kingdom',
  CH: 'Switzerland',
  LI: 'Liechtenstein',
  PL: 'Poland',
  CZ: 'Czechia',
  HU: 'Hungary',
  RO: 'Romania',
  BG: 'Bulgaria',
  US: 'United States',
  CA: 'Canada',
  MX: 'Mexico',
  BR: 'Brazil',
  AU: 'Australia',
  NZ: 'New Zealand',
  JP: 'Japan',
  CN: 'China',
  HK: 'Hong Kong SAR China',
  SG: 'Singapore',
  IN: 'India',
  ZA: 'South Africa',
  AE: 'United Arab Emirates',
  SA: 'Saudi Arabia',
  IL: 'Israel',
  TR: 'Türkiye',
  KR: 'South Korea',
};

/** Names a browser with newer region data gives instead (Chromium's says "Hong Kong"). */
const newerEnglishRegionNames: Readonly<Record<string, string>> = { HK: 'Hong Kong' };

const regionOfEnglishName = new Map<string, string>(
  [...Object.entries(englishRegionNames), ...Object.entries(newerEnglishRegionNames)].map(([code, name]) => [
    name.toLowerCase(),
    code,
  ]),
);

/** What `Intl.Locale#maximize()` gives the languages of the widget's markets, without loading its data. */
export const likelyRegionOf: Readonly<Record<string, string>> = {
  en: 'US',
  da: 'DK',
  de: 'DE',
  sv: 'SE',
  nb: 'NO',
  no: 'NO',
  nn: 'NO',
  fi: 'FI',
  is: 'IS',
  nl: 'NL',
  fr: 'FR',
  es: 'ES',
  it: 'IT',
  pl: 'PL',
};

/** The currency of the locale's region; a language-only tag ("da") uses its likely region ("DK"). */
export function defaultCurrencyFor(locale: string): string {
  let region: string | undefined;
  try {
    // maximize() loads likely-subtag data, 20–100 ms on a page's first use, in the form's first render: a tag
    // that names its region does not need it, and the common languages' likely regions are known.
    const tag = new Intl.Locale(locale);
    region = tag.region ?? likelyRegionOf[tag.language] ?? tag.maximize().region;
  } catch {
    return fallbackCurrency;
  }
  return (region && currencyOfRegionCode(region)) ?? fallbackCurrency;
}

function currencyOfRegionCode(region: string): string | null {
  if (euroRegions.includes(region)) return 'EUR';
  return currencyOfRegion[region] ?? null;
}

/**
 * The home currency of the creditor's country as Debitura's account names it (`/me` gives the English name, or
 * a code); null when the country is unknown or its currency is not offered.
 */
export function currencyOfCountry(country: string | null | undefined): string | null {
  const wanted = country?.trim().toLowerCase();
  if (!wanted) return null;
  const byCode = currencyOfRegionCode(wanted.toUpperCase());
  if (byCode) return byCode;
  const region = regionOfEnglishName.get(wanted);
  return region ? currencyOfRegionCode(region) : null;
}

export interface CurrencyOption {
  code: string;
  /** e.g. "DKK – Danish krone". */
  label: string;
}

const optionsByLocale = new Map<string, readonly CurrencyOption[]>();

/** The offered currencies, named for the reader; built once per locale. */
export function currencyOptions(locale: string): readonly CurrencyOption[] {
  const cached = optionsByLocale.get(locale);
  if (cached) return cached;
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'currency' });
  } catch {
    names = null;
  }
  const options = currencyCodes.map((code) => {
    const name = names?.of(code);
    return { code, label: name && name !== code ? `${code} – ${name}` : code };
  });
  optionsByLocale.set(locale, options);
  return options;
}

export function isOfferedCurrency(code: string): boolean {
  return currencyCodes.includes(code);
}
