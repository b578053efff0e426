// The guard in front of every publish from the console and POST …/publish (contract §8): the suite runs
// with the version in place of the live offer (and records the live outcomes); when pinned expectations
// break, publishing needs an explicit acceptance and a note, which the caller writes into the audit log.
import { AppError } from "@/lib/errors";
import { runDraftImpact } from "@/lib/scenarios/run-suite";
import type { ScenarioImpact } from "@/lib/scenarios/schemas";
import type { DraftOverlay } from "@/lib/versions/draft-offers";

export type PublishConfirmation = { acceptBrokenScenarios?: boolean; note?: string | null };
export type GuardedPublish = { impact: ScenarioImpact; brokenScenarios: string[] };

export function brokenScenariosError(impact: ScenarioImpact): AppError {
  const broken = impact.scenarios.filter((s) => s.draft.status === "failed");
  const names = broken.map((s) => `“${s.name}”`).join(", ");
  return new AppError(
    "conflict",
    `Publishing this version breaks ${broken.length} pinned scenario${broken.length === 1 ? "" : "s"} (${names}). Re-pin them to accept the new results, or send acceptBrokenScenarios: true with a note to publish anyway.`,
    {
      causes: broken.map((s) => ({
        field: "acceptBrokenScenarios",
        message: `Scenario “${s.name}”: ${s.draft.differences[0]?.message ?? "differs from its expectation"}`,
        code: "scenario_broken",
      })),
      details: { brokenScenarios: broken.map((s) => s.id) },
    },
  );
}

/** Throws unless nothing breaks or the break is accepted with a note; answers the impact and the broken scenarios' names. */
export async function guardPublish(
  tenantId: string,
  overlay: DraftOverlay,
  confirmation: PublishConfirmation,
  now?: Date,
): Promise<GuardedPublish> {
  const impact = await runDraftImpact(tenantId, [overlay], now);
  const broken = impact.scenarios.filter((s) => s.draft.status === "failed");
  if (broken.length > 0 && !confirmation.acceptBrokenScenarios) throw brokenScenariosError(impact);
  if (broken.length > 0 && !confirmation.note)
    throw AppError.field("note", "Say why you publish although pinned scenarios break: the note goes into the audit log", "required");
  return { impact, brokenScenarios: broken.map((s) => s.name) };
}
