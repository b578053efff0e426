// GET/PUT /api/v1/coupons/{id}: read one coupon, or replace it (needs the version read last; category is immutable).
import { offerItemHandlers } from "@/lib/offers/http-handlers";
import { otherMethods } from "@/lib/http/method-not-allowed";

const handlers = offerItemHandlers("coupon");
export const GET = handlers.GET;
export const PUT = handlers.PUT;

export const { POST, PATCH, DELETE } = otherMethods({ GET, PUT });
