// The coupon family: every requested code ends applied or rejected with the first failing check of
// contract §4.9. The first code (by position) of a coupon that passes the static checks represents
// that coupon; a later code of the same coupon, or the same code again, shares its
// representative's fate when that one was rejected (those reasons come first in §4.9), and is a
// duplicate_code when the representative applied.
import { applyFamily } from "./apply-family";
import { compareApplicationOrder } from "./application-order";
import type { PricingRun, PricingState } from "./cart-lines";
import { decisionFromOutcome, rejectedDecision, type Decision } from "./decision";
import { matchLines } from "./collect-candidates";
import { checkCodeState, checkOfferEligibility, type EligibilityFacts } from "./eligibility";
import type { PreparedOffers } from "./prepare-offers";
import type { PreparedOffer } from "./prepared-offer";
import type { CodeState, PricingContext, RejectReason } from "./types";

type CodeEntry = {
  readonly code: string;
  readonly position: number;
  readonly prepared: PreparedOffer | undefined;
  readonly staticReason: RejectReason | null;
};

export type CodeResolution = {
  readonly entries: readonly CodeEntry[];
  /** Coupon -> the code entry standing for it; only coupons that passed the static checks. */
  readonly representatives: ReadonlyMap<PreparedOffer, CodeEntry>;
};

export type CouponResult = {
  /** Applied codes, in application order. */
  readonly applied: Decision[];
  /** One decision per requested code, in the order of couponCodes. */
  readonly decisions: Decision[];
};

/** Looks the codes up and runs the static checks (not_found … redemption_limit_reached). */
export function resolveCodes(
  codes: readonly string[],
  offers: PreparedOffers,
  context: PricingContext,
  facts: EligibilityFacts,
): CodeResolution {
  const entries = codes.map((code, position): CodeEntry => {
    const codeState: CodeState | undefined = Object.hasOwn(context.codes, code) ? context.codes[code] : undefined;
    const prepared = codeState ? offers.couponsById.get(codeState.offerId) : undefined;
    const codeReason = checkCodeState(codeState, prepared);
    const staticReason = codeReason ?? (prepared ? checkOfferEligibility(prepared, facts, codeState) : "not_found");
    return { code, position, prepared, staticReason };
  });
  const representatives = new Map<PreparedOffer, CodeEntry>();
  for (const entry of entries) {
    if (entry.staticReason === null && entry.prepared && !representatives.has(entry.prepared)) {
      representatives.set(entry.prepared, entry);
    }
  }
  return { entries, representatives };
}

/** Applies the representatives on what the automatic promotions left, then gives every code its verdict. */
export function priceCoupons(
  { entries, representatives }: CodeResolution,
  run: PricingRun,
  facts: EligibilityFacts,
  state: PricingState,
): CouponResult {
  const ordered = [...representatives.keys()];
  // A cart names a few coupons, often one: build the comparator only when there is an order to find.
  if (ordered.length > 1) {
    ordered.sort(
      compareApplicationOrder(run.currency, run.exponent, (a, b) => representatives.get(a)!.position - representatives.get(b)!.position),
    );
  }
  const outcomes = applyFamily(
    ordered.map((prepared) => ({ prepared, matches: matchLines(prepared, run) })),
    run,
    state,
    facts,
  );

  const applied: Decision[] = [];
  ordered.forEach((prepared, i) => {
    const outcome = outcomes[i];
    if (outcome.status === "applied")
      applied.push({ source: "coupon", prepared, code: representatives.get(prepared)!.code, effect: outcome.effect });
  });

  const decisions = entries.map((entry): Decision => {
    const { code, prepared } = entry;
    if (entry.staticReason !== null || !prepared) {
      return rejectedDecision("coupon", entry.staticReason ?? "not_found", facts, prepared, code);
    }
    // Passing the static checks makes this entry, or an earlier one, the coupon's representative.
    const representative = representatives.get(prepared)!;
    // A handful of coupons: a scan of `ordered` is cheaper than building a Map per cart.
    const outcome = outcomes[ordered.indexOf(prepared)];
    if (representative === entry || outcome.status === "rejected") return decisionFromOutcome(outcome, prepared, facts, code);
    return rejectedDecision("coupon", "duplicate_code", facts, prepared, code, { earlierCode: representative.code });
  });
  return { applied, decisions };
}
