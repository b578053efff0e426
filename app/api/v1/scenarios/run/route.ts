// POST /api/v1/scenarios/run: run the scenarios against live, or live plus chosen drafts, and report each difference (for integrators' CI).
import { otherMethods } from "@/lib/http/method-not-allowed";
import { runScenariosHandler } from "@/lib/scenarios/http-handlers";

export const POST = runScenariosHandler;

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
