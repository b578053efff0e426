// GET /api/v1/analytics/rejections: pricing rejections per reason and bucket, with the attempts of each bucket.
import { getRejectionsByReason } from "@/lib/analytics/get-rejections-by-reason";
import { AnalyticsQuery, RejectionsByReason } from "@/lib/analytics/schemas";
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiRoute({ roles: ROLES.read, query: AnalyticsQuery }, async ({ actor, query }) =>
  json(RejectionsByReason.parse(await getRejectionsByReason(actor.tenantId, query))),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
