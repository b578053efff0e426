// The verdict on one promotion or code, as reported in the trace and rejectedCouponCodes.
import type { FamilyOutcome } from "./apply-family";
import type { Effect } from "./cart-lines";
import type { EligibilityFacts } from "./eligibility";
import { rejectionMessage } from "./messages";
import type { PreparedOffer } from "./prepared-offer";
import type { OfferSource, RejectReason } from "./types";

export type Decision = {
  readonly source: OfferSource;
  readonly prepared?: PreparedOffer;
  readonly code?: string;
  /** Set when applied. */
  readonly effect?: Effect;
  /** Set when rejected, with its message. */
  readonly reason?: RejectReason;
  readonly message?: string;
};

export function rejectedDecision(
  source: OfferSource,
  reason: RejectReason,
  facts: EligibilityFacts,
  prepared: PreparedOffer | undefined,
  code?: string,
  extra?: { winner?: PreparedOffer | null; earlierCode?: string },
): Decision {
  // Fields listed one by one: object spread is slow on Node 20, and every rejection passes here.
  const message = rejectionMessage({ reason, facts, prepared, code, winner: extra?.winner, earlierCode: extra?.earlierCode });
  return { source, prepared, code, reason, message };
}

export function decisionFromOutcome(outcome: FamilyOutcome, prepared: PreparedOffer, facts: EligibilityFacts, code?: string): Decision {
  const source = prepared.offer.source;
  if (outcome.status === "applied") return { source, prepared, code, effect: outcome.effect };
  const winner = outcome.reason === "excluded_by_exclusive" ? outcome.winner : undefined;
  return rejectedDecision(source, outcome.reason, facts, prepared, code, { winner });
}
