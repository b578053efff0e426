// POST /api/v1/coupons/{id}/duplicate copies a coupon into a new inactive one named "Copy of …".
import { offerDuplicateHandler } from "@/lib/offers/http-handlers";

export const POST = offerDuplicateHandler("coupon");
