// Applies one family (automatic promotions, or coupons) to the cart, with exclusivity (contract
// §4.8): the family keeps whichever saves more, the single best exclusive offer or all
// non-exclusive offers applied together in order; on a tie the exclusive offer wins, and between
// exclusive offers of equal saving the one created first. Saving = item plus shipping discounts.
// An offer whose discount would cross what is left of its budget (contract §7) is refused, not
// clipped: budget_exhausted, and it saves nothing.
import { cloneState, commitEffect, type Effect, type PricingRun, type PricingState } from "./cart-lines";
import { computeEffect, type SlotMatches } from "./effects/compute-effect";
import { remainingBudgetMinor, type EligibilityFacts } from "./eligibility";
import type { PreparedOffer } from "./prepared-offer";

export type FamilyCandidate = { readonly prepared: PreparedOffer; readonly matches: SlotMatches };

export type FamilyOutcome =
  | { readonly status: "applied"; readonly effect: Effect }
  | { readonly status: "rejected"; readonly reason: "no_eligible_items" | "budget_exhausted" }
  /** `winner` is the exclusive offer kept, or null when the non-exclusive offers together won. */
  | { readonly status: "rejected"; readonly reason: "excluded_by_exclusive"; readonly winner: PreparedOffer | null };

const NO_ELIGIBLE_ITEMS: FamilyOutcome = { status: "rejected", reason: "no_eligible_items" };
const BUDGET_EXHAUSTED: FamilyOutcome = { status: "rejected", reason: "budget_exhausted" };

type BudgetFacts = Pick<EligibilityFacts, "currency" | "exponent" | "usage">;

/** The effect, or null with `overBudget` when its total would cross the offer's remaining budget. */
function effectWithinBudget(candidate: FamilyCandidate, run: PricingRun, state: PricingState, facts: BudgetFacts | undefined) {
  const effect = computeEffect(candidate.prepared, candidate.matches, run, state);
  if (!effect || !facts || !candidate.prepared.offer.limits?.budget) return { effect, overBudget: false };
  const left = remainingBudgetMinor(candidate.prepared.offer, facts);
  return left !== null && effect.total > left ? { effect: null, overBudget: true } : { effect, overBudget: false };
}

/** Candidates must be eligible and in application order. Commits the winners to `state`. */
export function applyFamily(
  candidates: readonly FamilyCandidate[],
  run: PricingRun,
  state: PricingState,
  /** The cart's currency and the offers' usage, for budgets; absent: budgets are not checked. */
  facts?: BudgetFacts,
): FamilyOutcome[] {
  const hasExclusive = candidates.some((c) => c.prepared.offer.exclusive);
  if (!hasExclusive) return applyInOrder(candidates, run, state, facts).outcomes;

  const nonExclusive = candidates.filter((c) => !c.prepared.offer.exclusive);
  const trialState = cloneState(state);
  const together = applyInOrder(nonExclusive, run, trialState, facts);

  let chosen: { index: number; effect: Effect } | null = null;
  const exclusiveEffects = new Map<number, Effect | null>();
  const overBudget = new Set<number>();
  for (let index = 0; index < candidates.length; index++) {
    const prepared = candidates[index].prepared;
    if (!prepared.offer.exclusive) continue;
    const { effect, overBudget: over } = effectWithinBudget(candidates[index], run, state, facts);
    if (over) overBudget.add(index);
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
      else if (candidate.prepared.offer.exclusive) outcomes[index] = exclusiveOutcome(index, exclusiveEffects, overBudget, winner);
      else {
        const alone = together.outcomes[nonExclusiveIndex++];
        outcomes[index] = alone.status === "applied" ? excludedBy(winner) : alone;
      }
    });
  } else {
    Object.assign(state, trialState);
    let nonExclusiveIndex = 0;
    candidates.forEach((candidate, index) => {
      if (!candidate.prepared.offer.exclusive) outcomes[index] = together.outcomes[nonExclusiveIndex++];
      else outcomes[index] = exclusiveOutcome(index, exclusiveEffects, overBudget, null);
    });
  }
  return outcomes;
}

function exclusiveOutcome(
  index: number,
  effects: ReadonlyMap<number, Effect | null>,
  overBudget: ReadonlySet<number>,
  winner: PreparedOffer | null,
): FamilyOutcome {
  if (effects.get(index)) return excludedBy(winner);
  return overBudget.has(index) ? BUDGET_EXHAUSTED : NO_ELIGIBLE_ITEMS;
}

function excludedBy(winner: PreparedOffer | null): FamilyOutcome {
  return { status: "rejected", reason: "excluded_by_exclusive", winner };
}

function createdEarlier(a: PreparedOffer, b: PreparedOffer): boolean {
  return a.createdAtMs < b.createdAtMs || (a.createdAtMs === b.createdAtMs && a.offer.id < b.offer.id);
}

/** Applies offers one after the other, each on what the previous ones left (compounding, §4.4). */
function applyInOrder(candidates: readonly FamilyCandidate[], run: PricingRun, state: PricingState, facts: BudgetFacts | undefined) {
  const outcomes: FamilyOutcome[] = [];
  let total = 0;
  for (const candidate of candidates) {
    const { effect, overBudget } = effectWithinBudget(candidate, run, state, facts);
    if (!effect) {
      outcomes.push(overBudget ? BUDGET_EXHAUSTED : NO_ELIGIBLE_ITEMS);
      continue;
    }
    commitEffect(state, effect);
    total += effect.total;
    outcomes.push({ status: "applied", effect });
  }
  return { outcomes, total };
}
