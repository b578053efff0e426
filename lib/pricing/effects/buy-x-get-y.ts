// Buy-X-get-Y (contract §4.6). Units are free when not yet used by another multi-unit deal. The
// number of applications n is the largest for which n·X buy units and n·Y get units can be chosen
// without overlap (Hall's condition on buy-only, get-only and both-sides units), capped by
// maxApplications. Get units are the cheapest eligible units with value left; buy units are then
// the dearest remaining buy-eligible units. BogoFixed takes its amount off each get unit.
import { fixedAmountMinor, type PreparedOffer } from "../prepared-offer";
import { percentOf } from "../money";
import { unconsumedUnits, valueOfUnits, type Effect, type PricingRun, type PricingState } from "../cart-lines";
import { sortByUnitValue } from "./unit-order";

export function buyXGetYEffect(
  prepared: PreparedOffer,
  slotLines: readonly (readonly number[])[],
  run: PricingRun,
  state: PricingState,
): Effect | null {
  const [buyLines, getLines] = slotLines;
  const [buyQuantity, getQuantity] = prepared.slotQuantities;
  const isGet = new Set(getLines.filter((index) => state.remaining[index] > 0 && unconsumedUnits(run, state, index) > 0));
  const isBuy = new Set(buyLines.filter((index) => unconsumedUnits(run, state, index) > 0));
  let buyOnly = 0;
  let getOnly = 0;
  let both = 0;
  for (const index of isBuy)
    if (isGet.has(index)) both += unconsumedUnits(run, state, index);
    else buyOnly += unconsumedUnits(run, state, index);
  for (const index of isGet) if (!isBuy.has(index)) getOnly += unconsumedUnits(run, state, index);

  let applications = Math.min(
    Math.floor((getOnly + both) / getQuantity),
    Math.floor((buyOnly + both) / buyQuantity),
    Math.floor((buyOnly + getOnly + both) / (buyQuantity + getQuantity)),
  );
  if (prepared.maxApplications !== null) applications = Math.min(applications, prepared.maxApplications);
  if (applications <= 0) return null;

  // Units on both sides may serve as get units only while enough remain to cover the buy side.
  let bothForGet = both - Math.max(0, applications * buyQuantity - buyOnly);
  const taken = new Map<number, number>();
  const lines: number[] = [];
  const amounts: number[] = [];
  const units: number[] = [];
  const fixedPerUnit = prepared.isPercentage ? 0 : fixedAmountMinor(prepared, run.currency, run.exponent);
  let getNeeded = applications * getQuantity;
  let total = 0;
  for (const index of sortByUnitValue([...isGet], run, state, true)) {
    if (getNeeded === 0) break;
    let take = Math.min(unconsumedUnits(run, state, index), getNeeded);
    if (isBuy.has(index)) {
      take = Math.min(take, bothForGet);
      bothForGet -= take;
    }
    if (take === 0) continue;
    getNeeded -= take;
    taken.set(index, take);
    const value = valueOfUnits(state, run.lines[index], take);
    const amount = prepared.isPercentage ? percentOf(value, prepared.percentScaled) : Math.min(fixedPerUnit * take, value);
    if (amount <= 0) continue;
    lines.push(index);
    amounts.push(amount);
    units.push(take);
    total += amount;
  }
  if (total === 0) return null;

  let buyNeeded = applications * buyQuantity;
  for (const index of sortByUnitValue([...isBuy], run, state, false)) {
    if (buyNeeded === 0) break;
    const alreadyTaken = taken.get(index) ?? 0;
    const take = Math.min(unconsumedUnits(run, state, index) - alreadyTaken, buyNeeded);
    if (take <= 0) continue;
    buyNeeded -= take;
    taken.set(index, alreadyTaken + take);
  }
  return { lines, amounts, units, consumed: taken, shipping: 0, total };
}
