// GET/PUT /api/v1/pos/campaigns/{id}/draft: read or save the campaign's draft (the POS never sees it); a save answers what it does to the scenarios.
import { otherMethods } from "@/lib/http/method-not-allowed";
import { CAMPAIGN_VERSION_ROUTES, draftHandlers } from "@/lib/versions/http-handlers";

const handlers = draftHandlers(CAMPAIGN_VERSION_ROUTES);
export const GET = handlers.GET;
export const PUT = handlers.PUT;

export const { POST, PATCH, DELETE } = otherMethods({ GET, PUT });
