// Reading, deleting and re-pinning scenarios. Re-pinning accepts a scenario's new result (contract §8):
// the result the live offers give now, or the one they would give with chosen drafts.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Page } from "@/lib/http/pagination";
import type { CartRequestInput } from "@/lib/carts/schemas";
import { deleteScenarioRow, findScenarioRow, listScenarioRows, recordOutcomeRows, repinScenarioRow } from "@/lib/scenarios/queries";
import { priceRequests } from "@/lib/scenarios/run-suite";
import { toScenarioView } from "@/lib/scenarios/scenario-view";
import type { Expectation, ScenarioListQuery, ScenarioView } from "@/lib/scenarios/schemas";
import { diffResults } from "@/lib/scenarios/scenario-diff";
import { resolveDraftRefs } from "@/lib/versions/draft-offers";
import type { DraftRef } from "@/lib/versions/schemas";

export async function listScenarios(tenantId: string, query: ScenarioListQuery): Promise<Page<ScenarioView>> {
  const { rows, total } = await listScenarioRows(db(), tenantId, query);
  return { items: rows.map(toScenarioView), total };
}

export async function getScenarioOrThrow(tenantId: string, id: string): Promise<ScenarioView> {
  const row = await findScenarioRow(db(), tenantId, id);
  if (!row) throw AppError.notFound(`Scenario ${id}`);
  return toScenarioView(row);
}

export async function deleteScenario(actor: Actor, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const row = await findScenarioRow(tx, actor.tenantId, id);
    if (!row || !(await deleteScenarioRow(tx, actor.tenantId, id))) throw AppError.notFound(`Scenario ${id}`);
    await recordAuditEvent(tx, actor, { action: "delete", objectType: "scenario", objectId: id, changes: { name: row.name } });
  });
}

export async function repinScenario(actor: Actor, id: string, drafts: readonly DraftRef[] = [], now = new Date()): Promise<ScenarioView> {
  const row = await findScenarioRow(db(), actor.tenantId, id);
  if (!row) throw AppError.notFound(`Scenario ${id}`);
  const overlays = await resolveDraftRefs(actor.tenantId, drafts);
  const results = await priceRequests(actor.tenantId, [row.request as CartRequestInput], overlays, now);
  const expected = (results.withDrafts ?? results.live)[0];
  await db().$transaction(async (tx) => {
    await repinScenarioRow(tx, actor.tenantId, id, expected, actorLabel(actor));
    await recordAuditEvent(tx, actor, {
      action: "repin",
      objectType: "scenario",
      objectId: id,
      changes: { name: row.name, accepted: diffResults(row.expected as Expectation, expected).map((d) => d.message) },
    });
  });
  // Pinned to the live result, it passes now; pinned to a draft's, it passes once the draft is live.
  const liveDiffs = diffResults(expected, results.live[0]);
  await recordOutcomeRows(db(), actor.tenantId, [{ id, passed: liveDiffs.length === 0, differences: liveDiffs }], now);
  return getScenarioOrThrow(actor.tenantId, id);
}
