// GET/PUT /api/v1/promotions/{id}: read one promotion, or replace it (needs the version read last; category is immutable).
import { offerItemHandlers } from "@/lib/offers/http-handlers";

const handlers = offerItemHandlers("promotion");
export const GET = handlers.GET;
export const PUT = handlers.PUT;
