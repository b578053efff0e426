// Audit events for many codes at once: the same rows recordAuditEvent writes, in one INSERT, so adding
// 1,000 codes by hand does not mean 1,000 round trips inside the transaction.
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";

export async function recordCodeAuditEvents(
  tx: Tx,
  actor: Actor,
  action: string,
  events: { objectId: string; changes: unknown }[],
): Promise<void> {
  if (events.length === 0) return;
  await tx.auditEvent.createMany({
    data: events.map((e) => ({
      tenantId: actor.tenantId,
      actorType: actor.type,
      actorId: actor.id,
      actorName: actor.name,
      action,
      objectType: "coupon_code",
      objectId: e.objectId,
      changes: e.changes as object,
    })),
  });
}
