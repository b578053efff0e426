// Exact decimals for POS thresholds (reference §12 Q21: stored as decimal text, sent as a number or a
// string). Values are compared as integers scaled by 10^4 in BigInt, so "250.00" ≥ 250 holds exactly
// and no float rounding can decide whether a coupon prints. Pure.
import { z } from "zod";
import { toMinorUnits } from "@/lib/pricing/money";

export const DECIMAL_PLACES = 4;
const SCALE = BigInt(10 ** DECIMAL_PLACES);
const DECIMAL = /^\d{1,13}(\.\d{1,4})?$/;
export const MAX_THRESHOLD = 1_000_000_000_000;

/** A threshold: a number or numeric text, ≥ 0, at most 4 decimals, kept as decimal text. */
export const DecimalText = (field: string) =>
  z
    .union([z.number({ error: `${field} must be a number` }), z.string({ error: `${field} must be a number` })], {
      error: `${field} must be a number or numeric text such as "250.00"`,
    })
    .transform((value, ctx) => {
      // String(number) is the shortest text that reads back as that number; exponents (1e-7) fail the pattern.
      const text = typeof value === "number" ? String(value) : value.trim();
      if (text.startsWith("-")) {
        ctx.addIssue({ code: "custom", message: `${field} must be zero or more` });
        return z.NEVER;
      }
      if (!DECIMAL.test(text)) {
        ctx.addIssue({
          code: "custom",
          message: `${field} must be a decimal number with at most ${DECIMAL_PLACES} decimal places, e.g. 250.00`,
        });
        return z.NEVER;
      }
      if (toScaled(text) > BigInt(MAX_THRESHOLD) * SCALE) {
        ctx.addIssue({ code: "custom", message: `${field} must be at most ${MAX_THRESHOLD}` });
        return z.NEVER;
      }
      return text;
    });

/** Decimal text (validated by DecimalText) as an integer scaled by 10^4. */
export function toScaled(text: string): bigint {
  const [whole, fraction = ""] = text.split(".");
  return BigInt(whole) * SCALE + BigInt(fraction.padEnd(DECIMAL_PLACES, "0").slice(0, DECIMAL_PLACES));
}

/** Integer minor units (exponent 0–4) scaled by 10^4, comparable with toScaled. */
export function minorToScaled(minor: number, exponent: number): bigint {
  return BigInt(Math.round(minor)) * BigInt(10 ** (DECIMAL_PLACES - Math.min(exponent, DECIMAL_PLACES)));
}

/** A JSON number (a sale total, points) scaled by 10^4, rounded half away from zero at the 4th decimal. */
export function numberToScaled(value: number): bigint {
  // Through the decimal digits: 1.00005 * 10^4 is 10000.499999999998 in binary floating point.
  const rounded = toMinorUnits(Math.abs(value), DECIMAL_PLACES);
  return BigInt(value < 0 ? -rounded : rounded);
}
