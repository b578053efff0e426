// GET /api/v1/analytics/alerts: offers ending within 7 days and offers whose rejections one reason dominates.
import { listAnalyticsAlerts } from "@/lib/analytics/list-analytics-alerts";
import { AnalyticsAlerts } from "@/lib/analytics/schemas";
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiRoute({ roles: ROLES.read }, async ({ actor }) =>
  json(AnalyticsAlerts.parse({ alerts: await listAnalyticsAlerts(actor.tenantId) })),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
