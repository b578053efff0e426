// POST /api/v1/coupons/bulk-activation enables or disables several coupons at once (all or nothing).
import { offerBulkActivationHandler } from "@/lib/offers/http-handlers";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = offerBulkActivationHandler("coupon");

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
