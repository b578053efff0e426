// Adds coupons to a prepared offer set without re-indexing its automatic offers: the loader keeps the
// automatic offers of a tenant prepared in memory and adds, per cart, only the coupons its codes name.
import type { PreparedOffers } from "./prepare-offers";
import { prepareOffer } from "./prepared-offer";
import type { Offer } from "./types";

export function withCoupons(base: PreparedOffers, coupons: readonly Offer[]): PreparedOffers {
  if (coupons.length === 0) return base;
  const couponsById = new Map(base.couponsById);
  coupons.forEach((offer, i) => {
    if (offer.source !== "coupon") throw new RangeError(`withCoupons takes coupons only; ${offer.id} is ${offer.source}`);
    couponsById.set(offer.id, prepareOffer(offer, base.automatic.length + base.couponsById.size + i));
  });
  // The memo maps are shared on purpose: they depend on the automatic offers only.
  return { ...base, couponsById };
}
