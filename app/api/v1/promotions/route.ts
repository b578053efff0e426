// POST /api/v1/promotions creates a promotion; GET /api/v1/promotions lists them (filters, sort, count, page).
import { offerCollectionHandlers } from "@/lib/offers/http-handlers";
import { otherMethods } from "@/lib/http/method-not-allowed";

const handlers = offerCollectionHandlers("promotion");
export const POST = handlers.POST;
export const GET = handlers.GET;

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
