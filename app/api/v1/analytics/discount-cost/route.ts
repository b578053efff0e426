// GET /api/v1/analytics/discount-cost: discount given per currency and bucket; with offerId, its budgets' burn-down and projected run-out.
import { getDiscountCost } from "@/lib/analytics/get-discount-cost";
import { AnalyticsQuery, DiscountCost } from "@/lib/analytics/schemas";
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiRoute({ roles: ROLES.read, query: AnalyticsQuery }, async ({ actor, query }) =>
  json(DiscountCost.parse(await getDiscountCost(actor.tenantId, query))),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
