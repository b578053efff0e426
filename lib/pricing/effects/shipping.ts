// Shipping discounts (legacy v0 shipping-scope rules, contract §6): a percentage of what is left of the
// shipping price (half-up), or a fixed amount capped at it. Skipped when the shipping price before any
// discount is above the offer's shippingPriceLimit ("ignored for shipping options priced above it").
import { fixedAmountMinor, type PreparedOffer } from "../prepared-offer";
import { percentOf, toMinorUnits } from "../money";
import type { Effect, PricingRun, PricingState } from "../cart-lines";

export function shippingAboveLimit(prepared: PreparedOffer, run: PricingRun): boolean {
  return prepared.shippingPriceLimit !== null && run.shippingMinor > toMinorUnits(prepared.shippingPriceLimit, run.exponent);
}

export function shippingDiscountEffect(prepared: PreparedOffer, run: PricingRun, state: PricingState): Effect | null {
  if (state.shippingRemaining <= 0 || shippingAboveLimit(prepared, run)) return null;
  const shipping = prepared.isPercentage
    ? percentOf(state.shippingRemaining, prepared.percentScaled)
    : Math.min(fixedAmountMinor(prepared, run.currency, run.exponent), state.shippingRemaining);
  if (shipping <= 0) return null;
  return { lines: [], amounts: [], units: null, consumed: null, shipping, total: shipping };
}
