// Per-code verdicts for a redemption service (contract §5): it re-checks every code exactly as
// pricing does, by pricing the order's cart, so the two can never disagree.
import type { PreparedOffers } from "./prepare-offers";
import { priceCart } from "./price-cart";
import type { CartRequest, CodeEvaluation, PricingContext } from "./types";

/** One verdict per entry of request.couponCodes, in that order. */
export function evaluateCodes(offers: PreparedOffers, request: CartRequest, context: PricingContext): CodeEvaluation[] {
  const cart = priceCart(offers, request, context);
  return cart.trace
    .filter((entry) => entry.source === "coupon")
    .map((entry, i): CodeEvaluation => {
      const code = entry.couponCode ?? request.couponCodes?.[i] ?? "";
      if (entry.status === "applied") return { code, status: "applied", offerId: entry.id, amount: entry.amount };
      const rejected: CodeEvaluation = { code, status: "rejected", reason: entry.reason ?? "not_found", message: entry.message ?? "" };
      if (entry.id !== "") rejected.offerId = entry.id;
      return rejected;
    });
}
