// Builders and a cause extractor shared by the offer schema tests.
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/zod-issues";

export const FILTER = { productIds: ["SKU-0001"] };

/** One valid category per kind. */
export const VALID_CATEGORIES = {
  CartLevelPercentage: [
    { kind: "CartLevelPercentage", discount: 10 },
    { kind: "CartLevelPercentage", discount: 100, products: { categories: ["shoes"] } },
  ],
  CartLevelFixed: [
    { kind: "CartLevelFixed", discount: 5 },
    { kind: "CartLevelFixed", discount: 5.5, products: { attributes: [{ key: "brand", values: ["Contoso"] }] } },
  ],
  ProductLevelPercentage: [
    { kind: "ProductLevelPercentage", discount: 15, products: FILTER },
    { kind: "ProductLevelPercentage", discount: 0.5, products: { categories: ["shirts"] }, maxQuantity: 2 },
  ],
  ProductLevelFixed: [{ kind: "ProductLevelFixed", discount: 3, products: FILTER, maxQuantity: 1 }],
  BogoPercentage: [
    { kind: "BogoPercentage", buy: { quantity: 2, products: FILTER }, get: { quantity: 1, products: FILTER }, discount: 100 },
  ],
  BogoFixed: [
    {
      kind: "BogoFixed",
      buy: { quantity: 1, products: { categories: ["shoes"] } },
      get: { quantity: 1, products: { categories: ["socks"] } },
      discount: 4,
      maxApplications: 3,
    },
  ],
  BundlePercentage: [
    {
      kind: "BundlePercentage",
      items: [
        { products: FILTER, quantity: 1 },
        { products: { categories: ["socks"] }, quantity: 2 },
      ],
      discount: 20,
    },
  ],
  BundleFixed: [{ kind: "BundleFixed", items: [{ products: FILTER, quantity: 1 }], discount: 10, maxApplications: 1 }],
  FreeShipping: [{ kind: "FreeShipping" }, { kind: "FreeShipping", shippingOptions: ["standard"] }],
} as const;

export function coupon(overrides: Record<string, unknown> = {}) {
  return {
    name: "Winter 10%",
    localizedTimezone: false,
    validFrom: "2026-12-01T09:00:00+01:00",
    validTo: "2027-01-01T00:00:00+01:00",
    category: { kind: "CartLevelPercentage", discount: 10 },
    currencies: [{ code: "EUR", minimumCartValue: 50 }],
    ...overrides,
  };
}

/** The `field` of every cause the schema reports for `input` (empty when it parses). */
export function causeFields(schema: z.ZodType, input: unknown): string[] {
  try {
    parseOrThrow(schema, input);
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error.causes.map((c) => c.field ?? "");
  }
}
