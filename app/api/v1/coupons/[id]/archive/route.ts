// POST /api/v1/coupons/{id}/archive soft-deletes a coupon that was never redeemed (409 otherwise).
import { offerArchiveHandler } from "@/lib/offers/http-handlers";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = offerArchiveHandler("coupon");

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
