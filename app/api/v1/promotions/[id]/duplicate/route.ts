// POST /api/v1/promotions/{id}/duplicate copies a promotion into a new inactive one named "Copy of …".
import { offerDuplicateHandler } from "@/lib/offers/http-handlers";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = offerDuplicateHandler("promotion");

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
