// The fan-out's statements: the deliveries of a batch of outbox events, one row per (endpoint, event),
// inserted once however often the fan-out runs (a dispatcher that died mid-batch is simply repeated).
import { randomUUID } from "node:crypto";
import { text } from "@/lib/db/decode";
import { fragments, type SqlParam, type Statements } from "@/lib/db/driver";

export type NewDelivery = { tenantId: string; endpointId: string; eventId: string; eventType: string };

const ROWS_PER_INSERT = 500;

/** Inserts the deliveries that do not exist yet; answers the new ones' ids with their tenant. */
export async function insertDeliveries(
  client: Statements,
  deliveries: readonly NewDelivery[],
  now: Date,
): Promise<{ id: string; tenantId: string }[]> {
  const created: { id: string; tenantId: string }[] = [];
  const at = fragments.timestamp(client.dialect);
  for (let start = 0; start < deliveries.length; start += ROWS_PER_INSERT) {
    const slice = deliveries.slice(start, start + ROWS_PER_INSERT);
    const params: SqlParam[] = slice.flatMap((d) => [randomUUID(), d.tenantId, d.endpointId, d.eventId, d.eventType, now, now]);
    const rows = await client.all(
      `INSERT INTO "WebhookDelivery" ("id", "tenantId", "endpointId", "eventId", "eventType", "status", "attempts", "nextAttemptAt", "createdAt")
       VALUES ${slice.map(() => `(?, ?, ?, ?, ?, 'pending', 0, ${at}, ${at})`).join(", ")}
       ON CONFLICT ("endpointId", "eventId") DO NOTHING
       RETURNING "id", "tenantId"`,
      params,
    );
    for (const r of rows) created.push({ id: text(r.id, "id"), tenantId: text(r.tenantId, "tenantId") });
  }
  return created;
}

/** Whether any event waits for its fan-out (a read, so an idle dispatcher writes nothing). */
export async function anyUndispatchedEvent(client: Statements): Promise<boolean> {
  return (await client.all(`SELECT 1 AS "one" FROM "OutboxEvent" WHERE "dispatchedAt" IS NULL LIMIT 1`, [])).length > 0;
}
