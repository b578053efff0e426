// GET/DELETE /api/v1/coupons/{id}/versions/{number}: read one version, or discard one that never went live.
import { otherMethods } from "@/lib/http/method-not-allowed";
import { offerVersionRoutes, versionItemHandlers } from "@/lib/versions/http-handlers";

const handlers = versionItemHandlers(offerVersionRoutes("coupon"));
export const GET = handlers.GET;
export const DELETE = handlers.DELETE;

export const { POST, PUT, PATCH } = otherMethods({ GET, DELETE });
