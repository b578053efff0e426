// POST /api/v1/promotions/{id}/archive soft-deletes a promotion that was never redeemed (409 otherwise).
import { offerArchiveHandler } from "@/lib/offers/http-handlers";

export const POST = offerArchiveHandler("promotion");
