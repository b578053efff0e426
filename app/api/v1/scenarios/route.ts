// POST/GET /api/v1/scenarios: save a cart with its expected result (the live result when none is sent), or list them with their last outcome.
import { otherMethods } from "@/lib/http/method-not-allowed";
import { scenarioCollectionHandlers } from "@/lib/scenarios/http-handlers";

export const POST = scenarioCollectionHandlers.POST;
export const GET = scenarioCollectionHandlers.GET;

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
