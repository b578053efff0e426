// Application order of contract §4.3: stage (bundles, product-level, cart-level, BXGY, free
// shipping), then percentage before fixed (cart-level: with a products filter before whole-cart),
// then larger discount first for bundles and BXGY, then higher priority first (legacy v0 rules,
// reference §11.1; every other offer has priority 0), then a tie-break (automatic: creation time;
// coupons: position in couponCodes). Mixed bundle kinds go percentage first, then larger first,
// since a percentage and an amount cannot be compared without pricing the cart.
import { orderMagnitude, type PreparedOffer } from "./prepared-offer";

export type OfferComparator = (a: PreparedOffer, b: PreparedOffer) => number;

export function compareApplicationOrder(currency: string, exponent: number, tieBreak: OfferComparator): OfferComparator {
  return (a, b) =>
    a.stage - b.stage ||
    a.subStage - b.subStage ||
    orderMagnitude(b, currency, exponent) - orderMagnitude(a, currency, exponent) ||
    b.priority - a.priority ||
    tieBreak(a, b);
}

/** Older first; the position in the offer list settles equal creation times. */
export const olderFirst: OfferComparator = (a, b) => a.createdAtMs - b.createdAtMs || a.position - b.position;
