// POST /api/v1/coupons creates a coupon; GET /api/v1/coupons lists them (filters, sort, count, page).
import { offerCollectionHandlers } from "@/lib/offers/http-handlers";
import { otherMethods } from "@/lib/http/method-not-allowed";

const handlers = offerCollectionHandlers("coupon");
export const POST = handlers.POST;
export const GET = handlers.GET;

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
