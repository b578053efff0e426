// Prices the order's cart at redemption time (contract §5) with the engine, as the cart API would with
// the order's codes, and answers each code's discount in minor units, or the reason the cart refuses it
// (the line-based checks a call without cart cannot make: no_eligible_items, excluded_by_exclusive).
// The moment is the call's: a cart's `at` is ignored here.
import { buildPricingInput } from "@/lib/carts/build-pricing-input";
import type { CartRequestInput } from "@/lib/carts/schemas";
import { toMinor } from "@/lib/money/currency";
import { priceCart, type RejectReason } from "@/lib/pricing";
import type { RedeemCodesInput } from "@/lib/redemptions/schemas";

export type PricedOrder = { currency: string; amounts: Map<string, number>; refused: { code: string; reason: RejectReason }[] };

export async function priceOrder(
  tenantId: string,
  input: RedeemCodesInput,
  cart: CartRequestInput,
  codes: readonly string[],
  now: Date,
): Promise<PricedOrder> {
  const request: CartRequestInput = {
    ...cart,
    at: undefined,
    couponCodes: [...codes],
    ...(input.consumerId !== undefined ? { customerId: input.consumerId } : {}),
    ...(input.storeId !== undefined ? { storeId: input.storeId } : {}),
    ...(input.channelType !== undefined ? { channelType: input.channelType } : {}),
  };
  // Usage is left out: the redemption transaction checks the limits against the live counters.
  const pricing = await buildPricingInput(tenantId, request, now, { usage: false });
  const priced = priceCart(pricing.prepared, pricing.request, pricing.context);
  const amounts = new Map<string, number>();
  for (const entry of priced.trace) {
    if (entry.source === "coupon" && entry.status === "applied" && entry.couponCode !== undefined) {
      amounts.set(entry.couponCode, toMinor(entry.amount, cart.currency));
    }
  }
  const refused = priced.rejectedCouponCodes.filter((r) => codes.includes(r.code)).map((r) => ({ code: r.code, reason: r.reason }));
  return { currency: cart.currency, amounts, refused };
}
