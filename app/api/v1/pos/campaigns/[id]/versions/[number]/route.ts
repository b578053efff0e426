// GET/DELETE /api/v1/pos/campaigns/{id}/versions/{number}: read one version, or discard one that never went live.
import { otherMethods } from "@/lib/http/method-not-allowed";
import { CAMPAIGN_VERSION_ROUTES, versionItemHandlers } from "@/lib/versions/http-handlers";

const handlers = versionItemHandlers(CAMPAIGN_VERSION_ROUTES);
export const GET = handlers.GET;
export const DELETE = handlers.DELETE;

export const { POST, PUT, PATCH } = otherMethods({ GET, DELETE });
