// POST /api/v1/coupons/{id}/duplicate copies a coupon into a new inactive one named "Copy of …".
import { offerDuplicateHandler } from "@/lib/offers/http-handlers";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = offerDuplicateHandler("coupon");

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
