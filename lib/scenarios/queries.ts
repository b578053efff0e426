// Every read and write of scenarios. The suite reads them all at once (a thousand carts is one query);
// outcomes are written in bulk: one statement for every scenario that passed, one per failure.
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { sqlJson } from "@/lib/db/sql-json";
import { Prisma, type Scenario } from "@/lib/generated/sqlite/client";
import type { Difference, Expectation, ScenarioListQuery } from "@/lib/scenarios/schemas";
import type { CartRequestInput } from "@/lib/carts/schemas";

export type ScenarioRow = Scenario;
type Client = Db | Tx;

const UPDATES_PER_STATEMENT = 500;

function statusWhere(status: ScenarioListQuery["status"]) {
  if (status === "never_run") return { lastStatus: null };
  return status ? { lastStatus: status } : {};
}

export async function listScenarioRows(client: Client, tenantId: string, query: ScenarioListQuery) {
  const where = { tenantId, ...statusWhere(query.status) };
  const [rows, total] = await Promise.all([
    client.scenario.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * query.count,
      take: query.count,
    }),
    client.scenario.count({ where }),
  ]);
  return { rows, total };
}

/** Every scenario of the tenant (or those of `ids`), oldest first: what a suite runs. */
export function findSuiteRows(client: Client, tenantId: string, ids?: readonly string[]): Promise<ScenarioRow[]> {
  return client.scenario.findMany({
    where: { tenantId, ...(ids ? { id: { in: [...ids] } } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export function countScenarios(client: Client, tenantId: string): Promise<number> {
  return client.scenario.count({ where: { tenantId } });
}

export function findScenarioRow(client: Client, tenantId: string, id: string): Promise<ScenarioRow | null> {
  return client.scenario.findFirst({ where: { tenantId, id } });
}

export type ScenarioFields = { name: string; request: CartRequestInput; expected: Expectation; pinnedBy: string };

export function insertScenarioRow(client: Client, tenantId: string, fields: ScenarioFields, author: string): Promise<ScenarioRow> {
  return client.scenario.create({
    data: {
      tenantId,
      name: fields.name,
      request: fields.request as object,
      expected: fields.expected as object,
      pinnedAt: new Date(),
      pinnedBy: fields.pinnedBy,
      version: randomUUID(),
      createdBy: author,
      updatedBy: author,
    },
  });
}

/** Replaces a scenario when it still has `version`; false when someone changed it meanwhile. */
export async function updateScenarioRow(
  client: Client,
  tenantId: string,
  id: string,
  version: string,
  fields: ScenarioFields,
  author: string,
) {
  const result = await client.scenario.updateMany({
    where: { tenantId, id, version },
    data: {
      name: fields.name,
      request: fields.request as object,
      expected: fields.expected as object,
      pinnedAt: new Date(),
      pinnedBy: fields.pinnedBy,
      lastStatus: null,
      lastDifferences: [],
      lastRunAt: null,
      version: randomUUID(),
      updatedBy: author,
    },
  });
  return result.count === 1;
}

/** Pins a new expectation; the scenario then passes until the offers change again. */
export async function repinScenarioRow(client: Client, tenantId: string, id: string, expected: Expectation, author: string) {
  const result = await client.scenario.updateMany({
    where: { tenantId, id },
    data: {
      expected: expected as object,
      pinnedAt: new Date(),
      pinnedBy: author,
      lastStatus: null,
      lastDifferences: [],
      lastRunAt: null,
      version: randomUUID(),
      updatedBy: author,
    },
  });
  return result.count === 1;
}

export async function deleteScenarioRow(client: Client, tenantId: string, id: string): Promise<boolean> {
  return (await client.scenario.deleteMany({ where: { tenantId, id } })).count === 1;
}

export type OutcomeRecord = { id: string; passed: boolean; differences: Difference[] };

/**
 * The outcome of a live run of each scenario. Raw statements: a run is not an edit, so updatedAt (which
 * Prisma would stamp) stays the time a person last changed the scenario.
 */
export async function recordOutcomeRows(client: Client, tenantId: string, outcomes: readonly OutcomeRecord[], ranAt: Date): Promise<void> {
  const passed = outcomes.filter((o) => o.passed).map((o) => o.id);
  for (let i = 0; i < passed.length; i += UPDATES_PER_STATEMENT) {
    const ids = Prisma.join(passed.slice(i, i + UPDATES_PER_STATEMENT));
    await client.$executeRaw(Prisma.sql`
      UPDATE "Scenario" SET "lastStatus" = 'passed', "lastDifferences" = ${sqlJson([])}, "lastRunAt" = ${ranAt}
      WHERE "tenantId" = ${tenantId} AND "id" IN (${ids})`);
  }
  for (const outcome of outcomes.filter((o) => !o.passed)) {
    await client.$executeRaw(Prisma.sql`
      UPDATE "Scenario" SET "lastStatus" = 'failed', "lastDifferences" = ${sqlJson(outcome.differences)}, "lastRunAt" = ${ranAt}
      WHERE "tenantId" = ${tenantId} AND "id" = ${outcome.id}`);
  }
}
