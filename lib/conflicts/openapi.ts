// OpenAPI registration of GET /api/v1/conflicts and GET/PUT /api/v1/conflicts/settings (issue 16), from the
// schemas the handlers validate and answer with.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { listEnvelope, named } from "@/lib/openapi/registry";
import { registerSimpleRoutes } from "@/lib/openapi/simple-routes";
import { ConflictListQuery, ConflictSettingsInput, ConflictSettingsView, FindingCounts, FindingView } from "@/lib/conflicts/schemas";

export const ConflictList = listEnvelope(named("ConflictFinding", FindingView)).extend({
  counts: named("ConflictCounts", FindingCounts).describe("Findings by kind, of the offer filter's set (before `kind` and paging)"),
});

const Settings = named("ConflictSettings", ConflictSettingsView);

export function registerConflictRoutes(registry: OpenAPIRegistry): void {
  registerSimpleRoutes(registry, "Conflicts", [
    {
      method: "get",
      path: "/api/v1/conflicts",
      summary: "Analyze active, scheduled and draft offers for conflicts, each with a counter-example cart",
      query: ConflictListQuery,
      answers:
        "One page of findings (stacking above the tenant's threshold, exclusive collisions with their winner, dead offers, overlaps), sorted by kind then id, with counts by kind",
      schema: ConflictList,
    },
    {
      method: "get",
      path: "/api/v1/conflicts/settings",
      summary: "Get the conflict analyzer's settings (stacking threshold)",
      answers: "The tenant's settings; the default threshold of 50 % while never saved",
      schema: Settings,
    },
    {
      method: "put",
      path: "/api/v1/conflicts/settings",
      summary: "Set the stacking threshold (1–100 %) above which worst-case stacking is a finding",
      body: named("ConflictSettingsInput", ConflictSettingsInput),
      answers: "The saved settings",
      schema: Settings,
    },
  ]);
}
