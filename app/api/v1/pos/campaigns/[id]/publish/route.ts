// POST /api/v1/pos/campaigns/{id}/publish: publish the draft (or any version: a rollback) now or at an instant.
import { otherMethods } from "@/lib/http/method-not-allowed";
import { CAMPAIGN_VERSION_ROUTES, publishHandler } from "@/lib/versions/http-handlers";

export const POST = publishHandler(CAMPAIGN_VERSION_ROUTES);

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
