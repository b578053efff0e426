// GET /api/v1/analytics/top-offers: the offers redeemed most in the range.
import { getTopOffers } from "@/lib/analytics/get-top-offers";
import { AnalyticsQuery, TopItems } from "@/lib/analytics/schemas";
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiRoute({ roles: ROLES.read, query: AnalyticsQuery }, async ({ actor, query }) =>
  json(TopItems.parse(await getTopOffers(actor.tenantId, query))),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
