// Creates or replaces a scenario (contract §8): a named cart request and the result it is expected to
// get. Without an explicit expectation, the result the live offers give now is pinned — what "Save as
// scenario" in the Cart Simulator does. A replace needs the version read last.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findScenarioRow, insertScenarioRow, recordOutcomeRows, updateScenarioRow } from "@/lib/scenarios/queries";
import { outcomeOf, priceRequests } from "@/lib/scenarios/run-suite";
import { toScenarioView } from "@/lib/scenarios/scenario-view";
import type { Expectation, ScenarioInput, ScenarioUpdate, ScenarioView } from "@/lib/scenarios/schemas";

async function pinnedExpectation(tenantId: string, input: ScenarioInput, now: Date): Promise<Expectation> {
  if (input.expected) return input.expected;
  return (await priceRequests(tenantId, [input.request], [], now)).live[0];
}

function duplicateName(name: string): AppError {
  return new AppError("conflict", `A scenario named “${name}” already exists; choose another name`, {
    causes: [{ field: "name", message: "Already used by another scenario", code: "duplicate" }],
  });
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

export async function createScenario(actor: Actor, input: ScenarioInput, now = new Date()): Promise<ScenarioView> {
  const expected = await pinnedExpectation(actor.tenantId, input, now);
  const author = actorLabel(actor);
  try {
    const row = await db().$transaction(async (tx) => {
      const created = await insertScenarioRow(
        tx,
        actor.tenantId,
        { name: input.name, request: input.request, expected, pinnedBy: author },
        author,
      );
      await recordAuditEvent(tx, actor, { action: "create", objectType: "scenario", objectId: created.id, changes: { name: input.name } });
      return created;
    });
    // A pinned live result passes by definition; an expectation given by the client is checked at once.
    await refreshOne(actor.tenantId, row.id, input, expected, now);
    return toScenarioView((await findScenarioRow(db(), actor.tenantId, row.id))!);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(input.name);
    throw error;
  }
}

export async function updateScenario(actor: Actor, id: string, input: ScenarioUpdate, now = new Date()): Promise<ScenarioView> {
  const before = await findScenarioRow(db(), actor.tenantId, id);
  if (!before) throw AppError.notFound(`Scenario ${id}`);
  const expected = await pinnedExpectation(actor.tenantId, input, now);
  const author = actorLabel(actor);
  try {
    await db().$transaction(async (tx) => {
      const fields = { name: input.name, request: input.request, expected, pinnedBy: author };
      if (!(await updateScenarioRow(tx, actor.tenantId, id, input.version, fields, author)))
        throw AppError.versionMismatch(`scenario “${before.name}”`, before.version);
      await recordAuditEvent(tx, actor, {
        action: "update",
        objectType: "scenario",
        objectId: id,
        changes: { name: { from: before.name, to: input.name } },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(input.name);
    throw error;
  }
  await refreshOne(actor.tenantId, id, input, expected, now);
  return toScenarioView((await findScenarioRow(db(), actor.tenantId, id))!);
}

async function refreshOne(tenantId: string, id: string, input: ScenarioInput, expected: Expectation, now: Date): Promise<void> {
  const actual = input.expected ? (await priceRequests(tenantId, [input.request], [], now)).live[0] : expected;
  const outcome = outcomeOf(expected, actual);
  await recordOutcomeRows(db(), tenantId, [{ id, passed: outcome.status === "passed", differences: outcome.differences }], now);
}
