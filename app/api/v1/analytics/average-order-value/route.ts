// GET /api/v1/analytics/average-order-value: average order value with and without an offer, per currency.
import { getAverageOrderValue } from "@/lib/analytics/get-average-order-value";
import { AnalyticsQuery, AverageOrderValue } from "@/lib/analytics/schemas";
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiRoute({ roles: ROLES.read, query: AnalyticsQuery }, async ({ actor, query }) =>
  json(AverageOrderValue.parse(await getAverageOrderValue(actor.tenantId, query))),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
