// Free shipping: waives what is left of the shipping price, when the method is one the offer lists.
import type { PreparedOffer } from "../prepared-offer";
import type { Effect, PricingRun, PricingState } from "../cart-lines";

export function freeShippingEffect(prepared: PreparedOffer, run: PricingRun, state: PricingState): Effect | null {
  if (state.shippingRemaining <= 0) return null;
  const options = prepared.shippingOptions;
  if (options && (run.shippingMethod === undefined || !options.has(run.shippingMethod))) return null;
  const shipping = state.shippingRemaining;
  return { lines: [], amounts: [], units: null, consumed: null, shipping, total: shipping };
}
