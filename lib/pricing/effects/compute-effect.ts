// Dispatches an offer to the computation of its kind. Pure with respect to `state`: it only reads it.
import type { PreparedOffer } from "../prepared-offer";
import type { Effect, PricingRun, PricingState } from "../cart-lines";
import { buyXGetYEffect } from "./buy-x-get-y";
import { bundleEffect } from "./bundle";
import { cartLevelEffect } from "./cart-level";
import { freeShippingEffect } from "./free-shipping";
import { productLevelEffect } from "./product-level";
import { shippingDiscountEffect } from "./shipping";

/** Lines matching each filter slot of an offer (ascending line indices); empty for whole-cart offers. */
export type SlotMatches = readonly (readonly number[])[];

export function computeEffect(prepared: PreparedOffer, matches: SlotMatches, run: PricingRun, state: PricingState): Effect | null {
  const kind = prepared.kind;
  switch (kind) {
    case "ProductLevelPercentage":
    case "ProductLevelFixed":
      return productLevelEffect(prepared, matches[0], run, state);
    case "CartLevelPercentage":
    case "CartLevelFixed":
      return cartLevelEffect(prepared, prepared.slots.length > 0 ? matches[0] : run.discountableLines, run, state);
    case "BogoPercentage":
    case "BogoFixed":
      return buyXGetYEffect(prepared, matches, run, state);
    case "BundlePercentage":
    case "BundleFixed":
      return bundleEffect(prepared, matches, run, state);
    case "ShippingPercentage":
    case "ShippingFixed":
      return shippingDiscountEffect(prepared, run, state);
    case "FreeShipping":
      return freeShippingEffect(prepared, run, state);
    default: {
      const unknownKind: never = kind;
      throw new TypeError(`Unknown category kind: ${String(unknownKind)}`);
    }
  }
}
