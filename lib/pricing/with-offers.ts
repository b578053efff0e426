// An offer set with some offers replaced or added: the live offers plus chosen drafts (contract §8), for
// the simulator, scenarios and batch runs. Coupons are swapped in without re-indexing (withCoupons);
// a changed automatic offer re-indexes the set once, so price many carts against the result.
// Replaced offers keep their place in the list (their tie-breaks); added ones come last.
import { prepareOffers, type PreparedOffers } from "./prepare-offers";
import type { Offer } from "./types";
import { withCoupons } from "./with-coupons";

export function withOffers(base: PreparedOffers, offers: readonly Offer[]): PreparedOffers {
  const automatic = offers.filter((offer) => offer.source === "automatic");
  const coupons = offers.filter((offer) => offer.source === "coupon");
  if (automatic.length === 0) return withCoupons(base, coupons);
  const replacements = new Map(offers.map((offer) => [offer.id, offer]));
  const current = [...base.automatic, ...base.couponsById.values()].sort((a, b) => a.position - b.position).map((p) => p.offer);
  const known = new Set(current.map((offer) => offer.id));
  const merged = [...current.map((offer) => replacements.get(offer.id) ?? offer), ...offers.filter((offer) => !known.has(offer.id))];
  return prepareOffers(merged);
}
