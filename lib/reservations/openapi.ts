// OpenAPI registration of the reservation routes (contract §7).
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { BEARER, errorResponses, IdParams, jsonBody, jsonResponse, named } from "@/lib/openapi/registry";
import { rateLimitedResponses } from "@/lib/rate-limits/openapi";
import { ReservationView, ReserveCodesInput } from "@/lib/reservations/schemas";

const Reservation = named("Reservation", ReservationView);
const Answer = z.object({ reservation: Reservation });

export function registerReservationRoutes(registry: OpenAPIRegistry): void {
  const tags = ["Redemptions"];
  registry.registerPath({
    method: "post",
    path: "/api/v1/coupons/reservations",
    tags,
    summary: "Reserve an order's uses and discount amounts for ttlSeconds (all codes or none)",
    description:
      "The redemption body with `cart` required. Held amounts count against limits like used ones; redeem with `reservationId` to confirm, DELETE to release; expiry releases it once.",
    security: BEARER,
    request: { body: jsonBody(named("ReserveCodesInput", ReserveCodesInput)) },
    responses: rateLimitedResponses({
      201: jsonResponse("The reservation", Answer),
      ...errorResponses(400, 404, 409, 413, 415, 422),
    }),
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/coupons/reservations/{id}",
    tags,
    summary: "Read a reservation and the ledger rows it holds",
    security: BEARER,
    request: { params: IdParams },
    responses: { 200: jsonResponse("The reservation", Answer), ...errorResponses(404) },
  });
  registry.registerPath({
    method: "delete",
    path: "/api/v1/coupons/reservations/{id}",
    tags,
    summary: "Release a reservation (gives its uses and amounts back once)",
    security: BEARER,
    request: { params: IdParams },
    responses: { 200: jsonResponse("The released reservation", Answer), ...errorResponses(404, 409) },
  });
}
