// GET /api/v1/batch-runs/{id}/carts: the run's carts whose discount share with the drafts is above `minShare` percent.
import { batchRunCartsHandler } from "@/lib/batch/http-handlers";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = batchRunCartsHandler;

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
