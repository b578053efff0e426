// POST /api/v1/coupons creates a coupon; GET /api/v1/coupons lists them (filters, sort, count, page).
import { offerCollectionHandlers } from "@/lib/offers/http-handlers";

const handlers = offerCollectionHandlers("coupon");
export const POST = handlers.POST;
export const GET = handlers.GET;
