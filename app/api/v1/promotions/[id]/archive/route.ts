// POST /api/v1/promotions/{id}/archive soft-deletes a promotion that was never redeemed (409 otherwise).
import { offerArchiveHandler } from "@/lib/offers/http-handlers";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = offerArchiveHandler("promotion");

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
