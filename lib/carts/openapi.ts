// OpenAPI registration of POST /api/v1/promotions/cart (contract §4).
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { BEARER, errorResponses, jsonBody, jsonResponse, named } from "@/lib/openapi/registry";
import { rateLimitedResponses } from "@/lib/rate-limits/openapi";

const Discount = z.object({
  source: z.enum(["automatic", "coupon"]),
  id: z.string(),
  couponCode: z.string().optional(),
  name: z.string(),
  kind: z.string(),
  exclusive: z.boolean(),
  amount: z.number().describe("Major units"),
  quantity: z.number().int().optional(),
});

const DiscountedCart = z
  .object({
    currency: z.string(),
    items: z.array(z.object({ productId: z.string(), quantity: z.number().int(), price: z.number(), discounts: z.array(Discount), totalDiscount: z.number(), finalPrice: z.number() }).catchall(z.unknown())),
    shippingDiscounts: z.array(Discount),
    totals: z.object({ subtotal: z.number(), discount: z.number(), shipping: z.number(), total: z.number() }),
    rejectedCouponCodes: z.array(z.object({ code: z.string(), reason: z.string(), message: z.string() })),
    trace: z.array(z.object({ source: z.enum(["automatic", "coupon"]), id: z.string(), name: z.string(), kind: z.string(), status: z.enum(["applied", "rejected"]), reason: z.string().optional(), amount: z.number() }).catchall(z.unknown())),
  })
  .catchall(z.unknown())
  .describe("The request echoed, with discounts per line, totals, rejected codes and a trace of every offer considered");

export function registerCartRoutes(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "post",
    path: "/api/v1/promotions/cart",
    tags: ["Pricing"],
    summary: "Apply automatic promotions and coupon codes to a cart",
    description: "Changes nothing: the same request gives the same answer. An invalid code never fails the request; it is listed in rejectedCouponCodes.",
    security: BEARER,
    request: { body: jsonBody(named("CartRequest", CartRequestSchema)) },
    responses: rateLimitedResponses({ 200: jsonResponse("The discounted cart", named("DiscountedCart", DiscountedCart)), ...errorResponses(400, 413, 415) }),
  });
}
