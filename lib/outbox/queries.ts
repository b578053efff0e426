// Every read and write of the OutboxEvent table, one SQL text for both databases, on whatever client the
// caller holds (the checkout path's driver transaction included).
import { randomUUID } from "node:crypto";
import { date, json, nullable, rowOf, text } from "@/lib/db/decode";
import { fragments, placeholders, type SqlParam, type Statements } from "@/lib/db/driver";
import type { IdStatement } from "@/lib/db/write-together";

export type NewOutboxEvent = { tenantId: string; type: string; data: unknown; dedupKey?: string | null };

/** Far below both databases' bound-parameter limits (6 per row). */
const ROWS_PER_INSERT = 1000;

/**
 * One multi-row INSERT of at most 1,000 events, answering the ids it wrote (an event whose (tenantId,
 * dedupKey) exists is skipped): the checkout path sends it together with its other writes.
 */
export function outboxEventsStatement(dialect: Statements["dialect"], events: readonly NewOutboxEvent[], now: Date): IdStatement {
  if (events.length > ROWS_PER_INSERT) throw new Error(`outboxEventsStatement: ${events.length} events, at most ${ROWS_PER_INSERT}`);
  const row = `(?, ?, ?, ${fragments.json(dialect)}, ?, ${fragments.timestamp(dialect)})`;
  const params: SqlParam[] = events.flatMap((e) => [
    randomUUID(),
    e.tenantId,
    e.type,
    JSON.stringify(e.data ?? {}),
    e.dedupKey ?? null,
    now,
  ]);
  const dedup = events.some((e) => e.dedupKey) ? ` ON CONFLICT ("tenantId", "dedupKey") DO NOTHING` : "";
  return {
    sql: `INSERT INTO "OutboxEvent" ("id", "tenantId", "type", "data", "dedupKey", "createdAt") VALUES ${events.map(() => row).join(", ")}${dedup} RETURNING "id"`,
    params,
  };
}

/** One multi-row INSERT per 1,000 events; an event whose (tenantId, dedupKey) exists is skipped. */
export async function insertOutboxEvents(client: Statements, events: readonly NewOutboxEvent[], now: Date): Promise<void> {
  for (let start = 0; start < events.length; start += ROWS_PER_INSERT) {
    const statement = outboxEventsStatement(client.dialect, events.slice(start, start + ROWS_PER_INSERT), now);
    await client.all(statement.sql, statement.params);
  }
}

const decodeEvent = rowOf({ id: text, tenantId: text, type: text, data: json, createdAt: date, dispatchedAt: nullable(date) });
export type OutboxEventRow = ReturnType<typeof decodeEvent>;
const COLUMNS = `"id", "tenantId", "type", "data", "createdAt", "dispatchedAt"`;

/** The oldest events not dispatched yet (locked against other dispatchers on PostgreSQL). */
export async function selectUndispatchedEvents(client: Statements, limit: number): Promise<OutboxEventRow[]> {
  const rows = await client.all(
    `SELECT ${COLUMNS} FROM "OutboxEvent" WHERE "dispatchedAt" IS NULL ORDER BY "createdAt" LIMIT ?${fragments.skipLocked(client.dialect)}`,
    [limit],
  );
  return rows.map(decodeEvent);
}

export async function markEventsDispatched(client: Statements, ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await client.run(
    `UPDATE "OutboxEvent" SET "dispatchedAt" = ${fragments.timestamp(client.dialect)} WHERE "id" IN (${placeholders(ids.length)})`,
    [now, ...ids],
  );
}

/** One tenant's event by id (webhook deliveries read the event they carry). */
export async function findOutboxEvent(client: Statements, tenantId: string, id: string): Promise<OutboxEventRow | null> {
  const rows = await client.all(`SELECT ${COLUMNS} FROM "OutboxEvent" WHERE "tenantId" = ? AND "id" = ?`, [tenantId, id]);
  return rows.length === 1 ? decodeEvent(rows[0]) : null;
}

/** Deletes up to `limit` dispatched events older than `before`; answers how many. */
export async function deleteDispatchedEvents(client: Statements, before: Date, limit: number): Promise<number> {
  return client.run(
    `DELETE FROM "OutboxEvent" WHERE "id" IN (
       SELECT "id" FROM "OutboxEvent" WHERE "dispatchedAt" < ${fragments.timestamp(client.dialect)} LIMIT ?
     )`,
    [before, limit],
  );
}
