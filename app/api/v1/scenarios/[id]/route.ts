// GET/PUT/DELETE /api/v1/scenarios/{id}: read, replace (re-pins the expectation) or delete a scenario.
import { otherMethods } from "@/lib/http/method-not-allowed";
import { scenarioItemHandlers } from "@/lib/scenarios/http-handlers";

export const GET = scenarioItemHandlers.GET;
export const PUT = scenarioItemHandlers.PUT;
export const DELETE = scenarioItemHandlers.DELETE;

export const { POST, PATCH } = otherMethods({ GET, PUT, DELETE });
