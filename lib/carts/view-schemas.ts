// Output schema of POST /api/v1/promotions/cart (contract §4): the request echoed, with discounts per
// line, totals, rejected codes and a trace. The pure engine's DiscountedCart is this answer;
// toDiscountedCartView makes the compiler check that the two agree.
import { z } from "zod";
import type { DiscountedCart } from "@/lib/pricing";

const Source = z.enum(["automatic", "coupon"]);

const Discount = z.object({
  source: Source,
  id: z.string().describe("Offer id"),
  couponCode: z.string().optional(),
  name: z.string(),
  kind: z.string().describe("Category kind"),
  exclusive: z.boolean(),
  amount: z.number().describe("Money taken off, major units"),
  quantity: z.number().int().optional().describe("Units discounted (buy-X-get-Y get units, bundle units)"),
});

const Item = z.object({
  id: z.string().optional(),
  productId: z.string(),
  quantity: z.number().int(),
  price: z.number().describe("Unit price, major units"),
  categories: z.array(z.string()).optional(),
  attributes: z.record(z.string(), z.string()).optional(),
  discounts: z.array(Discount),
  totalDiscount: z.number(),
  finalPrice: z.number().describe("Line total after discounts, major units"),
});

export const DiscountedCartView = z
  .object({
    customerId: z.string().optional(),
    customerSegments: z.array(z.object({ key: z.string(), value: z.string() })).optional(),
    channelType: z.string().optional(),
    currency: z.string(),
    couponCodes: z.array(z.string()).optional(),
    storeId: z.string().optional(),
    shopId: z.string().optional(),
    locale: z.string().optional(),
    at: z.string().optional(),
    shipping: z.object({ method: z.string().optional(), price: z.number() }).optional(),
    items: z.array(Item),
    shippingDiscounts: z.array(Discount),
    totals: z.object({
      subtotal: z.number().describe("Sum of line totals before any discount"),
      discount: z.number().describe("Item discounts plus shipping discounts"),
      shipping: z.number().describe("Shipping price after shipping discounts"),
      total: z.number(),
    }),
    rejectedCouponCodes: z.array(
      z.object({ code: z.string(), reason: z.string().describe("not_found, expired, minimum_not_reached, …"), message: z.string() }),
    ),
    trace: z.array(
      z.object({
        source: Source,
        id: z.string().describe('Offer id; "" for a code that matches no coupon'),
        name: z.string(),
        kind: z.string(),
        status: z.enum(["applied", "rejected"]),
        reason: z.string().optional(),
        amount: z.number(),
        couponCode: z.string().optional(),
        message: z.string().optional(),
      }),
    ),
  })
  .describe("The request echoed, with discounts per line, totals, rejected codes and a trace of every offer considered");
export type DiscountedCartView = z.output<typeof DiscountedCartView>;

/** A compile-time check that the engine's answer is the documented shape; no copy or parse on the checkout path. */
export function toDiscountedCartView(cart: DiscountedCart): DiscountedCartView {
  return cart;
}
