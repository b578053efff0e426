// Brings an archived offer back, disabled (it was switched off when archived): it reappears in the lists
// and the API, and applies again once someone enables it. The undo of archive in the console.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { bumpOffersRevision, newVersion } from "@/lib/offers/offer-writes";
import { refreshScenarioOutcomes } from "@/lib/scenarios/refresh-scenario-outcomes";

export async function restoreOffer(actor: Actor, family: Family, id: string, options: { requestId?: string } = {}): Promise<void> {
  await db().$transaction(async (tx) => {
    const row = await tx.offer.findFirst({
      where: { id, tenantId: actor.tenantId, family, archivedAt: { not: null } },
      select: { name: true },
    });
    if (!row) throw AppError.notFound(`Archived ${FAMILIES[family].label.toLowerCase()}`);
    await tx.offer.updateMany({
      where: { id, tenantId: actor.tenantId, family },
      data: { archivedAt: null, version: newVersion(), updatedBy: actorLabel(actor) },
    });
    await bumpOffersRevision(tx, actor.tenantId);
    await recordAuditEvent(tx, actor, {
      action: "restore",
      objectType: family,
      objectId: id,
      changes: { name: row.name },
      requestId: options.requestId,
    });
  });
  // The offer left (or came back to) pricing: the scenarios' outcomes move with it.
  await refreshScenarioOutcomes(actor.tenantId);
}
