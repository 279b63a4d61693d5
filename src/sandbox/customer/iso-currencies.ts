// Currency codes POST /cases and the previews accept: ISO 4217 circulating currencies. Fund codes
// (BOV, CHE, ...), precious metals and testing codes (XAU, XTS, XXX, ...) are ISO 4217 codes too,
// but nobody recovers a debt in them, so the sandbox treats them as unknown.
const circulatingCurrencyCodes = `
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD
CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP
GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD
KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK
NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS
SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST
XAF XCD XCG XOF XPF YER ZAR ZMW ZWG ZWL`;

const currencyCodes: ReadonlySet<string> = new Set(circulatingCurrencyCodes.trim().split(/\s+/));

/** The canonical (upper-case) ISO 4217 code, or undefined when the code is not a circulating currency. */
export function isoCurrencyCode(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  return currencyCodes.has(upper) ? upper : undefined;
}
