// GET /api/v1/analytics/top-codes: the codes redeemed most in the range.
import { getTopCodes } from "@/lib/analytics/get-top-codes";
import { AnalyticsQuery, TopItems } from "@/lib/analytics/schemas";
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiRoute({ roles: ROLES.read, query: AnalyticsQuery }, async ({ actor, query }) =>
  json(TopItems.parse(await getTopCodes(actor.tenantId, query))),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
