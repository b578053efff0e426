// GET /api/v1/promotions/{id}/versions: the promotion's history, newest version first.
import { otherMethods } from "@/lib/http/method-not-allowed";
import { offerVersionRoutes, versionListHandler } from "@/lib/versions/http-handlers";

export const GET = versionListHandler(offerVersionRoutes("promotion"));

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
