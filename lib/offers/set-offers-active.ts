// Bulk enable/disable (the lists' selection and POST /api/v1/{coupons|promotions}/bulk-activation):
// all or nothing. An id that is not a live offer of this family in this tenant (never existed,
// another tenant's, archived) refuses the whole request, so a caller never believes a switch
// happened that did not. One statement for the rows, one audit event and one published version
// (contract §8: the history keeps every live state) per offer that changed. A never-published offer
// is not live, so it cannot be switched here: its draft carries the switch until it is published.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { rowSnapshot } from "@/lib/offers/offer-view";
import { bumpOffersRevision, newVersion } from "@/lib/offers/offer-writes";
import { refreshScenarioOutcomes } from "@/lib/scenarios/refresh-scenario-outcomes";
import { kindOfFamily } from "@/lib/versions/kinds";
import { recordPublishedVersion } from "@/lib/versions/record-published-version";

export type BulkActivationResult = { active: boolean; changed: string[]; unchanged: string[] };

export async function setOffersActive(
  actor: Actor,
  family: Family,
  ids: string[],
  active: boolean,
  options: { requestId?: string } = {},
): Promise<BulkActivationResult> {
  const wanted = [...new Set(ids)];
  const result = await db().$transaction(async (tx): Promise<BulkActivationResult> => {
    const rows = await tx.offer.findMany({
      where: { tenantId: actor.tenantId, family, archivedAt: null, unpublished: false, id: { in: wanted } },
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
    const changedRows = rows.filter((row) => changed.includes(row.id));
    for (const before of changedRows) {
      const after = { ...before, active };
      await recordPublishedVersion(
        tx,
        { tenantId: actor.tenantId, kind: kindOfFamily(family), offerId: before.id },
        {
          snapshot: rowSnapshot(after),
          author: actorLabel(actor),
          previous: { snapshot: rowSnapshot(before), author: before.updatedBy, at: before.updatedAt },
        },
      );
    }
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
  if (result.changed.length > 0) await refreshScenarioOutcomes(actor.tenantId);
  return result;
}
