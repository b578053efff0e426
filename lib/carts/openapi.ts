// OpenAPI registration of POST /api/v1/promotions/cart (contract §4).
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { DiscountedCartView } from "@/lib/carts/view-schemas";
import { BEARER, errorResponses, jsonBody, jsonResponse, named } from "@/lib/openapi/registry";
import { rateLimitedResponses } from "@/lib/rate-limits/openapi";

export function registerCartRoutes(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "post",
    path: "/api/v1/promotions/cart",
    tags: ["Pricing"],
    summary: "Apply automatic promotions and coupon codes to a cart",
    description:
      "Changes nothing: the same request gives the same answer. An invalid code never fails the request; it is listed in rejectedCouponCodes.",
    security: BEARER,
    request: { body: jsonBody(named("CartRequest", CartRequestSchema)) },
    responses: rateLimitedResponses({
      200: jsonResponse("The discounted cart", named("DiscountedCart", DiscountedCartView)),
      ...errorResponses(400, 413, 415),
    }),
  });
}
