// GET /api/v1/analytics/channels: redemptions in the range split by channel.
import { getUsageSplit } from "@/lib/analytics/get-usage-split";
import { AnalyticsQuery, UsageSplit } from "@/lib/analytics/schemas";
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiRoute({ roles: ROLES.read, query: AnalyticsQuery }, async ({ actor, query }) =>
  json(UsageSplit.parse(await getUsageSplit(actor.tenantId, query, "channel"))),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
