// OpenAPI registration of GET /api/v1/offers/{id}/ledger (contract §7).
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { LedgerPage, LedgerQuery } from "@/lib/ledger/schemas";
import { BEARER, errorResponses, IdParams, jsonResponse, named } from "@/lib/openapi/registry";

export function registerLedgerRoutes(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/v1/offers/{id}/ledger",
    tags: ["Redemptions"],
    summary: "An offer's ledger: its uses, reservations, releases and reverts, newest first",
    description:
      "The id is a coupon's, an automatic promotion's or a POS campaign's. from and to are local days in the tenant's zone (both inclusive); code matches the start of the code; customer, store and channel match exactly.",
    security: BEARER,
    request: { params: IdParams, query: LedgerQuery },
    responses: { 200: jsonResponse("One page of the ledger", named("LedgerPage", LedgerPage)), ...errorResponses(400, 404) },
  });
}
