// GET /api/v1/analytics/printed-coupons: POS printed coupons issued in the range per store, and how many were redeemed.
import { getPrintedCoupons } from "@/lib/analytics/get-printed-coupons";
import { AnalyticsQuery, PrintedCoupons } from "@/lib/analytics/schemas";
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = apiRoute({ roles: ROLES.read, query: AnalyticsQuery }, async ({ actor, query }) =>
  json(PrintedCoupons.parse(await getPrintedCoupons(actor.tenantId, query))),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
