// The debtor's country: every ISO 3166-1 alpha-2 code, named in the reader's language by the browser's own
// `Intl.DisplayNames`, so no translated country list ships in the bundle.

/** All 249 officially assigned ISO 3166-1 alpha-2 codes. */
export const countryCodes: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY ' +
  'BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK ' +
  'FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR ' +
  'IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ' +
  'ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
  'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF ' +
  'TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

export interface CountryOption {
  code: string;
  name: string;
}

const optionsByLocale = new Map<string, readonly CountryOption[]>();

/** Every country, named and sorted for the reader. */
export function countryOptions(locale: string): readonly CountryOption[] {
  let options = optionsByLocale.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = countryCodes
      .map((code) => ({ code, name: countryName(code, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    optionsByLocale.set(locale, options);
  }
  return options;
}

const regionNames = new Map<string, Intl.DisplayNames | null>();

export function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The alpha-2 code behind what the user typed: a code ("dk"), or a country name in the reader's language or in
 * English ("Dänemark", "denmark"), ignoring case and accents. Null when nothing matches exactly.
 */
export function resolveCountryCode(text: string, locale: string): string | null {
  // An empty field, as every field is on the form's first render: no Unicode normalisation, no \p{M} pattern.
  if (!text.trim()) return null;
  const wanted = comparable(text);
  if (!wanted) return null;
  if (wanted.length === 2) {
    const code = wanted.toUpperCase();
    if (countryCodes.includes(code)) return code;
  }
  const alias = commonAliases[wanted];
  if (alias) return alias;
  for (const names of [countryOptions(locale), countryOptions('en')]) {
    const match = names.find((option) => comparable(option.name) === wanted);
    if (match) return match.code;
  }
  return null;
}

/** Short forms people type that are neither the code nor the name Intl gives. */
const commonAliases: Readonly<Record<string, string>> = { usa: 'US', uk: 'GB' };

function comparable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLowerCase();
}
