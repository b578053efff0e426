// GET/PUT /api/v1/coupons/{id}/draft: read or save the coupon's draft (pricing never sees it); a save answers what it does to the scenarios.
import { otherMethods } from "@/lib/http/method-not-allowed";
import { draftHandlers, offerVersionRoutes } from "@/lib/versions/http-handlers";

const handlers = draftHandlers(offerVersionRoutes("coupon"));
export const GET = handlers.GET;
export const PUT = handlers.PUT;

export const { POST, PATCH, DELETE } = otherMethods({ GET, PUT });
