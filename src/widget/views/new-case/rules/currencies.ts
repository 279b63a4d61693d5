// The currency of the amount: ISO 4217 codes named by `Intl.DisplayNames`, preselected from the region of the
// reader's locale (da-DK → DKK), because most invoices are in the creditor's home currency.

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

/** The currency of the locale's region; a language-only tag ("da") uses its likely region ("DK"). */
export function defaultCurrencyFor(locale: string): string {
  let region: string | undefined;
  try {
    // maximize() loads likely-subtag data; a tag that names its region does not need it.
    const tag = new Intl.Locale(locale);
    region = tag.region ?? tag.maximize().region;
  } catch {
    return fallbackCurrency;
  }
  if (!region) return fallbackCurrency;
  if (euroRegions.includes(region)) return 'EUR';
  return currencyOfRegion[region] ?? fallbackCurrency;
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
