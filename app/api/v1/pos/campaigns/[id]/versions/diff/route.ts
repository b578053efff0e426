// GET /api/v1/pos/campaigns/{id}/versions/diff?from=&to=: what differs between two versions, field by field and in words.
import { otherMethods } from "@/lib/http/method-not-allowed";
import { CAMPAIGN_VERSION_ROUTES, versionDiffHandler } from "@/lib/versions/http-handlers";

export const GET = versionDiffHandler(CAMPAIGN_VERSION_ROUTES);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
