// Prices a cart for a tenant: the one operation behind POST /api/v1/promotions/cart and the Cart Simulator.
import type { TokenLiveness } from "@/lib/auth/token-liveness";
import { recordPricingOutcomes } from "@/lib/analytics/attempt-aggregator";
import { buildPricingInput } from "@/lib/carts/build-pricing-input";
import type { CartRequestInput } from "@/lib/carts/schemas";
import { priceCart, type DiscountedCart } from "@/lib/pricing";

export async function priceCartForTenant(
  tenantId: string,
  request: CartRequestInput,
  now = new Date(),
  liveness?: TokenLiveness,
): Promise<{ cart: DiscountedCart; unknownCodes: string[] }> {
  const input = await buildPricingInput(tenantId, request, now, { liveness });
  const cart = priceCart(input.prepared, input.request, input.context);
  // Analytics counts what each offer and code did at apply time (in memory, flushed every few seconds).
  recordPricingOutcomes(tenantId, cart, now);
  return { cart, unknownCodes: input.unknownCodes };
}
