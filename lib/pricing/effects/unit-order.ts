// Orders lines by what is left per unit, for deals that pick units (buy-X-get-Y, bundles).
import type { PricingRun, PricingState } from "../cart-lines";

/** Sorts `lines` in place by remaining value per unit; `cheapestFirst` or dearest first. Ties: earlier line. */
export function sortByUnitValue(lines: number[], run: PricingRun, state: PricingState, cheapestFirst: boolean): number[] {
  // Most deals see one or two lines: no comparator to build then.
  if (lines.length < 2) return lines;
  const direction = cheapestFirst ? 1 : -1;
  const remaining = state.remaining;
  const cartLines = run.lines;
  // Division of equal rationals yields the same double, so equal unit values tie exactly.
  return lines.sort((a, b) => direction * (remaining[a] / cartLines[a].quantity - remaining[b] / cartLines[b].quantity) || a - b);
}
