// Every create, update and delete writes one audit event, inside the same transaction as the change.
import type { Actor } from "@/lib/auth/actor";
import type { Db, Tx } from "@/lib/db/client";

export type AuditInput = {
  action: string;
  objectType: string;
  objectId: string;
  /** What changed: `{ field: { from, to } }` for updates, the created/deleted object otherwise. */
  changes?: unknown;
  requestId?: string;
};

export async function recordAuditEvent(client: Db | Tx, actor: Actor, input: AuditInput): Promise<void> {
  await client.auditEvent.create({
    data: {
      tenantId: actor.tenantId,
      actorType: actor.type,
      actorId: actor.id,
      actorName: actor.name,
      action: input.action,
      objectType: input.objectType,
      objectId: input.objectId,
      changes: (input.changes ?? {}) as object,
      requestId: input.requestId ?? null,
    },
  });
}

/** `{ field: { from, to } }` for the fields whose JSON differs; the shape the history view shows. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return changes;
}
