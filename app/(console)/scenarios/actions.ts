"use server";
// Thin actions for scenarios (contract §8): save the simulator's cart as a scenario, run them all,
// re-pin one to accept its new result, delete one. Bodies go through the REST routes' schemas.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/auth/roles";
import { deleteScenario, repinScenario } from "@/lib/scenarios/manage-scenarios";
import { runScenarios } from "@/lib/scenarios/run-scenarios";
import { createScenario } from "@/lib/scenarios/save-scenario";
import { ScenarioInput } from "@/lib/scenarios/schemas";
import { identifier } from "@/lib/validation/text";
import { parseOrThrow } from "@/lib/zod-issues";

const Id = identifier("id").min(1).max(100);

export async function createScenarioAction(name: unknown, request: unknown) {
  return runAction(ROLES.write, async (actor) => {
    const scenario = await createScenario(actor, parseOrThrow(ScenarioInput, { name, request }));
    revalidatePath("/scenarios");
    return { id: scenario.id, name: scenario.name };
  });
}

export async function runScenariosAction() {
  return runAction(ROLES.read, async (actor) => {
    const report = await runScenarios(actor.tenantId, {});
    revalidatePath("/scenarios");
    return { total: report.total, failed: report.failed };
  });
}

export async function repinScenarioAction(id: string) {
  return runAction(ROLES.write, async (actor) => {
    const scenario = await repinScenario(actor, parseOrThrow(Id, id));
    revalidatePath("/scenarios");
    return { id: scenario.id };
  });
}

export async function deleteScenarioAction(id: string) {
  return runAction(ROLES.write, async (actor) => {
    await deleteScenario(actor, parseOrThrow(Id, id));
    revalidatePath("/scenarios");
    return { deleted: true };
  });
}
