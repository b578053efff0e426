// POST /api/v1/promotions/bulk-activation enables or disables several promotions at once (all or nothing).
import { offerBulkActivationHandler } from "@/lib/offers/http-handlers";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = offerBulkActivationHandler("promotion");

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
