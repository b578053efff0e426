// The award of a POS campaign, expressed with our `category` kinds (contract §2, shapes exactly as in
// lib/pricing/types.ts `Category`). Same shapes and messages as the shared category schema of the
// offers area (lib/offers/category-schema.ts, written on another branch); when both meet, this file
// becomes a re-export of its CouponCategory. Bundles are automatic-promotion kinds, so not offered here.
import { z } from "zod";
import { ExternalId } from "@/lib/catalog/schemas";
import { currencyExponent, isKnownCurrency, type Category } from "@/lib/pricing";

const Label = (what: string, max = 100) =>
  z.string({ error: `${what} must be a string` }).trim().min(1, `${what} must not be empty`).max(max, `${what} must be at most ${max} characters`);

const ProductAttribute = z.strictObject({
  key: Label("Attribute key"),
  values: z.array(Label("Attribute value", 200)).min(1, "List at least one value for the attribute").max(100, "At most 100 values per attribute"),
});

const ProductFilterFields = z.strictObject({
  productIds: z.array(ExternalId).max(1000, "At most 1000 product ids per filter").optional(),
  categories: z.array(Label("Category")).max(200, "At most 200 categories per filter").optional(),
  attributes: z.array(ProductAttribute).max(20, "At most 20 attributes per filter").optional(),
});

/** A product matches when it matches any listed criterion; an empty filter would match nothing, so it is refused. */
export const ProductFilter = ProductFilterFields.refine((f) => Boolean(f.productIds?.length || f.categories?.length || f.attributes?.length), {
  message: "Name at least one product, category or attribute",
});

const amount = (rule: string) => z.number({ error: `${rule}: enter a number` });
const Percentage = amount("A percentage").gt(0, "A percentage must be greater than 0").max(100, "A percentage must be at most 100");
const FixedAmount = amount("An amount").gt(0, "An amount must be greater than 0").max(1_000_000_000, "An amount must be at most 1000000000");
const Quantity = z.number({ error: "Enter a whole number" }).int("Must be a whole number").min(1, "Must be at least 1").max(10_000, "Must be at most 10000");
const BuyGet = z.strictObject({ quantity: Quantity, products: ProductFilter });

export const AWARD_KINDS = ["CartLevelPercentage", "CartLevelFixed", "ProductLevelPercentage", "ProductLevelFixed", "BogoPercentage", "BogoFixed", "FreeShipping"] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];
export const FIXED_AWARD_KINDS: readonly AwardKind[] = ["CartLevelFixed", "ProductLevelFixed", "BogoFixed"];

export const AWARD_KIND_LABELS: Record<AwardKind, string> = {
  CartLevelPercentage: "Cart: percentage off",
  CartLevelFixed: "Cart: amount off",
  ProductLevelPercentage: "Products: percentage off",
  ProductLevelFixed: "Products: amount off each",
  BogoPercentage: "Buy X get Y: percentage off",
  BogoFixed: "Buy X get Y: amount off",
  FreeShipping: "Free shipping",
};

export const PosAward = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("CartLevelPercentage"), discount: Percentage, products: ProductFilter.optional() }),
    z.strictObject({ kind: z.literal("CartLevelFixed"), discount: FixedAmount, products: ProductFilter.optional() }),
    z.strictObject({ kind: z.literal("ProductLevelPercentage"), discount: Percentage, products: ProductFilter, maxQuantity: Quantity.optional() }),
    z.strictObject({ kind: z.literal("ProductLevelFixed"), discount: FixedAmount, products: ProductFilter, maxQuantity: Quantity.optional() }),
    z.strictObject({ kind: z.literal("BogoPercentage"), buy: BuyGet, get: BuyGet, discount: Percentage, maxApplications: Quantity.optional() }),
    z.strictObject({ kind: z.literal("BogoFixed"), buy: BuyGet, get: BuyGet, discount: FixedAmount, maxApplications: Quantity.optional() }),
    z.strictObject({ kind: z.literal("FreeShipping"), shippingOptions: z.array(Label("Shipping option")).max(50, "At most 50 shipping options").optional() }),
  ],
  { error: (issue) => (issue.code === "invalid_union" ? `kind must be one of ${AWARD_KINDS.join(", ")} (bundle kinds are for automatic promotions only)` : undefined) },
);
export type PosAward = z.infer<typeof PosAward>;

// Compile-time proof that an award is an engine category: the engine receives it unchanged.
const sameShape: (award: PosAward) => Category = (award) => award;
void sameShape;

export const CurrencyCode = z
  .string({ error: "currency must be a string" })
  .refine(isKnownCurrency, "currency must be an active ISO 4217 code such as EUR");

/** Digits after the decimal point of a JSON number (1e-7 counts as 7). */
function decimalPlaces(value: number): number {
  const [mantissa, exponent] = String(value).toLowerCase().split("e");
  return Math.max(0, (mantissa.split(".")[1]?.length ?? 0) - Number(exponent ?? 0));
}

/** Why a fixed award does not fit the currency's minor units (10.005 EUR, 100.5 JPY), or null. */
export function awardCurrencyProblem(award: PosAward, currency: string): string | null {
  if (!FIXED_AWARD_KINDS.includes(award.kind) || !isKnownCurrency(currency) || !("discount" in award)) return null;
  const exponent = currencyExponent(currency);
  if (decimalPlaces(award.discount) <= exponent) return null;
  return exponent === 0 ? `${currency} has no minor unit: use a whole number` : `${currency} allows at most ${exponent} decimal places`;
}
