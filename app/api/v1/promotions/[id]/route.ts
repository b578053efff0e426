// GET/PUT /api/v1/promotions/{id}: read one promotion, or replace it (needs the version read last; category is immutable).
import { offerItemHandlers } from "@/lib/offers/http-handlers";
import { otherMethods } from "@/lib/http/method-not-allowed";

const handlers = offerItemHandlers("promotion");
export const GET = handlers.GET;
export const PUT = handlers.PUT;

export const { POST, PATCH, DELETE } = otherMethods({ GET, PUT });
