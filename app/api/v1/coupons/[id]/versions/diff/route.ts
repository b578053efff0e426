// GET /api/v1/coupons/{id}/versions/diff?from=&to=: what differs between two versions, field by field and in words.
import { otherMethods } from "@/lib/http/method-not-allowed";
import { offerVersionRoutes, versionDiffHandler } from "@/lib/versions/http-handlers";

export const GET = versionDiffHandler(offerVersionRoutes("coupon"));

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
