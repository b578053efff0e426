// Bulk enable/disable (the lists' selection and POST /api/v1/{coupons|promotions}/bulk-activation):
// all or nothing. An id that is not a live offer of this family in this tenant (never existed,
// another tenant's, archived) refuses the whole request, so a caller never believes a switch
// happened that did not. One statement for the rows, one audit event per offer that changed.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { bumpOffersRevision, newVersion } from "@/lib/offers/offer-writes";

export type BulkActivationResult = { active: boolean; changed: string[]; unchanged: string[] };

export async function setOffersActive(
  actor: Actor,
  family: Family,
  ids: string[],
  active: boolean,
  options: { requestId?: string } = {},
): Promise<BulkActivationResult> {
  const wanted = [...new Set(ids)];
  return db().$transaction(async (tx) => {
    const rows = await tx.offer.findMany({
      where: { tenantId: actor.tenantId, family, archivedAt: null, id: { in: wanted } },
      select: { id: true, active: true },
    });
    const found = new Map(rows.map((row) => [row.id, row.active]));
    const missing = wanted.flatMap((id, index) => (found.has(id) ? [] : [{ index, id }]));
    if (missing.length > 0) {
      const label = FAMILIES[family].label.toLowerCase();
      throw new AppError(
        "not_found",
        `${missing.length} of the ${wanted.length} ${label} ids do not name a ${label} of this tenant; nothing was changed`,
        {
          causes: missing.map(({ index, id }) => ({ field: `ids[${index}]`, message: `No ${label} ${id}`, code: "not_found" })),
        },
      );
    }
    const changed = wanted.filter((id) => found.get(id) !== active);
    const unchanged = wanted.filter((id) => found.get(id) === active);
    if (changed.length === 0) return { active, changed, unchanged };
    // Each changed row gets a new version, so a tab holding the old one sees the conflict on save.
    await tx.offer.updateMany({
      where: { tenantId: actor.tenantId, family, id: { in: changed } },
      data: { active, version: newVersion(), updatedBy: actorLabel(actor) },
    });
    await bumpOffersRevision(tx, actor.tenantId);
    for (const id of changed) {
      await recordAuditEvent(tx, actor, {
        action: "update",
        objectType: family,
        objectId: id,
        changes: { active: { from: !active, to: active } },
        requestId: options.requestId,
      });
    }
    return { active, changed, unchanged };
  });
}
