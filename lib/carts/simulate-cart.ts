// The Cart Simulator's one operation: the cart priced exactly as POST /api/v1/promotions/cart prices
// it, plus, for each line left undiscounted, why (lib/pricing/explain-lines.ts).
import { buildPricingInput } from "@/lib/carts/build-pricing-input";
import type { CartRequestInput } from "@/lib/carts/schemas";
import { priceCart, type DiscountedCart } from "@/lib/pricing";
import { explainLines, type LineExplanation } from "@/lib/pricing/explain-lines";

export type Simulation = { cart: DiscountedCart; lines: LineExplanation[]; legacyCodes: string[] };

export async function simulateCart(tenantId: string, request: CartRequestInput, now = new Date()): Promise<Simulation> {
  const input = await buildPricingInput(tenantId, request, now);
  const cart = priceCart(input.prepared, input.request, input.context);
  return { cart, lines: explainLines(input.prepared, input.request, input.context, cart), legacyCodes: input.legacyCodes };
}
