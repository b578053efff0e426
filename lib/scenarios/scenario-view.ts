// A scenario as the API and the console show it (never the raw row).
import type { CartRequestInput } from "@/lib/carts/schemas";
import type { ScenarioRow } from "@/lib/scenarios/queries";
import type { Difference, Expectation, OutcomeStatus, ScenarioView } from "@/lib/scenarios/schemas";

export function toScenarioView(row: ScenarioRow): ScenarioView {
  return {
    id: row.id,
    name: row.name,
    request: row.request as CartRequestInput,
    expected: row.expected as Expectation,
    pinnedAt: row.pinnedAt.toISOString(),
    pinnedBy: row.pinnedBy,
    lastOutcome:
      row.lastStatus && row.lastRunAt
        ? {
            status: row.lastStatus as OutcomeStatus,
            differences: (Array.isArray(row.lastDifferences) ? row.lastDifferences : []) as Difference[],
            ranAt: row.lastRunAt.toISOString(),
          }
        : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}
