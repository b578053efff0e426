// Prices the order's cart at redemption time (contract §5) with the engine, as the cart API would with
// the order's codes, and answers each code's discount in minor units, or the reason the cart refuses it
// (the line-based checks a call without cart cannot make: no_eligible_items, excluded_by_exclusive), and
// the automatic promotions the cart gets with their discounts (the order uses them, code or not).
// The moment is the call's: a cart's `at` is ignored here.
import { buildPricingInput } from "@/lib/carts/build-pricing-input";
import type { LoadedCodes } from "@/lib/carts/load-coupon-codes";
import type { CartContextRow } from "@/lib/carts/queries";
import type { CartRequestInput } from "@/lib/carts/schemas";
import type { Limits } from "@/lib/limits/schemas";
import { toMinor } from "@/lib/money/currency";
import { priceCart, type RejectReason } from "@/lib/pricing";
import type { RedeemCodesInput } from "@/lib/redemptions/schemas";

/** An automatic promotion the order's cart got: its id, name, limits and discount in minor units. */
export type AppliedPromotion = { offerId: string; name: string; limits: Limits | null; amount: number };

export type PricedOrder = {
  currency: string;
  amounts: Map<string, number>;
  refused: { code: string; reason: RejectReason }[];
  promotions: AppliedPromotion[];
  /** The cart's subtotal before any discount, minor units: the order's value when the call sent no catalogTotal. */
  subtotalMinor: number;
};

/** The cart as the engine prices it for the order: its codes, and the order's customer, store and channel. */
export function orderCartRequest(input: RedeemCodesInput, cart: CartRequestInput, codes: readonly string[]): CartRequestInput {
  return {
    ...cart,
    at: undefined,
    couponCodes: [...codes],
    ...(input.consumerId !== undefined ? { customerId: input.consumerId } : {}),
    ...(input.storeId !== undefined ? { storeId: input.storeId } : {}),
    ...(input.channelType !== undefined ? { channelType: input.channelType } : {}),
  };
}

export async function priceOrder(
  tenantId: string,
  input: RedeemCodesInput,
  cart: CartRequestInput,
  codes: readonly string[],
  now: Date,
  /**
   * The codes and the cart's context as redeemCodes read them (no second read), and whether the usage
   * counters are read now ("fresh") or only where the cache's figures are near a limit ("near-limits").
   */
  read: { loaded?: LoadedCodes; context?: CartContextRow | null; usage?: "fresh" | "near-limits" } = {},
): Promise<PricedOrder> {
  const request = orderCartRequest(input, cart, codes);
  // Usage as it is now: an automatic promotion used up is not applied (the order goes on without it), and
  // a code over its limit is refused here; the transaction still checks every limit against the counters.
  // Figures up to 1 s old price the cart alike while no offer is near a limit (lib/limits/usage-cache.ts).
  const usage =
    read.usage === "near-limits" ? { read: "fresh-near-limits" as const, headroomMinor: cartValueMinor(cart) } : { read: "fresh" as const };
  const pricing = await buildPricingInput(tenantId, request, now, { loaded: read.loaded, context: read.context, usage });
  const priced = priceCart(pricing.prepared, pricing.request, pricing.context);
  const amounts = new Map<string, number>();
  const promotions: AppliedPromotion[] = [];
  const automatic = new Map(pricing.prepared.automatic.map((p) => [p.offer.id, p.offer]));
  for (const entry of priced.trace) {
    if (entry.status !== "applied") continue;
    if (entry.source === "coupon" && entry.couponCode !== undefined) amounts.set(entry.couponCode, toMinor(entry.amount, cart.currency));
    const offer = entry.source === "automatic" ? automatic.get(entry.id) : undefined;
    if (offer)
      promotions.push({ offerId: offer.id, name: offer.name, limits: offer.limits ?? null, amount: toMinor(entry.amount, cart.currency) });
  }
  const refused = priced.rejectedCouponCodes.filter((r) => codes.includes(r.code)).map((r) => ({ code: r.code, reason: r.reason }));
  return { currency: cart.currency, amounts, refused, promotions, subtotalMinor: toMinor(priced.totals.subtotal, cart.currency) };
}

/** The most any discount could take off the cart: its lines and shipping at full price, minor units. */
function cartValueMinor(cart: CartRequestInput): number {
  const lines = cart.items.reduce((sum, item) => sum + toMinor(item.price, cart.currency) * item.quantity, 0);
  return lines + (cart.shipping ? toMinor(cart.shipping.price, cart.currency) : 0);
}
