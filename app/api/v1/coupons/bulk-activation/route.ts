// POST /api/v1/coupons/bulk-activation enables or disables several coupons at once (all or nothing).
import { offerBulkActivationHandler } from "@/lib/offers/http-handlers";

export const POST = offerBulkActivationHandler("coupon");
