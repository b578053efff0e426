// POST /api/v1/promotions/{id}/publish: publish the draft (or any version: a rollback) now or at an instant.
import { otherMethods } from "@/lib/http/method-not-allowed";
import { offerVersionRoutes, publishHandler } from "@/lib/versions/http-handlers";

export const POST = publishHandler(offerVersionRoutes("promotion"));

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
