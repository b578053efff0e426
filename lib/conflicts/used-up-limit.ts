// A used-up limit (contract §7), read from the offer's `limits` and the usage counters of the current
// limit window: the redemptions reached, or the budget spent in every currency the offer accepts (a
// budget left in one currency still lets carts in it through). A windowed limit is used up for the
// current window only. Pure: the counters come in the analysis input.
import type { AnalyzedOffer } from "@/lib/conflicts/types";
import { currencyExponent, toMinorUnits, type OfferUsageFacts } from "@/lib/pricing";

export type UsedUpLimit =
  | { what: "redemptions"; used: number; limit: number }
  | { what: "budget"; currency: string; spentMinor: number; limitMinor: number; currencies: number };

export function usedUpLimit(entry: AnalyzedOffer): UsedUpLimit | null {
  const limits = entry.offer.limits;
  if (!limits) return null;
  const uses = entry.usage?.uses ?? 0;
  if (typeof limits.redemptions === "number" && uses >= limits.redemptions)
    return { what: "redemptions", used: uses, limit: limits.redemptions };
  const accepted = entry.offer.currencies.map((c) => c.code);
  if (!limits.budget?.length || accepted.length === 0) return null;
  let first: UsedUpLimit | null = null;
  for (const currency of [...accepted].sort()) {
    const line = limits.budget.find((b) => b.currency === currency);
    if (!line) return null;
    const limitMinor = toMinorUnits(line.amount, currencyExponent(currency));
    const spentMinor = entry.usage?.spentMinor[currency] ?? 0;
    if (spentMinor < limitMinor) return null;
    first ??= { what: "budget", currency, spentMinor, limitMinor, currencies: accepted.length };
  }
  return first;
}

/** The engine's usage input for carts in `currency`: each limited offer's counters of the current window. */
export function usageIn(offers: readonly AnalyzedOffer[], currency: string): Record<string, OfferUsageFacts> {
  const usage: Record<string, OfferUsageFacts> = {};
  for (const { offer, usage: counters } of offers) {
    if (!offer.limits || !counters) continue;
    // The counter-examples name a customer only where the offer lists consumers; per-customer use is theirs alone.
    usage[offer.id] = { uses: counters.uses, customerUses: 0, spentMinor: counters.spentMinor[currency] ?? 0 };
  }
  return usage;
}
