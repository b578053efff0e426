// Writes of the rollup tables: each statement adds counts to existing rows (one upsert per table, in
// chunks that stay under both databases' bound-parameter limits), so any number of writers can add.
import type { UsageGrain } from "@/lib/analytics/grains";
import type { OrderHourDelta } from "@/lib/analytics/order-deltas";
import { date, rowOf } from "@/lib/db/decode";
import { fragments, type Driver, type SqlParam, type Statements } from "@/lib/db/driver";

const ROWS_PER_STATEMENT = 1_000;

export type UsageHourDelta = {
  tenantId: string;
  grain: UsageGrain;
  hour: number;
  offerId: string;
  storeId: string;
  channel: string;
  currency: string;
  redemptions: number;
  amountMinor: number;
};

export type CodeDayDelta = { tenantId: string; day: number; offerId: string; code: string; redemptions: number };

export type AttemptHourDelta = { tenantId: string; hour: number; offerId: string; outcome: string; count: number };

async function upsertAdding(
  client: Statements,
  table: string,
  keys: readonly string[],
  added: readonly string[],
  rows: readonly SqlParam[][],
): Promise<void> {
  const columns = [...keys, ...added];
  const row = `(${columns.map(() => "?").join(", ")})`;
  const set = added.map((c) => `"${c}" = "${table}"."${c}" + excluded."${c}"`).join(", ");
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    await client.run(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${chunk.map(() => row).join(", ")}
       ON CONFLICT (${keys.map((c) => `"${c}"`).join(", ")}) DO UPDATE SET ${set}`,
      chunk.flat(),
    );
  }
}

export function addUsageHours(client: Statements, deltas: readonly UsageHourDelta[]): Promise<void> {
  return upsertAdding(
    client,
    "AnalyticsUsageHour",
    ["tenantId", "grain", "hour", "offerId", "storeId", "channel", "currency"],
    ["redemptions", "amountMinor"],
    deltas.map((d) => [d.tenantId, d.grain, d.hour, d.offerId, d.storeId, d.channel, d.currency, d.redemptions, d.amountMinor]),
  );
}

export function addCodeDays(client: Statements, deltas: readonly CodeDayDelta[]): Promise<void> {
  return upsertAdding(
    client,
    "AnalyticsCodeDay",
    ["tenantId", "day", "offerId", "code"],
    ["redemptions"],
    deltas.map((d) => [d.tenantId, d.day, d.offerId, d.code, d.redemptions]),
  );
}

export function addOrderHours(client: Statements, deltas: readonly OrderHourDelta[]): Promise<void> {
  return upsertAdding(
    client,
    "AnalyticsOrderHour",
    ["tenantId", "grain", "hour", "offerId", "storeId", "channel", "currency"],
    ["orders", "valueMinor"],
    deltas.map((d) => [d.tenantId, d.grain, d.hour, d.offerId, d.storeId, d.channel, d.currency, d.orders, d.valueMinor]),
  );
}

/** Adds outcome counts per offer, and their sums over offers to the tenant's totals, in the caller's transaction. */
export async function addAttemptHours(client: Statements, deltas: readonly AttemptHourDelta[]): Promise<void> {
  await upsertAdding(
    client,
    "AnalyticsAttemptHour",
    ["tenantId", "hour", "offerId", "outcome"],
    ["count"],
    deltas.map((d) => [d.tenantId, d.hour, d.offerId, d.outcome, d.count]),
  );
  const totals = new Map<string, SqlParam[]>();
  for (const d of deltas) {
    const key = `${d.tenantId}\u0001${d.hour}\u0001${d.outcome}`;
    const row = totals.get(key) ?? [d.tenantId, d.hour, d.outcome, 0];
    row[3] = (row[3] as number) + d.count;
    totals.set(key, row);
  }
  await upsertAdding(client, "AnalyticsAttemptTotalHour", ["tenantId", "hour", "outcome"], ["count"], [...totals.values()]);
}

const decodeCursor = rowOf({ readUntil: date });

export async function readCursor(client: Statements, name: string): Promise<Date | null> {
  const rows = await client.all(`SELECT "readUntil" FROM "AnalyticsCursor" WHERE "name" = ?`, [name]);
  return rows.length ? decodeCursor(rows[0]).readUntil : null;
}

/**
 * Moves the cursor from `from` (null: not there yet) to `to`; false when another run moved it first, so
 * the caller rolls its additions back instead of counting the same window twice.
 */
export async function moveCursor(client: Statements, name: string, from: Date | null, to: Date): Promise<boolean> {
  const ts = fragments.timestamp(client.dialect);
  if (from === null) {
    const inserted = await client.all(
      `INSERT INTO "AnalyticsCursor" ("name", "readUntil") VALUES (?, ${ts}) ON CONFLICT ("name") DO NOTHING RETURNING "name"`,
      [name, to],
    );
    return inserted.length === 1;
  }
  const changed = await client.run(`UPDATE "AnalyticsCursor" SET "readUntil" = ${ts} WHERE "name" = ? AND "readUntil" = ${ts}`, [
    to,
    name,
    from,
  ]);
  return changed === 1;
}

/** The tables a usage rollup run writes (roll-up-usage.ts). */
const USAGE_ROLLUP_TABLES = ["AnalyticsUsageHour", "AnalyticsCodeDay", "AnalyticsOrderHour"] as const;

/** After many rollup writes: the charts' index-only reads and plans stay as fast as on fresh statistics. */
export function refreshUsageRollupTables(d: Driver): Promise<void> {
  return d.refreshAfterBulkWrites(USAGE_ROLLUP_TABLES);
}
