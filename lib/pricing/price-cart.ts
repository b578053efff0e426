// Entry point of contract §4: prices one cart against a prepared offer set. Pure: same input, same
// output; inputs are never mutated; time comes from request.at or context.now, never the clock.
import { applyFamily, type FamilyCandidate } from "./apply-family";
import { buildDiscountedCart } from "./build-result";
import { buildRun, initialState, type PricingRun } from "./cart-lines";
import { collectAutomaticCandidates } from "./collect-candidates";
import { priceCoupons, resolveCodes } from "./coupon-codes";
import { currencyExponent } from "./currency";
import { decisionFromOutcome, rejectedDecision, type Decision } from "./decision";
import { checkOfferEligibility, type EligibilityFacts } from "./eligibility";
import { automaticRanks, type PreparedOffers } from "./prepare-offers";
import { parseInstant, pickTimeZone } from "./time";
import type { CartRequest, DiscountedCart, PricingContext } from "./types";

// The exclusion list is usually the same array for many carts: build its set once per array.
const exclusionSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function exclusionSet(list: readonly string[]): ReadonlySet<string> {
  let set = exclusionSets.get(list);
  if (!set) exclusionSets.set(list, (set = new Set(list)));
  return set;
}

/** Facts for the eligibility checks. An unreadable `at` falls back to `now` (the edge validates it). */
export function eligibilityFacts(request: CartRequest, context: PricingContext, run: PricingRun): EligibilityFacts {
  const atMs = parseInstant(request.at) ?? parseInstant(context.now);
  if (atMs === null) throw new RangeError(`PricingContext.now is not an ISO instant: ${context.now}`);
  const storeId = request.storeId;
  const storeZone = storeId !== undefined && Object.hasOwn(context.storeTimeZones, storeId) ? context.storeTimeZones[storeId] : undefined;
  return {
    atMs,
    timeZone: pickTimeZone(storeZone, context.tenantTimeZone),
    storeId,
    customerId: request.customerId,
    channelType: request.channelType,
    customerSegments: request.customerSegments ?? [],
    currency: request.currency,
    exponent: run.exponent,
    subtotalMinor: run.subtotalMinor,
    shippingMinor: run.shippingMinor,
    usage: context.usage,
  };
}

// Up to this many candidates an insertion sort on integer ranks beats Array.prototype.sort with a
// comparator closure; a cart meets a handful of automatic offers, a few dozen in dense catalogs.
const INSERTION_SORT_LIMIT = 48;

/** Sorts the candidates in place into application order (ranks are distinct per offer). */
function sortByRank(candidates: FamilyCandidate[], ranks: Int32Array): void {
  const count = candidates.length;
  if (count > INSERTION_SORT_LIMIT) {
    candidates.sort((a, b) => ranks[a.prepared.position] - ranks[b.prepared.position]);
    return;
  }
  const keys = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const candidate = candidates[i];
    const key = ranks[candidate.prepared.position];
    let j = i - 1;
    while (j >= 0 && keys[j] > key) {
      keys[j + 1] = keys[j];
      candidates[j + 1] = candidates[j];
      j--;
    }
    keys[j + 1] = key;
    candidates[j + 1] = candidate;
  }
}

export function priceCart(offers: PreparedOffers, request: CartRequest, context: PricingContext): DiscountedCart {
  const run = buildRun(request, currencyExponent(request.currency), exclusionSet(context.exclusionList));
  const facts = eligibilityFacts(request, context, run);
  const state = initialState(run);

  // Automatic promotions first (contract §4.3), in application order.
  const candidates = collectAutomaticCandidates(offers, run, request.storeId);
  sortByRank(candidates, automaticRanks(offers, run.currency));
  // One decision per candidate, then one per code: this array becomes the trace, in that order.
  const decisions = new Array<Decision>(candidates.length);
  const eligible: FamilyCandidate[] = [];
  const eligiblePositions: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const prepared = candidates[i].prepared;
    const reason = checkOfferEligibility(prepared, facts);
    if (reason) decisions[i] = rejectedDecision("automatic", reason, facts, prepared);
    else {
      eligible.push(candidates[i]);
      eligiblePositions.push(i);
    }
  }
  const outcomes = applyFamily(eligible, run, state, facts);
  for (let k = 0; k < outcomes.length; k++) {
    decisions[eligiblePositions[k]] = decisionFromOutcome(outcomes[k], eligible[k].prepared, facts);
  }
  const applied: Decision[] = [];
  for (const decision of decisions) if (decision.effect) applied.push(decision);

  // Coupons next, on what the automatic promotions left.
  const codes = resolveCodes(request.couponCodes ?? [], offers, context, facts);
  const coupons = priceCoupons(codes, run, facts, state);
  for (const decision of coupons.applied) applied.push(decision);
  for (const decision of coupons.decisions) decisions.push(decision);
  return buildDiscountedCart(request, run, applied, decisions);
}
