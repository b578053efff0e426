// POST /api/v1/coupons/{id}/archive soft-deletes a coupon that was never redeemed (409 otherwise).
import { offerArchiveHandler } from "@/lib/offers/http-handlers";

export const POST = offerArchiveHandler("coupon");
