// What the console form starts from: a blank offer, the default category of each kind, and a stored
// offer turned back into form values. Client-safe (no server imports).
import type { z } from "zod";
import type { Category, Kind } from "@/lib/offers/category-schema";
import type { Family } from "@/lib/offers/family";
import { limitsFormValues } from "@/lib/limits/form-values";
import type { CouponFields, OfferView } from "@/lib/offers/schemas";

/** The coupon shape is a superset of the promotion one; promotions simply never carry the coupon-only keys. */
export type OfferFormValues = z.input<typeof CouponFields>;

export function defaultCategory(kind: Kind): Category {
  switch (kind) {
    case "CartLevelPercentage":
      return { kind, discount: 10 };
    case "CartLevelFixed":
      return { kind, discount: 5 };
    case "ProductLevelPercentage":
      return { kind, discount: 10, products: { productIds: [] } };
    case "ProductLevelFixed":
      return { kind, discount: 5, products: { productIds: [] } };
    case "BogoPercentage":
      return {
        kind,
        buy: { quantity: 1, products: { productIds: [] } },
        get: { quantity: 1, products: { productIds: [] } },
        discount: 100,
      };
    case "BogoFixed":
      return { kind, buy: { quantity: 1, products: { productIds: [] } }, get: { quantity: 1, products: { productIds: [] } }, discount: 5 };
    case "BundlePercentage":
      return {
        kind,
        items: [
          { products: { productIds: [] }, quantity: 1 },
          { products: { productIds: [] }, quantity: 1 },
        ],
        discount: 10,
      };
    case "BundleFixed":
      return {
        kind,
        items: [
          { products: { productIds: [] }, quantity: 1 },
          { products: { productIds: [] }, quantity: 1 },
        ],
        discount: 5,
      };
    case "FreeShipping":
      return { kind };
  }
}

/**
 * Today (in the tenant's zone) at 00:00, e.g. "2026-11-23T00:00:00+01:00" with an offset, or the
 * naive "2026-11-23T00:00:00" (store local time, how new offers start) when `offset` is null.
 */
export function startOfToday(zone: string, offset: string | null, now: Date = new Date()): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return `${day}T00:00:00${offset ?? ""}`;
}

/**
 * A new offer as marketers make them (and as every seeded one is): enabled, so the dates alone decide
 * when it applies, and read in each store's local time from `defaultFrom` (naive, today 00:00).
 */
export function blankOffer(family: Family, defaultFrom: string): OfferFormValues {
  const base = {
    name: "",
    description: "",
    active: true,
    localizedTimezone: true,
    validFrom: defaultFrom,
    validTo: null,
    category: defaultCategory("CartLevelPercentage") as OfferFormValues["category"],
    currencies: [{ code: "EUR" }],
    stores: [],
    channels: [],
    exclusive: false,
    segment: null,
    limits: limitsFormValues(null),
  };
  // maxRedemptions stays null: the form's one redemption limit is limits.redemptions (its alias).
  return family === "coupon" ? { ...base, singleUse: false, consumers: [], maxRedemptions: null } : base;
}

export function offerToFormValues(view: OfferView): OfferFormValues {
  const base = {
    name: view.name,
    description: view.description,
    active: view.active,
    localizedTimezone: view.localizedTimezone,
    validFrom: view.validFrom,
    validTo: view.validTo,
    category: view.category as OfferFormValues["category"],
    currencies: view.currencies,
    stores: view.stores,
    channels: view.channels,
    exclusive: view.exclusive,
    segment: view.segment,
    limits: limitsFormValues(view.limits, view.maxRedemptions),
  };
  if (view.consumers === undefined) return base;
  return { ...base, singleUse: view.singleUse ?? false, consumers: view.consumers, maxRedemptions: null };
}
