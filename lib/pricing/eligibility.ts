// The static checks of contract §4.9, in its order, for one offer (and the code that names it).
// The checks after redemption_limit_reached need the cart being priced and live in apply-family.ts.
import { toMinorUnits } from "./money";
import { validityWindow, type PreparedOffer } from "./prepared-offer";
import type { CodeState, Offer, OfferUsageFacts, RejectReason } from "./types";

/** What the checks need to know about the cart and the moment, resolved once per cart. */
export type EligibilityFacts = {
  readonly atMs: number;
  /** Zone localized offers are read in: the store's, else the tenant's, else UTC. */
  readonly timeZone: string;
  readonly storeId?: string;
  readonly customerId?: string;
  readonly channelType?: string;
  readonly customerSegments: readonly { key: string; value: string }[];
  readonly currency: string;
  readonly exponent: number;
  /** Cart subtotal before any discount, minor units (contract §4.7). */
  readonly subtotalMinor: number;
  /** Shipping price before any discount, minor units; absent where no cart is priced (redemption). */
  readonly shippingMinor?: number;
  /** Usage of limited offers by id (contract §7); absent = none used. */
  readonly usage?: Readonly<Record<string, OfferUsageFacts | undefined>>;
};

/** The offer's budget left in the cart's currency, minor units; null when it has no budget there. */
export function remainingBudgetMinor(offer: Offer, facts: Pick<EligibilityFacts, "currency" | "exponent" | "usage">): number | null {
  const line = offer.limits?.budget?.find((b) => b.currency === facts.currency);
  if (!line) return null;
  return toMinorUnits(line.amount, facts.exponent) - (facts.usage?.[offer.usageId ?? offer.id]?.spentMinor ?? 0);
}

/** redemption_limit_reached, customer_limit_reached, budget_exhausted (§4.9, §7) from the usage given. */
export function checkLimits(offer: Offer, facts: EligibilityFacts): RejectReason | null {
  const limits = offer.limits;
  if (!limits) return null;
  const usage = facts.usage?.[offer.usageId ?? offer.id];
  if (reachedLimit(usage?.uses, limits.redemptions)) return "redemption_limit_reached";
  if (typeof limits.perCustomer === "number" && (facts.customerId === undefined || reachedLimit(usage?.customerUses, limits.perCustomer))) {
    return "customer_limit_reached";
  }
  const budget = remainingBudgetMinor(offer, facts);
  if (budget !== null && budget <= 0) return "budget_exhausted";
  return null;
}

/** The checks about the code itself that come before the offer's own (not_found, code_inactive). */
export function checkCodeState(
  codeState: CodeState | undefined,
  prepared: PreparedOffer | undefined,
): "not_found" | "code_inactive" | null {
  if (!codeState || !prepared || prepared.offer.id !== codeState.offerId) return "not_found";
  return codeState.active ? null : "code_inactive";
}

function reachedLimit(used: number | undefined, limit: number | null | undefined): boolean {
  return typeof limit === "number" && (used ?? 0) >= limit;
}

/**
 * First failing check from `inactive` to `redemption_limit_reached`, or null when the offer may
 * apply. Pass the code state for coupons so its own redemption limit is checked too.
 */
export function checkOfferEligibility(prepared: PreparedOffer, facts: EligibilityFacts, codeState?: CodeState): RejectReason | null {
  const offer = prepared.offer;
  if (!offer.active) return "inactive";
  const window = validityWindow(prepared, facts.timeZone);
  if (facts.atMs < window.fromMs) return "not_yet_valid";
  // validTo is inclusive: the offer still applies at exactly that instant.
  if (facts.atMs > window.toMs) return "expired";
  if (prepared.stores && (facts.storeId === undefined || !prepared.stores.has(facts.storeId))) return "store_not_allowed";
  if (prepared.consumers && (facts.customerId === undefined || !prepared.consumers.has(facts.customerId))) {
    return "consumer_not_allowed";
  }
  if (prepared.channels && (facts.channelType === undefined || !prepared.channels.has(facts.channelType))) {
    return "channel_not_allowed";
  }
  const segment = offer.segment;
  if (segment && !facts.customerSegments.some((s) => s.key === segment.key && s.value === segment.value)) {
    return "segment_not_matched";
  }
  if (prepared.currencies) {
    const condition = prepared.currencies.get(facts.currency);
    if (!condition) return "currency_not_allowed";
    const minimum = condition.minimumCartValue;
    if (typeof minimum === "number" && Number.isFinite(minimum) && facts.subtotalMinor < toMinorUnits(minimum, facts.exponent)) {
      return "minimum_not_reached";
    }
  }
  if (codeState && reachedLimit(codeState.redemptions, codeState.maxRedemptions)) return "redemption_limit_reached";
  if (reachedLimit(offer.redemptions, offer.maxRedemptions)) return "redemption_limit_reached";
  return checkLimits(offer, facts);
}
