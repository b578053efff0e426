// Applies one family (automatic promotions, or coupons) to the cart, with exclusivity (contract
// §4.8): the family keeps whichever saves more, the single best exclusive offer or all
// non-exclusive offers applied together in order; on a tie the exclusive offer wins, and between
// exclusive offers of equal saving the one created first. Saving = item plus shipping discounts.
import { cloneState, commitEffect, type Effect, type PricingRun, type PricingState } from "./cart-lines";
import { computeEffect, type SlotMatches } from "./effects/compute-effect";
import type { PreparedOffer } from "./prepared-offer";

export type FamilyCandidate = { readonly prepared: PreparedOffer; readonly matches: SlotMatches };

export type FamilyOutcome =
  | { readonly status: "applied"; readonly effect: Effect }
  | { readonly status: "rejected"; readonly reason: "no_eligible_items" }
  /** `winner` is the exclusive offer kept, or null when the non-exclusive offers together won. */
  | { readonly status: "rejected"; readonly reason: "excluded_by_exclusive"; readonly winner: PreparedOffer | null };

const NO_ELIGIBLE_ITEMS: FamilyOutcome = { status: "rejected", reason: "no_eligible_items" };

/** Candidates must be eligible and in application order. Commits the winners to `state`. */
export function applyFamily(candidates: readonly FamilyCandidate[], run: PricingRun, state: PricingState): FamilyOutcome[] {
  const hasExclusive = candidates.some((c) => c.prepared.offer.exclusive);
  if (!hasExclusive) return applyInOrder(candidates, run, state).outcomes;

  const nonExclusive = candidates.filter((c) => !c.prepared.offer.exclusive);
  const trialState = cloneState(state);
  const together = applyInOrder(nonExclusive, run, trialState);

  let chosen: { index: number; effect: Effect } | null = null;
  const exclusiveEffects = new Map<number, Effect | null>();
  for (let index = 0; index < candidates.length; index++) {
    const prepared = candidates[index].prepared;
    if (!prepared.offer.exclusive) continue;
    const effect = computeEffect(prepared, candidates[index].matches, run, state);
    exclusiveEffects.set(index, effect);
    if (!effect) continue;
    const better =
      !chosen ||
      effect.total > chosen.effect.total ||
      (effect.total === chosen.effect.total && createdEarlier(prepared, candidates[chosen.index].prepared));
    if (better) chosen = { index, effect };
  }

  const outcomes = new Array<FamilyOutcome>(candidates.length);
  if (chosen && chosen.effect.total >= together.total) {
    const { index: winnerIndex, effect: winnerEffect } = chosen;
    const winner = candidates[winnerIndex].prepared;
    commitEffect(state, winnerEffect);
    let nonExclusiveIndex = 0;
    candidates.forEach((candidate, index) => {
      if (index === winnerIndex) outcomes[index] = { status: "applied", effect: winnerEffect };
      else if (candidate.prepared.offer.exclusive) outcomes[index] = exclusiveEffects.get(index) ? excludedBy(winner) : NO_ELIGIBLE_ITEMS;
      else outcomes[index] = together.outcomes[nonExclusiveIndex++].status === "applied" ? excludedBy(winner) : NO_ELIGIBLE_ITEMS;
    });
  } else {
    Object.assign(state, trialState);
    let nonExclusiveIndex = 0;
    candidates.forEach((candidate, index) => {
      if (!candidate.prepared.offer.exclusive) outcomes[index] = together.outcomes[nonExclusiveIndex++];
      else outcomes[index] = exclusiveEffects.get(index) ? excludedBy(null) : NO_ELIGIBLE_ITEMS;
    });
  }
  return outcomes;
}

function excludedBy(winner: PreparedOffer | null): FamilyOutcome {
  return { status: "rejected", reason: "excluded_by_exclusive", winner };
}

function createdEarlier(a: PreparedOffer, b: PreparedOffer): boolean {
  return a.createdAtMs < b.createdAtMs || (a.createdAtMs === b.createdAtMs && a.offer.id < b.offer.id);
}

/** Applies offers one after the other, each on what the previous ones left (compounding, §4.4). */
function applyInOrder(candidates: readonly FamilyCandidate[], run: PricingRun, state: PricingState) {
  const outcomes: FamilyOutcome[] = [];
  let total = 0;
  for (const candidate of candidates) {
    const effect = computeEffect(candidate.prepared, candidate.matches, run, state);
    if (!effect) {
      outcomes.push(NO_ELIGIBLE_ITEMS);
      continue;
    }
    commitEffect(state, effect);
    total += effect.total;
    outcomes.push({ status: "applied", effect });
  }
  return { outcomes, total };
}
