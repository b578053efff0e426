// POST /api/v1/scenarios/{id}/pin: accept the scenario's new result (live, or with chosen drafts) as its expectation.
import { otherMethods } from "@/lib/http/method-not-allowed";
import { pinScenarioHandler } from "@/lib/scenarios/http-handlers";

export const POST = pinScenarioHandler;

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
