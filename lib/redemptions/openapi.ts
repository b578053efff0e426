// OpenAPI registration of the redemption routes (contract §5).
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { BEARER, errorResponses, IdParams, jsonBody, jsonResponse, named } from "@/lib/openapi/registry";
import { rateLimitedResponses } from "@/lib/rate-limits/openapi";
import { RedeemCodesInput } from "@/lib/redemptions/schemas";
import { RedemptionsAnswer, RedemptionView } from "@/lib/redemptions/view-schemas";

const Redemption = named("Redemption", RedemptionView);

export function registerRedemptionRoutes(registry: OpenAPIRegistry): void {
  const tags = ["Redemptions"];
  registry.registerPath({
    method: "post",
    path: "/api/v1/coupons/redemptions",
    tags,
    summary: "Redeem coupon codes for an order (all or none)",
    description:
      "Re-checks every code; retrying the same (orderId, code) returns the first result (replayed: true). With `cart`, `codes` may be empty: the order's automatic promotions are recorded too, one ledger row each, once per order; a limit of one reached since the cart was priced answers 409 naming `cart`.",
    security: BEARER,
    request: { body: jsonBody(named("RedeemCodesInput", RedeemCodesInput)) },
    responses: rateLimitedResponses({
      200: jsonResponse("The redemptions", named("RedemptionsAnswer", RedemptionsAnswer)),
      ...errorResponses(400, 404, 409, 413, 415, 422),
    }),
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/coupons/redemptions/{id}/revert",
    tags,
    summary: "Revert one redemption (gives the use back once)",
    security: BEARER,
    request: { params: IdParams },
    responses: { 200: jsonResponse("The reverted redemption", z.object({ redemption: Redemption })), ...errorResponses(404) },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/orders/{orderId}/failed",
    tags,
    summary: "Revert every redemption of a failed order and release its active reservations",
    security: BEARER,
    request: { params: z.object({ orderId: z.string() }) },
    responses: { 200: jsonResponse("The reverted redemptions", z.object({ redemptions: z.array(Redemption) })), ...errorResponses() },
  });
}
