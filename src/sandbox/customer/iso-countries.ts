// ISO 3166-1 alpha-2 countries for debtor addresses. Debtors may name their country by code
// (`countryAlpha2`) or by English name (`country`); the names come from the runtime's CLDR data.
const alpha2Codes = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV
BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE
IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU
NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM
SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE
VG VI VN VU WF WS YE YT ZA ZM ZW`;

const countryCodes: readonly string[] = alpha2Codes.trim().split(/\s+/);
const countryCodeSet: ReadonlySet<string> = new Set(countryCodes);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Official-style names people also type, beside the CLDR short names ("United States", "Czechia"). */
const alternativeNames: Record<string, string> = {
  'united states of america': 'US',
  usa: 'US',
  'united kingdom of great britain and northern ireland': 'GB',
  'great britain': 'GB',
  'czech republic': 'CZ',
  'russian federation': 'RU',
  'republic of korea': 'KR',
  'the netherlands': 'NL',
};

const codeByName: ReadonlyMap<string, string> = new Map([
  ...countryCodes.map((code) => [countryName(code).toLowerCase(), code] as const),
  ...Object.entries(alternativeNames),
]);

/** The canonical alpha-2 code, or undefined when `code` is not an ISO 3166-1 country. */
export function isoCountryCode(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  return countryCodeSet.has(upper) ? upper : undefined;
}

/** The alpha-2 code of an English country name (case-insensitive), or undefined. */
export function countryCodeByName(name: string): string | undefined {
  return codeByName.get(name.trim().toLowerCase());
}

/**
 * The sandbox's integer id of a country (Referral `countryId` in coverage and filter options): its place in
 * the ISO list, so it never changes between runs. 0 for a code outside the list.
 */
export function countryNumber(code: string): number {
  return countryCodes.indexOf(code.trim().toUpperCase()) + 1;
}

/** English name of an alpha-2 country code ("DK" → "Denmark"). */
export function countryName(code: string): string {
  return regionNames.of(code) ?? code;
}
