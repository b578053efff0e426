// Integer money arithmetic. Amounts are minor units held in JS numbers (exact up to 2^53); a product
// that could pass 2^53 falls back to BigInt so rounding never depends on float error.

const DECIMAL_NUMBER = /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

const POWERS_OF_TEN = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

/** Percentages are scaled to millionths of a percent, so 12.5 % is 12_500_000 and 100 % is 1e8. */
export const PERCENT_SCALE = 100_000_000;

/**
 * The one major-to-minor conversion of the app (lib/money/currency.ts applies it per currency): a
 * major-unit number, or a decimal string such as a CSV cell, to integer minor units through its
 * decimal digits, so 1.005 is 100.5 minor units and rounds to 101 although 1.005 * 100 is
 * 100.49999999999999 in binary floating point. Digits beyond the exponent round half away from zero.
 */
export function toMinorUnits(major: number | string, exponent: number): number {
  if (typeof major === "number" && !Number.isFinite(major)) throw new RangeError(`Not a finite amount: ${major}`);
  if (typeof major === "number") {
    // Fast path: when the scaled float is within 1e-6 of an integer, the decimal value is too (float
    // error stays far below 0.5 here), so both roads give the same integer; otherwise go by the string.
    const scaled = major * POWERS_OF_TEN[exponent];
    const nearest = Math.round(scaled);
    if (Math.abs(scaled - nearest) < 1e-6 && Number.isSafeInteger(nearest)) return nearest === 0 ? 0 : nearest;
  }
  const parts = DECIMAL_NUMBER.exec(String(major).trim());
  if (!parts) throw new RangeError(`Not a decimal amount: ${major}`);
  const [, sign, integerDigits, fractionDigits = "", shift = "0"] = parts;
  const digits = integerDigits + fractionDigits;
  // Index in `digits` where the decimal point lands once scaled to minor units.
  const point = integerDigits.length + Number(shift) + exponent;
  let whole: string;
  let roundingDigit: string;
  if (point <= 0) {
    whole = "0";
    roundingDigit = point === 0 ? digits[0] : "0";
  } else if (point >= digits.length) {
    whole = digits + "0".repeat(point - digits.length);
    roundingDigit = "0";
  } else {
    whole = digits.slice(0, point);
    roundingDigit = digits[point];
  }
  const magnitude = Number(whole) + (roundingDigit >= "5" ? 1 : 0);
  return sign === "-" && magnitude !== 0 ? -magnitude : magnitude;
}

/** Minor units back to a major-unit number; dividing an integer by 10^n yields the nearest double. */
export function toMajorUnits(minor: number, exponent: number): number {
  return exponent === 0 ? minor : minor / (POWERS_OF_TEN[exponent] ?? 10 ** exponent);
}

/** "4200" with exponent 2 becomes "42.00": for messages, built from integers, never toFixed. */
export function formatMinorUnits(minor: number, exponent: number): string {
  const sign = minor < 0 ? "-" : "";
  const digits = String(Math.abs(minor)).padStart(exponent + 1, "0");
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** A percentage in (0, 100] as millionths of a percent; out-of-range values are clamped. */
export function percentToScaled(percent: number): number {
  if (!Number.isFinite(percent) || percent <= 0) return 0;
  return Math.min(PERCENT_SCALE, toMinorUnits(percent, 6));
}

/** floor(a * b / divisor) and its remainder, for non-negative integers. */
export function mulDivFloor(a: number, b: number, divisor: number): [quotient: number, remainder: number] {
  const product = a * b;
  if (Number.isSafeInteger(product)) {
    const remainder = product % divisor;
    return [(product - remainder) / divisor, remainder];
  }
  const big = BigInt(a) * BigInt(b);
  const bigDivisor = BigInt(divisor);
  return [Number(big / bigDivisor), Number(big % bigDivisor)];
}

/** round-half-up(a * b / divisor) for non-negative integers. */
export function mulDivHalfUp(a: number, b: number, divisor: number): number {
  const [quotient, remainder] = mulDivFloor(a, b, divisor);
  return remainder * 2 >= divisor ? quotient + 1 : quotient;
}

/** `percentScaled` (see PERCENT_SCALE) of `amount`, rounded half-up to the minor unit. */
export function percentOf(amount: number, percentScaled: number): number {
  return mulDivHalfUp(amount, percentScaled, PERCENT_SCALE);
}

/**
 * Splits `total` over `weights` in proportion, by largest remainder (ties: earlier index), so the
 * shares sum exactly to `total`. Requires 0 <= total <= sum(weights): each share then stays within
 * its weight, so no line is taken below zero.
 */
export function spreadByLargestRemainder(total: number, weights: readonly number[]): number[] {
  const count = weights.length;
  let weightSum = 0;
  for (let i = 0; i < count; i++) weightSum += weights[i];
  const shares = new Array<number>(count).fill(0);
  if (total === 0 || weightSum === 0) return shares;
  const remainders = new Array<number>(count);
  let assigned = 0;
  for (let i = 0; i < count; i++) {
    const product = total * weights[i];
    // Inline fast path of mulDivFloor: this loop runs for every line of every cart-level offer.
    if (Number.isSafeInteger(product)) {
      remainders[i] = product % weightSum;
      shares[i] = (product - remainders[i]) / weightSum;
    } else {
      [shares[i], remainders[i]] = mulDivFloor(total, weights[i], weightSum);
    }
    assigned += shares[i];
  }
  // The leftover is below the number of lines: hand it out one unit at a time to the largest
  // remainder not served yet (strict > keeps the earlier line on ties).
  const served = new Uint8Array(count);
  for (let leftover = total - assigned; leftover > 0; leftover--) {
    let best = -1;
    for (let i = 0; i < count; i++) if (!served[i] && (best < 0 || remainders[i] > remainders[best])) best = i;
    served[best] = 1;
    shares[best]++;
  }
  return shares;
}
