// OpenAPI registration of GET /api/v1/conflicts (issue 16), from the schemas the handler validates and answers with.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { listEnvelope, named } from "@/lib/openapi/registry";
import { registerSimpleRoutes } from "@/lib/openapi/simple-routes";
import { ConflictListQuery, FindingCounts, FindingView } from "@/lib/conflicts/schemas";

export const ConflictList = listEnvelope(named("ConflictFinding", FindingView)).extend({
  counts: named("ConflictCounts", FindingCounts).describe("Findings by kind, of the offer filter's set (before `kind` and paging)"),
});

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
  ]);
}
