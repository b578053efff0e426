// ISO 4217 minor units. Money is integer minor units inside Couponsmith; the API speaks major units,
// so every conversion goes through this table (JPY 0, USD 2, KWD 3, CLF 4).
const EXCEPTIONS: Record<string, number> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

const TWO_DECIMALS =
  "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG";

/** Every active ISO 4217 code we accept, with its number of minor-unit digits. */
export const CURRENCY_EXPONENTS: Readonly<Record<string, number>> = Object.freeze({
  ...Object.fromEntries(TWO_DECIMALS.split(" ").map((code) => [code, 2])),
  ...EXCEPTIONS,
});

/** Minor-unit digits of an ISO 4217 code; throws for codes we do not know (validate input first). */
export function currencyExponent(code: string): number {
  const exponent = CURRENCY_EXPONENTS[code];
  if (exponent === undefined) throw new RangeError(`Unknown currency ${code}`);
  return exponent;
}

/** Major units (as the API sends them) to integer minor units, rounding half away from zero. */
export function toMinor(major: number, currency: string): number {
  const exponent = currencyExponent(currency);
  // Shifting the decimal point in the string form avoids binary float errors (1.005 * 100 = 100.499…).
  const shifted = /e/i.test(String(major)) ? major * 10 ** exponent : Number(`${major}e${exponent}`);
  return Math.sign(shifted) * Math.round(Math.abs(shifted));
}

/** Integer minor units to major units for output. */
export function toMajor(minor: number, currency: string): number {
  const exponent = currencyExponent(currency);
  return exponent === 0 ? minor : Number(`${minor}e-${exponent}`);
}
