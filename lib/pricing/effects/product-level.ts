// Product-level offers (contract §4.5 and §2 maxQuantity): each matching line on its own.
import { fixedAmountMinor, type PreparedOffer } from "../prepared-offer";
import { percentOf } from "../money";
import type { Effect, PricingRun, PricingState } from "../cart-lines";

export function productLevelEffect(
  prepared: PreparedOffer,
  eligibleLines: readonly number[],
  run: PricingRun,
  state: PricingState,
): Effect | null {
  const isPercentage = prepared.isPercentage;
  const fixedPerUnit = isPercentage ? 0 : fixedAmountMinor(prepared, run.currency, run.exponent);
  const lines: number[] = [];
  const amounts: number[] = [];
  let total = 0;
  for (const index of eligibleLines) {
    const remaining = state.remaining[index];
    if (remaining <= 0) continue;
    const line = run.lines[index];
    const countedUnits = prepared.maxQuantity === null ? line.quantity : Math.min(prepared.maxQuantity, line.quantity);
    // With maxQuantity the base is the smaller of the remaining line and unit price × maxQuantity;
    // contract §2 names the request's unit price, and compounding still holds through the remaining cap.
    const base = prepared.maxQuantity === null ? remaining : Math.min(remaining, line.unitMinor * countedUnits);
    // Percentage: per line, half-up. Fixed: per counted unit, never more than the base.
    const amount = isPercentage ? percentOf(base, prepared.percentScaled) : Math.min(fixedPerUnit * countedUnits, base);
    if (amount <= 0) continue;
    lines.push(index);
    amounts.push(amount);
    total += amount;
  }
  return total > 0 ? { lines, amounts, units: null, consumed: null, shipping: 0, total } : null;
}
