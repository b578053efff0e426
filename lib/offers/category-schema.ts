// The `category` union of contract §2 / reference §5.2: one strict schema per kind, discriminated on
// `kind`, shared by the console form, server actions, the REST API and the OpenAPI document. The pricing
// engine reads the same shapes (the types exported here). Cross-field rules that need the offer's
// currencies (minor units of fixed amounts) live in offer-rules.ts.
import { z } from "zod";
import { ExternalId } from "@/lib/catalog/schemas";
import { text } from "@/lib/validation/text";

const Label = (what: string, max = 100) =>
  text(what).trim().min(1, `${what} must not be empty`).max(max, `${what} must be at most ${max} characters`);

export const ProductAttribute = z.strictObject({
  key: Label("Attribute key"),
  values: z
    .array(Label("Attribute value", 200))
    .min(1, "List at least one value for the attribute")
    .max(100, "At most 100 values per attribute"),
});

export const ProductFilterFields = z.strictObject({
  productIds: z.array(ExternalId).max(1000, "At most 1000 product ids per filter").optional(),
  categories: z.array(Label("Category")).max(200, "At most 200 categories per filter").optional(),
  attributes: z.array(ProductAttribute).max(20, "At most 20 attributes per filter").optional(),
});

export function filterNamesSomething(filter: z.infer<typeof ProductFilterFields>): boolean {
  return Boolean(filter.productIds?.length || filter.categories?.length || filter.attributes?.length);
}

/** A product matches when it matches any listed criterion; an empty filter would match nothing, so it is refused. */
export const ProductFilter = ProductFilterFields.refine(filterNamesSomething, {
  message: "Name at least one product, category or attribute",
});
export type ProductFilter = z.infer<typeof ProductFilter>;

const amount = (rule: string) => z.number({ error: `${rule}: enter a number` });
export const Percentage = amount("A percentage").gt(0, "A percentage must be greater than 0").max(100, "A percentage must be at most 100");
/** Minor units are checked against the offer's currencies (offer-rules.ts); here only the sign and a sanity cap. */
export const FixedAmount = amount("An amount")
  .gt(0, "An amount must be greater than 0")
  .max(1_000_000_000, "An amount must be at most 1000000000");
export const Quantity = z
  .number({ error: "Enter a whole number" })
  .int("Must be a whole number")
  .min(1, "Must be at least 1")
  .max(10_000, "Must be at most 10000");

const BuyGet = z.strictObject({ quantity: Quantity, products: ProductFilter });
const BundleItems = z
  .array(z.strictObject({ products: ProductFilter, quantity: Quantity }))
  .min(1, "A bundle needs at least one item")
  .max(20, "A bundle has at most 20 items");

export const CartLevelPercentage = z.strictObject({
  kind: z.literal("CartLevelPercentage"),
  discount: Percentage,
  products: ProductFilter.optional(),
});
export const CartLevelFixed = z.strictObject({
  kind: z.literal("CartLevelFixed"),
  discount: FixedAmount,
  products: ProductFilter.optional(),
});
export const ProductLevelPercentage = z.strictObject({
  kind: z.literal("ProductLevelPercentage"),
  discount: Percentage,
  products: ProductFilter,
  maxQuantity: Quantity.optional(),
});
export const ProductLevelFixed = z.strictObject({
  kind: z.literal("ProductLevelFixed"),
  discount: FixedAmount,
  products: ProductFilter,
  maxQuantity: Quantity.optional(),
});
export const BogoPercentage = z.strictObject({
  kind: z.literal("BogoPercentage"),
  buy: BuyGet,
  get: BuyGet,
  discount: Percentage,
  maxApplications: Quantity.optional(),
});
export const BogoFixed = z.strictObject({
  kind: z.literal("BogoFixed"),
  buy: BuyGet,
  get: BuyGet,
  discount: FixedAmount,
  maxApplications: Quantity.optional(),
});
export const BundlePercentage = z.strictObject({
  kind: z.literal("BundlePercentage"),
  items: BundleItems,
  discount: Percentage,
  maxApplications: Quantity.optional(),
});
export const BundleFixed = z.strictObject({
  kind: z.literal("BundleFixed"),
  items: BundleItems,
  discount: FixedAmount,
  maxApplications: Quantity.optional(),
});
export const FreeShipping = z.strictObject({
  kind: z.literal("FreeShipping"),
  shippingOptions: z.array(Label("Shipping option")).max(50, "At most 50 shipping options").optional(),
});

export const PROMOTION_KINDS = [
  "CartLevelPercentage",
  "CartLevelFixed",
  "ProductLevelPercentage",
  "ProductLevelFixed",
  "BogoPercentage",
  "BogoFixed",
  "BundlePercentage",
  "BundleFixed",
  "FreeShipping",
] as const;
export type Kind = (typeof PROMOTION_KINDS)[number];
export const BUNDLE_KINDS: readonly Kind[] = ["BundlePercentage", "BundleFixed"];
export const COUPON_KINDS = PROMOTION_KINDS.filter((kind) => !BUNDLE_KINDS.includes(kind)) as Exclude<
  Kind,
  "BundlePercentage" | "BundleFixed"
>[];
export const FIXED_KINDS: readonly Kind[] = ["CartLevelFixed", "ProductLevelFixed", "BogoFixed", "BundleFixed"];
export const PERCENTAGE_KINDS: readonly Kind[] = ["CartLevelPercentage", "ProductLevelPercentage", "BogoPercentage", "BundlePercentage"];

export const KIND_LABELS: Record<Kind, string> = {
  CartLevelPercentage: "Cart: percentage off",
  CartLevelFixed: "Cart: amount off",
  ProductLevelPercentage: "Products: percentage off",
  ProductLevelFixed: "Products: amount off each",
  BogoPercentage: "Buy X get Y: percentage off",
  BogoFixed: "Buy X get Y: amount off",
  BundlePercentage: "Bundle: percentage off",
  BundleFixed: "Bundle: amount off",
  FreeShipping: "Free shipping",
};

export const Kind = z.enum(PROMOTION_KINDS, { error: `kind must be one of ${PROMOTION_KINDS.join(", ")}` });

const COUPON_OPTIONS = [
  CartLevelPercentage,
  CartLevelFixed,
  ProductLevelPercentage,
  ProductLevelFixed,
  BogoPercentage,
  BogoFixed,
  FreeShipping,
] as const;

export const CouponCategory = z.discriminatedUnion("kind", [...COUPON_OPTIONS], {
  error: (issue) =>
    issue.code === "invalid_union"
      ? `kind must be one of ${COUPON_KINDS.join(", ")} (bundle kinds are for automatic promotions only)`
      : undefined,
});

export const PromotionCategory = z.discriminatedUnion("kind", [...COUPON_OPTIONS, BundlePercentage, BundleFixed], {
  error: (issue) => (issue.code === "invalid_union" ? `kind must be one of ${PROMOTION_KINDS.join(", ")}` : undefined),
});

export type Category = z.infer<typeof PromotionCategory>;
export type CouponCategory = z.infer<typeof CouponCategory>;

/** Every product filter a category holds, for the search index (OfferTarget) and the exclusion count. */
export function categoryFilters(category: Category): ProductFilter[] {
  switch (category.kind) {
    case "CartLevelPercentage":
    case "CartLevelFixed":
      return category.products ? [category.products] : [];
    case "ProductLevelPercentage":
    case "ProductLevelFixed":
      return [category.products];
    case "BogoPercentage":
    case "BogoFixed":
      return [category.buy.products, category.get.products];
    case "BundlePercentage":
    case "BundleFixed":
      return category.items.map((item) => item.products);
    case "FreeShipping":
      return [];
    default: {
      const unreachable: never = category;
      return unreachable;
    }
  }
}
