// POST /api/v1/promotions/{id}/duplicate copies a promotion into a new inactive one named "Copy of …".
import { offerDuplicateHandler } from "@/lib/offers/http-handlers";

export const POST = offerDuplicateHandler("promotion");
