// Words for findings: offer names in quotes, the cart's facts (currency, store, moment) in brief.
import type { OfferFacts } from "@/lib/conflicts/offer-facts";
import type { CartRequest } from "@/lib/pricing";

export const quoted = (facts: OfferFacts) => `“${facts.entry.offer.name}”`;

export function cartInWords(cart: CartRequest): string {
  const where = [cart.currency, cart.storeId ? `store ${cart.storeId}` : null, cart.channelType ? `channel ${cart.channelType}` : null];
  return `${where.filter(Boolean).join(", ")}, at ${cart.at}`;
}

export function familyWord(facts: OfferFacts): string {
  return facts.entry.offer.source === "coupon" ? "coupons" : "automatic promotions";
}
