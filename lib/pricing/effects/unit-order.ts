// Orders lines by what is left per unit, for deals that pick units (buy-X-get-Y, bundles).
import type { PricingRun, PricingState } from "../cart-lines";

/** Sorts `lines` in place by remaining value per unit; `cheapestFirst` or dearest first. Ties: earlier line. */
export function sortByUnitValue(lines: number[], run: PricingRun, state: PricingState, cheapestFirst: boolean): number[] {
  const direction = cheapestFirst ? 1 : -1;
  const unitValue = (index: number): number => state.remaining[index] / run.lines[index].quantity;
  // Division of equal rationals yields the same double, so equal unit values tie exactly.
  return lines.sort((a, b) => direction * (unitValue(a) - unitValue(b)) || a - b);
}
