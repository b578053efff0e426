// What a scenario pins from a priced cart (contract §8): per-line discounts, totals and rejected codes.
// Pure: the same cart always gives the same expectation, so comparing two of them is comparing results.
import type { AppliedDiscount, DiscountedCart } from "@/lib/pricing";
import type { Expectation, ExpectedDiscount } from "@/lib/scenarios/schemas";

function discount(d: AppliedDiscount): ExpectedDiscount {
  return {
    source: d.source,
    id: d.id,
    name: d.name,
    ...(d.couponCode !== undefined ? { couponCode: d.couponCode } : {}),
    amount: d.amount,
  };
}

export function expectationOf(cart: DiscountedCart): Expectation {
  return {
    currency: cart.currency,
    lines: cart.items.map((item) => ({
      productId: item.productId,
      quantity: item.quantity,
      discounts: item.discounts.map(discount),
      totalDiscount: item.totalDiscount,
      finalPrice: item.finalPrice,
    })),
    shippingDiscounts: cart.shippingDiscounts.map(discount),
    totals: { ...cart.totals },
    rejectedCouponCodes: cart.rejectedCouponCodes.map((r) => ({ code: r.code, reason: r.reason })),
  };
}
