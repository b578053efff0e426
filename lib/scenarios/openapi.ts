// OpenAPI registration of /api/v1/scenarios (contract §8), from the schemas the handlers validate with.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { listEnvelope, named } from "@/lib/openapi/registry";
import { registerSimpleRoutes } from "@/lib/openapi/simple-routes";
import { PinInput, RunInput, ScenarioInput, ScenarioListQuery, ScenarioUpdate, ScenarioView, SuiteReport } from "@/lib/scenarios/schemas";

export function registerScenarioRoutes(registry: OpenAPIRegistry): void {
  const base = "/api/v1/scenarios";
  const scenario = named("Scenario", ScenarioView);
  const one = z.object({ scenario, links: z.object({ self: z.string() }) });
  registerSimpleRoutes(registry, "Scenarios", [
    {
      method: "post",
      path: base,
      summary: "Save a cart as a scenario, with its expected result",
      body: named("ScenarioInput", ScenarioInput),
      answers: "{ scenario }: without `expected`, the result the live offers give now is pinned",
      schema: one,
      status: 201,
    },
    {
      method: "get",
      path: base,
      summary: "List scenarios with their last outcome",
      query: ScenarioListQuery,
      answers: "One page of scenarios, by name",
      schema: listEnvelope(scenario),
    },
    { method: "get", path: `${base}/{id}`, summary: "Get a scenario", answers: "{ scenario }", schema: one },
    {
      method: "put",
      path: `${base}/{id}`,
      summary: "Replace a scenario",
      body: named("ScenarioUpdate", ScenarioUpdate),
      answers: "{ scenario }; send the version you read last. Without `expected`, the live result is pinned again",
      schema: one,
    },
    { method: "delete", path: `${base}/{id}`, summary: "Delete a scenario", answers: "Deleted", status: 204 },
    {
      method: "post",
      path: `${base}/{id}/pin`,
      summary: "Re-pin a scenario: accept its new result as the expectation",
      body: named("PinInput", PinInput),
      answers: "{ scenario } with the result of the live offers (or of live plus `drafts`) pinned",
      schema: one,
    },
    {
      method: "post",
      path: `${base}/run`,
      summary: "Run scenarios against live, or live plus drafts, and report every difference (for CI)",
      body: named("ScenarioRun", RunInput),
      answers: "{ report }: per scenario passed or failed, with each difference in words",
      schema: z.object({ report: named("SuiteReport", SuiteReport) }),
    },
  ]);
}
