// Many audit events in one multi-row INSERT, for bulk paths (imports) where Prisma's createMany costs
// about a millisecond per row. Same rows as recordAuditEvent writes; call it inside the change's transaction.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { AuditInput } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db/client";
import { sqlJson } from "@/lib/db/sql-json";
import { Prisma } from "@/lib/generated/sqlite/client";

/** Keeps one statement far below SQLite's and PostgreSQL's bound-parameter limits (11 per row). */
const ROWS_PER_STATEMENT = 1000;

export async function recordAuditEvents(tx: Tx, actor: Actor, inputs: AuditInput[]): Promise<void> {
  const now = new Date();
  for (let start = 0; start < inputs.length; start += ROWS_PER_STATEMENT) {
    const values = inputs
      .slice(start, start + ROWS_PER_STATEMENT)
      .map(
        (input) =>
          Prisma.sql`(${randomUUID()}, ${actor.tenantId}, ${actor.type}, ${actor.id}, ${actor.name}, ${input.action}, ${input.objectType}, ${input.objectId}, ${sqlJson(input.changes ?? {})}, ${input.requestId ?? null}, ${now})`,
      );
    await tx.$executeRaw`
      INSERT INTO "AuditEvent" ("id", "tenantId", "actorType", "actorId", "actorName", "action", "objectType", "objectId", "changes", "requestId", "createdAt")
      VALUES ${Prisma.join(values)}`;
  }
}
