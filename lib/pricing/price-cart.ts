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
function eligibilityFacts(request: CartRequest, context: PricingContext, run: PricingRun): EligibilityFacts {
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
  };
}

export function priceCart(offers: PreparedOffers, request: CartRequest, context: PricingContext): DiscountedCart {
  const run = buildRun(request, currencyExponent(request.currency), exclusionSet(context.exclusionList));
  const facts = eligibilityFacts(request, context, run);
  const state = initialState(run);

  // Automatic promotions first (contract §4.3), in application order.
  const candidates = collectAutomaticCandidates(offers, run, request.storeId);
  const ranks = automaticRanks(offers, run.currency);
  candidates.sort((a, b) => ranks[a.prepared.position] - ranks[b.prepared.position]);
  const automatic = new Array<Decision>(candidates.length);
  const eligible: FamilyCandidate[] = [];
  const eligiblePositions: number[] = [];
  candidates.forEach((candidate, i) => {
    const reason = checkOfferEligibility(candidate.prepared, facts);
    if (reason) automatic[i] = rejectedDecision("automatic", reason, facts, candidate.prepared);
    else {
      eligible.push(candidate);
      eligiblePositions.push(i);
    }
  });
  applyFamily(eligible, run, state).forEach((outcome, k) => {
    automatic[eligiblePositions[k]] = decisionFromOutcome(outcome, eligible[k].prepared, facts);
  });

  // Coupons next, on what the automatic promotions left.
  const codes = resolveCodes(request.couponCodes ?? [], offers, context, facts);
  const coupons = priceCoupons(codes, run, facts, state);
  const applied = automatic.filter((decision) => decision.effect).concat(coupons.applied);
  return buildDiscountedCart(request, run, applied, automatic.concat(coupons.decisions));
}
