// Bundles (contract §4.6): the offer repeats per complete bundle. Rule for which units fill a
// bundle: bundle items are filled in the order listed, each with the dearest free eligible units
// (ties: earlier line), one complete bundle after another; overlapping item filters are therefore
// filled greedily, so list the most specific item first. Percentage: one half-up amount on the
// remaining value of all bundled units; fixed: the amount once per complete bundle, capped at that
// value. Either way it is spread over the bundled lines by largest remainder.
import { fixedAmountMinor, type PreparedOffer } from "../prepared-offer";
import { percentOf, spreadByLargestRemainder } from "../money";
import { unconsumedUnits, valueOfUnits, type Effect, type PricingRun, type PricingState } from "../cart-lines";
import { sortByUnitValue } from "./unit-order";

/** Units of a line still free for this offer: not used by an earlier deal nor by its own bundles so far. */
function freeUnits(run: PricingRun, state: PricingState, taken: ReadonlyMap<number, number>, index: number): number {
  return unconsumedUnits(run, state, index) - (taken.get(index) ?? 0);
}

export function bundleEffect(
  prepared: PreparedOffer,
  slotLines: readonly (readonly number[])[],
  run: PricingRun,
  state: PricingState,
): Effect | null {
  if (prepared.slotQuantities.length === 0) return null;
  const ordered = slotLines.map((lines) => sortByUnitValue(lines.slice(), run, state, false));
  const taken = new Map<number, number>();
  const limit = prepared.maxApplications ?? Number.POSITIVE_INFINITY;
  let applications = 0;
  while (applications < limit) {
    const bundle = fillOneBundle(prepared.slotQuantities, ordered, run, state, taken);
    if (!bundle) break;
    // The same choice repeats until one of its lines runs short, so take those repeats at once.
    let repeats = limit - applications;
    for (const [index, count] of bundle) repeats = Math.min(repeats, Math.floor(freeUnits(run, state, taken, index) / count));
    for (const [index, count] of bundle) taken.set(index, (taken.get(index) ?? 0) + count * repeats);
    applications += repeats;
  }
  if (applications === 0) return null;

  const bundledLines = [...taken.keys()].sort((a, b) => a - b);
  const values = bundledLines.map((index) => valueOfUnits(state, run.lines[index], taken.get(index) ?? 0));
  const bundledValue = values.reduce((sum, value) => sum + value, 0);
  const total = prepared.isPercentage
    ? percentOf(bundledValue, prepared.percentScaled)
    : Math.min(fixedAmountMinor(prepared, run.currency, run.exponent) * applications, bundledValue);
  if (total <= 0) return null;
  const shares = spreadByLargestRemainder(total, values);
  const lines: number[] = [];
  const amounts: number[] = [];
  const units: number[] = [];
  bundledLines.forEach((index, i) => {
    if (shares[i] === 0) return;
    lines.push(index);
    amounts.push(shares[i]);
    units.push(taken.get(index) ?? 0);
  });
  return { lines, amounts, units, consumed: taken, shipping: 0, total };
}

/** Units per line for one complete bundle, or null when the free units cannot complete one. */
function fillOneBundle(
  quantities: readonly number[],
  orderedSlots: readonly number[][],
  run: PricingRun,
  state: PricingState,
  taken: ReadonlyMap<number, number>,
): Map<number, number> | null {
  const bundle = new Map<number, number>();
  for (let slot = 0; slot < quantities.length; slot++) {
    let needed = quantities[slot];
    for (const index of orderedSlots[slot]) {
      const take = Math.min(freeUnits(run, state, taken, index) - (bundle.get(index) ?? 0), needed);
      if (take <= 0) continue;
      bundle.set(index, (bundle.get(index) ?? 0) + take);
      needed -= take;
      if (needed === 0) break;
    }
    if (needed > 0) return null;
  }
  return bundle;
}
