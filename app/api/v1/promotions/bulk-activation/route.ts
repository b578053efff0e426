// POST /api/v1/promotions/bulk-activation enables or disables several promotions at once (all or nothing).
import { offerBulkActivationHandler } from "@/lib/offers/http-handlers";

export const POST = offerBulkActivationHandler("promotion");
