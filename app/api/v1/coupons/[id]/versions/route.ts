// GET /api/v1/coupons/{id}/versions: the coupon's history, newest version first.
import { otherMethods } from "@/lib/http/method-not-allowed";
import { offerVersionRoutes, versionListHandler } from "@/lib/versions/http-handlers";

export const GET = versionListHandler(offerVersionRoutes("coupon"));

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
