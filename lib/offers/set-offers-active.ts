// Bulk enable/disable from the lists: one statement for the rows, one audit event per offer that changed.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Family } from "@/lib/offers/family";
import { bumpOffersRevision, newVersion } from "@/lib/offers/offer-writes";

export async function setOffersActive(actor: Actor, family: Family, ids: string[], active: boolean, options: { requestId?: string } = {}): Promise<{ changed: number }> {
  return db().$transaction(async (tx) => {
    const targets = await tx.offer.findMany({
      where: { tenantId: actor.tenantId, family, archivedAt: null, id: { in: ids }, active: !active },
      select: { id: true },
    });
    if (targets.length === 0) return { changed: 0 };
    const targetIds = targets.map((t) => t.id);
    // Each changed row gets a new version, so a tab holding the old one sees the conflict on save.
    await tx.offer.updateMany({ where: { tenantId: actor.tenantId, family, id: { in: targetIds } }, data: { active, version: newVersion(), updatedBy: actorLabel(actor) } });
    await bumpOffersRevision(tx, actor.tenantId);
    for (const id of targetIds) {
      await recordAuditEvent(tx, actor, { action: "update", objectType: family, objectId: id, changes: { active: { from: !active, to: active } }, requestId: options.requestId });
    }
    return { changed: targetIds.length };
  });
}
