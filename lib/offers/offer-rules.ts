// Rules that span several fields of an offer: the date format against `localizedTimezone`, validTo
// after validFrom, unique currencies, and amounts that fit each listed currency's minor units.
import type { z } from "zod";
import { FIXED_KINDS, type Kind } from "@/lib/offers/category-schema";
import { DATE_TIME_PATTERN, parseOfferDate } from "@/lib/offers/dates";
import { currencyExponent, fitsMinorUnit } from "@/lib/money/currency";
import { isKnownCurrency } from "@/lib/pricing";

type RuleInput = {
  localizedTimezone?: boolean;
  validFrom: string;
  validTo?: string | null;
  category: { kind: Kind; discount?: number };
  currencies: { code: string; minimumCartValue?: number; amount?: number }[];
};

/** Null when `value` fits the currency's minor unit; unknown codes are reported by the code's own schema. */
export function minorUnitsMessage(code: string, value: number): string | null {
  if (!isKnownCurrency(code) || !Number.isFinite(value) || fitsMinorUnit(value, code)) return null;
  const exponent = currencyExponent(code);
  return exponent === 0 ? `${code} has no minor unit: use a whole number` : `${code} allows at most ${exponent} decimal places`;
}

function checkDate(field: "validFrom" | "validTo", value: string, localized: boolean, ctx: z.RefinementCtx): boolean {
  // A value that misses the pattern was already reported by the field schema.
  if (!DATE_TIME_PATTERN.test(value)) return false;
  const parsed = parseOfferDate(value);
  if (!parsed) {
    ctx.addIssue({ code: "custom", path: [field], message: "Not a real date and time" });
    return false;
  }
  if (localized && parsed.offset) {
    ctx.addIssue({
      code: "custom",
      path: [field],
      message: "Leave out the offset: with localizedTimezone the time is read in each store's zone",
    });
    return false;
  }
  if (!localized && !parsed.offset) {
    ctx.addIssue({ code: "custom", path: [field], message: "Add Z or an offset such as +01:00 (or set localizedTimezone to true)" });
    return false;
  }
  return true;
}

function isAfter(later: string, earlier: string, localized: boolean): boolean {
  // Naive local times compare as strings (fixed-width format); absolute ones as instants.
  return localized ? later > earlier : new Date(later).getTime() > new Date(earlier).getTime();
}

export function offerRules(offer: RuleInput, ctx: z.RefinementCtx): void {
  const localized = offer.localizedTimezone ?? false;
  const fromOk = checkDate("validFrom", offer.validFrom, localized, ctx);
  if (
    offer.validTo != null &&
    checkDate("validTo", offer.validTo, localized, ctx) &&
    fromOk &&
    !isAfter(offer.validTo, offer.validFrom, localized)
  ) {
    ctx.addIssue({ code: "custom", path: ["validTo"], message: "validTo must be after validFrom" });
  }

  const fixed = FIXED_KINDS.includes(offer.category.kind);
  const seen = new Set<string>();
  offer.currencies.forEach((currency, index) => {
    if (seen.has(currency.code))
      ctx.addIssue({ code: "custom", path: ["currencies", index, "code"], message: `${currency.code} is listed twice` });
    seen.add(currency.code);
    if (currency.minimumCartValue !== undefined) {
      const problem = minorUnitsMessage(currency.code, currency.minimumCartValue);
      if (problem) ctx.addIssue({ code: "custom", path: ["currencies", index, "minimumCartValue"], message: problem });
    }
    if (currency.amount !== undefined) {
      if (!fixed) {
        ctx.addIssue({
          code: "custom",
          path: ["currencies", index, "amount"],
          message: "A per-currency amount only applies to fixed-amount kinds",
        });
      } else {
        const problem = minorUnitsMessage(currency.code, currency.amount);
        if (problem) ctx.addIssue({ code: "custom", path: ["currencies", index, "amount"], message: problem });
      }
    }
  });

  // category.discount is the amount for every currency without its own `amount`, so it must fit each of them.
  if (fixed && typeof offer.category.discount === "number") {
    for (const currency of offer.currencies) {
      if (currency.amount !== undefined) continue;
      const problem = minorUnitsMessage(currency.code, offer.category.discount);
      if (problem) {
        ctx.addIssue({ code: "custom", path: ["category", "discount"], message: problem });
        break;
      }
    }
  }
}
