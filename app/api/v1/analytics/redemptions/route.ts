// GET /api/v1/analytics/redemptions: redemptions per local hour, day, week or month (filters: offer, store, channel, range).
import { getRedemptionsOverTime } from "@/lib/analytics/get-redemptions-over-time";
import { AnalyticsQuery, RedemptionsOverTime } from "@/lib/analytics/schemas";
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiRoute({ roles: ROLES.read, query: AnalyticsQuery }, async ({ actor, query }) =>
  json(RedemptionsOverTime.parse(await getRedemptionsOverTime(actor.tenantId, query))),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
