// GET /api/v1/batch-runs/{id}: a run's status and progress, its totals per side and offer, and the 100 carts that changed most.
import { batchRunItemHandler } from "@/lib/batch/http-handlers";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const GET = batchRunItemHandler;

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
