// POST /api/v1/scenarios/run and the Scenarios page's "Run all": the suite against live, or against live
// plus chosen drafts (integrators' CI checks a change before publishing it). A run against live also
// stores each outcome.
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findSuiteRows } from "@/lib/scenarios/queries";
import { priceSuite, recordLiveOutcomes, suiteReport } from "@/lib/scenarios/run-suite";
import type { RunInput, SuiteReport } from "@/lib/scenarios/schemas";
import { resolveDraftRefs } from "@/lib/versions/draft-offers";

export async function runScenarios(tenantId: string, input: RunInput, now = new Date()): Promise<SuiteReport> {
  const ids = input.scenarioIds ? [...new Set(input.scenarioIds)] : undefined;
  const scenarios = await findSuiteRows(db(), tenantId, ids);
  if (ids && scenarios.length !== ids.length) {
    const found = new Set(scenarios.map((s) => s.id));
    const missing = input.scenarioIds!.flatMap((id, index) => (found.has(id) ? [] : [{ id, index }]));
    throw new AppError("not_found", `${missing.length} scenario id(s) do not name a scenario of this tenant`, {
      causes: missing.map(({ id, index }) => ({ field: `scenarioIds[${index}]`, message: `No scenario ${id}`, code: "not_found" })),
    });
  }
  const overlays = await resolveDraftRefs(tenantId, input.drafts ?? []);
  const suite = await priceSuite(tenantId, { scenarios, overlays, now });
  if (overlays.length === 0) await recordLiveOutcomes(tenantId, suite);
  return suiteReport(suite, overlays);
}
