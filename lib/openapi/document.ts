// Builds the OpenAPI 3.1 document served at /api/openapi.json. Each domain registers its own routes;
// add a domain's registrar to REGISTRARS when it gets REST routes (a unit test checks every route file is listed).
import { OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { registerBatchRoutes } from "@/lib/batch/openapi";
import { registerAnalyticsRoutes } from "@/lib/analytics/openapi";
import { registerCartRoutes } from "@/lib/carts/openapi";
import { registerCatalogRoutes } from "@/lib/catalog/openapi";
import { registerCodeRoutes } from "@/lib/codes/openapi";
import { registerConflictRoutes } from "@/lib/conflicts/openapi";
import { registerLedgerRoutes } from "@/lib/ledger/openapi";
import { registerLegacyRoutes } from "@/lib/legacy/openapi";
import { registerOfferRoutes } from "@/lib/offers/openapi";
import { documentIdempotencyKeys } from "@/lib/openapi/idempotency-docs";
import { createRegistry, type RouteRegistrar } from "@/lib/openapi/registry";
import { registerPosRoutes } from "@/lib/pos/openapi";
import { registerRedemptionRoutes } from "@/lib/redemptions/openapi";
import { registerReservationRoutes } from "@/lib/reservations/openapi";
import { registerWebhookRoutes } from "@/lib/webhooks/openapi";
import { registerScenarioRoutes } from "@/lib/scenarios/openapi";
import { registerOfferVersionRoutes } from "@/lib/versions/openapi";

const REGISTRARS: RouteRegistrar[] = [
  registerOfferRoutes,
  registerCartRoutes,
  registerRedemptionRoutes,
  registerReservationRoutes,
  registerLedgerRoutes,
  registerCatalogRoutes,
  registerCodeRoutes,
  registerPosRoutes,
  registerWebhookRoutes,
  registerLegacyRoutes,
  registerOfferVersionRoutes,
  registerScenarioRoutes,
  registerConflictRoutes,
  registerBatchRoutes,
  registerAnalyticsRoutes,
];

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31["generateDocument"]>;

function build(): OpenApiDocument {
  const registry = createRegistry();
  for (const register of REGISTRARS) register(registry);
  const generated = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Couponsmith API",
      version: "1.0.0",
      description:
        "Coupons, automatic promotions and their codes for integrations, POS and e-commerce. JSON in and out; errors use one object (`Error`).",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
  });
  return documentIdempotencyKeys(generated);
}

let cached: OpenApiDocument | undefined;

/** The document is derived from code only, so it is built once per process. */
export function openApiDocument(): OpenApiDocument {
  cached ??= build();
  return cached;
}
