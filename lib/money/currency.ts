// Currencies, and the one place the app converts and formats money: major units as the API and the
// console show them, integer minor units as we store and price them. The arithmetic is the pricing
// engine's (lib/pricing/money.ts, kept pure there); this module applies it per currency code. Never
// `Math.round(amount * 10 ** exponent)`: 1.005 * 100 is 100.49999999999999 in binary floating point.

/** ISO 4217 alphabetic code format. Whether the code is actually assigned is not checked. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

/** The tenant's main currency (customer lifetime totals). One currency for every tenant for now. */
export const MAIN_CURRENCY = "EUR";

// One exponent table for the whole app: the pricing engine's ISO 4217 list.
import { currencyExponent } from "@/lib/pricing/currency";
import { formatMinorUnits, toMajorUnits, toMinorUnits } from "@/lib/pricing/money";
export { currencyExponent };

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?$/;

/**
 * The shortest decimal string that reads back as `value` (what JSON shows), without exponent notation:
 * 1e-7 becomes "0.0000001", 1.5e21 becomes "1500000000000000000000".
 */
export function toDecimalString(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, lead, rest = "", exp] = match;
  const digits = lead + rest;
  const point = 1 + Number(exp); // position of the decimal point within `digits`
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** How many decimals an amount is written with (1.5 → 1, "19.990" → 3, 0.1 + 0.2 → 17). */
export function decimalPlaces(value: number | string): number {
  const text = typeof value === "number" ? toDecimalString(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`Not a decimal number: ${value}`);
  return (match[3] ?? "").length;
}

/** True when `amount` needs no more decimals than the currency's minor unit has. */
export function fitsMinorUnit(amount: number | string, currency: string): boolean {
  return decimalPlaces(amount) <= currencyExponent(currency);
}

/**
 * Major units (a number as JSON carries it, or a decimal string such as a CSV cell) to integer minor
 * units. Extra decimals are rounded half away from zero on the decimal digits themselves, so 1.005 USD
 * is 101 cents and 0.1 + 0.2 USD is 30. Validate with `fitsMinorUnit` first where extra decimals are an error.
 */
export function toMinor(major: number | string, currency: string): number {
  const minor = toMinorUnits(major, currencyExponent(currency));
  // Beyond 2^53 minor units are no longer exact integers: refuse rather than round.
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Amount ${major} ${currency} is too large`);
  return minor;
}

/** Integer minor units to major units: 1999 EUR → 19.99, 1999 JPY → 1999, 1999 KWD → 1.999. */
export function toMajor(minor: number, currency: string): number {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Minor units must be a safe integer, got ${minor}`);
  // An integer divided by a power of ten is the double nearest to the decimal, which prints as that decimal.
  return toMajorUnits(minor, currencyExponent(currency));
}

/** For display: "€19.99", "¥1,999". Falls back to "19.99 XYZ" for codes Intl does not know. */
export function formatMinor(minor: number, currency: string, locale = "en-GB"): string {
  const exponent = currencyExponent(currency);
  const major = toMajor(minor, currency);
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    }).format(major);
  } catch {
    return formatWithCode(minor, currency);
  }
}

/** For display of an amount held in major units (a cart line, a simulator result): "€1.01" for 1.005 EUR. */
export function formatMajor(major: number, currency: string, locale = "en-GB"): string {
  return formatMinor(toMinor(major, currency), currency, locale);
}

/** For sentences and messages: "19.99 EUR", "1999 JPY", "1.999 KWD", built from the integer. */
export function formatWithCode(minor: number, currency: string): string {
  return `${formatMinorUnits(minor, currencyExponent(currency))} ${currency}`;
}
