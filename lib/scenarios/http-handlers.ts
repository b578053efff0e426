// Route handlers of /api/v1/scenarios (contract §8), exported by thin route files.
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, created, json } from "@/lib/http/api-route";
import { listBody } from "@/lib/http/pagination";
import { deleteScenario, getScenarioOrThrow, listScenarios, repinScenario } from "@/lib/scenarios/manage-scenarios";
import { runScenarios } from "@/lib/scenarios/run-scenarios";
import { createScenario, updateScenario } from "@/lib/scenarios/save-scenario";
import { PinInput, RunInput, ScenarioInput, ScenarioListQuery, ScenarioUpdate } from "@/lib/scenarios/schemas";

type Params = { id: string };
const BASE = "/api/v1/scenarios";
const envelope = (scenario: { id: string }) => ({ scenario, links: { self: `${BASE}/${scenario.id}` } });

export const scenarioCollectionHandlers = {
  POST: apiRoute({ roles: ROLES.write, body: ScenarioInput }, async ({ actor, body }) => {
    const scenario = await createScenario(actor, body);
    return created(envelope(scenario), `${BASE}/${scenario.id}`);
  }),
  GET: apiRoute({ roles: ROLES.read, query: ScenarioListQuery }, async ({ actor, query, url }) =>
    json(listBody(url, query, await listScenarios(actor.tenantId, query))),
  ),
};

export const scenarioItemHandlers = {
  GET: apiRoute<Params>({ roles: ROLES.read }, async ({ actor, params }) =>
    json(envelope(await getScenarioOrThrow(actor.tenantId, params.id))),
  ),
  PUT: apiRoute<Params, undefined, typeof ScenarioUpdate>({ roles: ROLES.write, body: ScenarioUpdate }, async ({ actor, params, body }) =>
    json(envelope(await updateScenario(actor, params.id, body))),
  ),
  DELETE: apiRoute<Params>({ roles: ROLES.write }, async ({ actor, params }) => {
    await deleteScenario(actor, params.id);
    return new Response(null, { status: 204 });
  }),
};

export const pinScenarioHandler = apiRoute<Params, undefined, typeof PinInput>(
  { roles: ROLES.write, body: PinInput },
  async ({ actor, params, body }) => json(envelope(await repinScenario(actor, params.id, body.drafts ?? []))),
);

export const runScenariosHandler = apiRoute({ roles: ROLES.read, body: RunInput }, async ({ actor, body }) =>
  json({ report: await runScenarios(actor.tenantId, body) }),
);
