// The audit domain's writes through the driver (lib/db/driver.ts), for the checkout path: the same rows
// recordAuditEvent(s) write through Prisma everywhere else.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { AuditInput } from "@/lib/audit/record-audit-event";
import { fragments, type SqlParam, type Statements } from "@/lib/db/driver";
import type { IdStatement } from "@/lib/db/write-together";

/**
 * One multi-row INSERT of the events, answering their ids (callers keep it far below the bound-parameter
 * limits: 11 per row): the checkout path sends it together with its other writes (lib/db/write-together.ts).
 */
export function auditEventsStatement(dialect: Statements["dialect"], actor: Actor, inputs: readonly AuditInput[], now: Date): IdStatement {
  const row = `(?, ?, ?, ?, ?, ?, ?, ?, ${fragments.json(dialect)}, ?, ${fragments.timestamp(dialect)})`;
  const params: SqlParam[] = inputs.flatMap((input) => [
    randomUUID(),
    actor.tenantId,
    actor.type,
    actor.id,
    actor.name,
    input.action,
    input.objectType,
    input.objectId,
    JSON.stringify(input.changes ?? {}),
    input.requestId ?? null,
    now,
  ]);
  return {
    sql: `INSERT INTO "AuditEvent" ("id", "tenantId", "actorType", "actorId", "actorName", "action", "objectType", "objectId", "changes", "requestId", "createdAt")
     VALUES ${inputs.map(() => row).join(", ")} RETURNING "id"`,
    params,
  };
}

export async function insertAuditEvents(tx: Statements, actor: Actor, inputs: readonly AuditInput[], now: Date): Promise<void> {
  if (inputs.length === 0) return;
  const statement = auditEventsStatement(tx.dialect, actor, inputs, now);
  await tx.all(statement.sql, statement.params);
}
