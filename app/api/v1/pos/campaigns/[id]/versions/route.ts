// GET /api/v1/pos/campaigns/{id}/versions: the campaign's history, newest version first.
import { otherMethods } from "@/lib/http/method-not-allowed";
import { CAMPAIGN_VERSION_ROUTES, versionListHandler } from "@/lib/versions/http-handlers";

export const GET = versionListHandler(CAMPAIGN_VERSION_ROUTES);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
