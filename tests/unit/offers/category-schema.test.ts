import { describe, expect, it } from "vitest";
import { CouponCategory, COUPON_KINDS, PROMOTION_KINDS, PromotionCategory, type Category } from "@/lib/offers/category-schema";
import { CouponInput, PromotionInput, type CurrencyCondition, type Segment } from "@/lib/offers/schemas";
import type { OfferCategory, CurrencyCondition as PricingCurrency, Segment as PricingSegment } from "@/lib/pricing";
import { causeFields, coupon, FILTER, VALID_CATEGORIES } from "./helpers";

describe("category schemas: valid examples", () => {
  it.each(PROMOTION_KINDS.flatMap((kind) => VALID_CATEGORIES[kind].map((example) => [kind, example] as const)))(
    "%s accepts %j",
    (_kind, example) => {
      expect(causeFields(PromotionCategory, example)).toEqual([]);
    },
  );

  it.each(COUPON_KINDS.flatMap((kind) => VALID_CATEGORIES[kind].map((example) => [kind, example] as const)))(
    "coupons accept %s",
    (_kind, example) => {
      expect(causeFields(CouponCategory, example)).toEqual([]);
    },
  );

  it("covers every kind with an example", () => {
    expect(Object.keys(VALID_CATEGORIES).sort()).toEqual([...PROMOTION_KINDS].sort());
  });
});

// [description, category, expected cause field] — each case breaks exactly one field of a valid example.
const INVALID: [string, unknown, string][] = [
  ["percentage 0", { kind: "CartLevelPercentage", discount: 0 }, "category.discount"],
  ["percentage over 100", { kind: "ProductLevelPercentage", discount: 100.5, products: FILTER }, "category.discount"],
  [
    "negative percentage",
    { kind: "BogoPercentage", buy: { quantity: 1, products: FILTER }, get: { quantity: 1, products: FILTER }, discount: -5 },
    "category.discount",
  ],
  ["fixed 0", { kind: "CartLevelFixed", discount: 0 }, "category.discount"],
  ["fixed as a string", { kind: "ProductLevelFixed", discount: "5", products: FILTER }, "category.discount"],
  ["missing discount", { kind: "BundleFixed", items: [{ products: FILTER, quantity: 1 }] }, "category.discount"],
  ["product level without products", { kind: "ProductLevelPercentage", discount: 10 }, "category.products"],
  ["empty product filter", { kind: "ProductLevelFixed", discount: 1, products: {} }, "category.products"],
  [
    "filter with only empty lists",
    { kind: "ProductLevelFixed", discount: 1, products: { productIds: [], categories: [] } },
    "category.products",
  ],
  ["empty optional cart filter", { kind: "CartLevelPercentage", discount: 10, products: { attributes: [] } }, "category.products"],
  ["bad product id", { kind: "ProductLevelFixed", discount: 1, products: { productIds: ["SKU 1"] } }, "category.products.productIds[0]"],
  [
    "attribute without values",
    { kind: "CartLevelFixed", discount: 1, products: { attributes: [{ key: "brand", values: [] }] } },
    "category.products.attributes[0].values",
  ],
  ["fractional maxQuantity", { kind: "ProductLevelPercentage", discount: 10, products: FILTER, maxQuantity: 1.5 }, "category.maxQuantity"],
  ["maxQuantity 0", { kind: "ProductLevelFixed", discount: 1, products: FILTER, maxQuantity: 0 }, "category.maxQuantity"],
  [
    "buy quantity 0",
    { kind: "BogoFixed", buy: { quantity: 0, products: FILTER }, get: { quantity: 1, products: FILTER }, discount: 1 },
    "category.buy.quantity",
  ],
  [
    "get without products",
    { kind: "BogoPercentage", buy: { quantity: 1, products: FILTER }, get: { quantity: 1 }, discount: 10 },
    "category.get.products",
  ],
  [
    "maxApplications 0",
    {
      kind: "BogoPercentage",
      buy: { quantity: 1, products: FILTER },
      get: { quantity: 1, products: FILTER },
      discount: 10,
      maxApplications: 0,
    },
    "category.maxApplications",
  ],
  ["bundle without items", { kind: "BundlePercentage", items: [], discount: 10 }, "category.items"],
  [
    "bundle item quantity 2.5",
    { kind: "BundlePercentage", items: [{ products: FILTER, quantity: 2.5 }], discount: 10 },
    "category.items[0].quantity",
  ],
  [
    "bundle item without products",
    { kind: "BundleFixed", items: [{ products: FILTER, quantity: 1 }, { quantity: 1 }], discount: 10 },
    "category.items[1].products",
  ],
  ["unknown field on a kind", { kind: "FreeShipping", discount: 5 }, "category.discount"],
  ["empty shipping option", { kind: "FreeShipping", shippingOptions: [""] }, "category.shippingOptions[0]"],
  ["unknown kind", { kind: "FixedPrice", discount: 5 }, "category.kind"],
  ["missing kind", { discount: 5 }, "category.kind"],
];

describe("category schemas: each invalid field is named", () => {
  it.each(INVALID)("%s → %s", (_label, category, field) => {
    expect(causeFields(PromotionInput, coupon({ category }))).toEqual([field]);
  });

  it.each([["BundlePercentage"], ["BundleFixed"]] as const)("coupons refuse %s", (kind) => {
    const fields = causeFields(CouponInput, coupon({ category: VALID_CATEGORIES[kind][0] }));
    expect(fields).toEqual(["category.kind"]);
  });
});

describe("shapes shared with the pricing engine", () => {
  it("the schema's category and currency types are the engine's, both ways (checked by tsc)", () => {
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    const category: Same<Category, OfferCategory> = true;
    const currency: Same<CurrencyCondition, PricingCurrency> = true;
    const segment: Same<Segment, PricingSegment> = true;
    expect([category, currency, segment]).toEqual([true, true, true]);
  });
});
