// The Cart Simulator's one operation: the cart priced exactly as POST /api/v1/promotions/cart prices
// it, plus, for each line left undiscounted, why (lib/pricing/explain-lines.ts).
import { buildPricingInput } from "@/lib/carts/build-pricing-input";
import type { CartRequestInput } from "@/lib/carts/schemas";
import { remainingFor, type OfferRemaining } from "@/lib/limits/remaining";
import { priceCart, type DiscountedCart } from "@/lib/pricing";
import { explainLines, type LineExplanation } from "@/lib/pricing/explain-lines";

/** `remaining`: per limited offer of the trace, what it has left (from pricing's usage read, ≤ 1 s stale). */
export type Simulation = {
  cart: DiscountedCart;
  lines: LineExplanation[];
  legacyCodes: string[];
  remaining: Record<string, OfferRemaining>;
};

export async function simulateCart(tenantId: string, request: CartRequestInput, now = new Date()): Promise<Simulation> {
  const input = await buildPricingInput(tenantId, request, now);
  const cart = priceCart(input.prepared, input.request, input.context);
  const offers = new Map([...input.prepared.automatic, ...input.prepared.couponsById.values()].map((p) => [p.offer.id, p.offer]));
  const remaining: Record<string, OfferRemaining> = {};
  for (const entry of cart.trace) {
    const limits = offers.get(entry.id)?.limits;
    if (limits) remaining[entry.id] = remainingFor(limits, input.context.usage?.[entry.id], input.request.currency);
  }
  return { cart, lines: explainLines(input.prepared, input.request, input.context, cart), legacyCodes: input.legacyCodes, remaining };
}
