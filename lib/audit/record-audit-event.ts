// Every create, update and delete writes one audit event, inside the same transaction as the change.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { Db, Tx } from "@/lib/db/client";
import { sqlJson } from "@/lib/db/sql-json";
import { Prisma } from "@/lib/generated/sqlite/client";

export type AuditInput = {
  action: string;
  objectType: string;
  objectId: string;
  /** What changed: `{ field: { from, to } }` for updates, the created/deleted object otherwise. */
  changes?: unknown;
  requestId?: string;
};

export async function recordAuditEvent(client: Db | Tx, actor: Actor, input: AuditInput): Promise<void> {
  // Raw SQL: every write (a redemption too) records one event inside its transaction, and a raw insert
  // costs a fraction of a compiled Prisma create. Id and time are set here as Prisma's defaults would.
  await client.$executeRaw(Prisma.sql`
    INSERT INTO "AuditEvent" ("id", "tenantId", "actorType", "actorId", "actorName", "action", "objectType", "objectId", "changes", "requestId", "createdAt")
    VALUES (${randomUUID()}, ${actor.tenantId}, ${actor.type}, ${actor.id}, ${actor.name}, ${input.action}, ${input.objectType}, ${input.objectId},
      ${sqlJson(input.changes ?? {})}, ${input.requestId ?? null}, ${new Date()})`);
}

/** `{ field: { from, to } }` for the fields whose JSON differs; the shape the history view shows. */
export function diffFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return changes;
}
