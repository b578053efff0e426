// Cart-level offers (contract §4.5): one amount on the eligible remaining subtotal, spread over the
// eligible lines in proportion to what is left of each, by largest remainder.
import { fixedAmountMinor, type PreparedOffer } from "../prepared-offer";
import { percentOf, spreadByLargestRemainder } from "../money";
import type { Effect, PricingRun, PricingState } from "../cart-lines";

export function cartLevelEffect(
  prepared: PreparedOffer,
  eligibleLines: readonly number[],
  run: PricingRun,
  state: PricingState,
): Effect | null {
  const lines: number[] = [];
  const weights: number[] = [];
  let eligibleSubtotal = 0;
  for (const index of eligibleLines) {
    const remaining = state.remaining[index];
    if (remaining <= 0) continue;
    lines.push(index);
    weights.push(remaining);
    eligibleSubtotal += remaining;
  }
  if (eligibleSubtotal === 0) return null;
  const total = prepared.isPercentage
    ? percentOf(eligibleSubtotal, prepared.percentScaled)
    : Math.min(fixedAmountMinor(prepared, run.currency, run.exponent), eligibleSubtotal);
  if (total <= 0) return null;
  const shares = spreadByLargestRemainder(total, weights);
  // A line whose share rounds to nothing gets no entry in its discounts[].
  const touched: number[] = [];
  const amounts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (shares[i] === 0) continue;
    touched.push(lines[i]);
    amounts.push(shares[i]);
  }
  return { lines: touched, amounts, units: null, consumed: null, shipping: 0, total };
}
