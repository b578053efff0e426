// Archives (soft-deletes) an offer that was never redeemed: it disappears from lists, the API and the
// pricing engine, but its row stays for the audit trail. A redeemed offer answers 409: deactivate it instead.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { findOfferRowOrThrow } from "@/lib/offers/get-offer-or-throw";
import { bumpOffersRevision, newVersion } from "@/lib/offers/offer-writes";
import { refreshScenarioOutcomes } from "@/lib/scenarios/refresh-scenario-outcomes";

function redeemed(family: Family, times: number): AppError {
  return new AppError(
    "conflict",
    `This ${FAMILIES[family].label.toLowerCase()} has been redeemed ${times} time(s) and cannot be archived; deactivate it instead.`,
    {
      causes: [{ message: "Only offers that were never redeemed can be archived", code: "redeemed" }],
    },
  );
}

export async function archiveOffer(actor: Actor, family: Family, id: string, options: { requestId?: string } = {}): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await findOfferRowOrThrow(tx, actor.tenantId, family, id);
    const redemptionRows = await tx.redemption.count({ where: { tenantId: actor.tenantId, offerId: id } });
    if (before.redemptions > 0 || redemptionRows > 0) throw redeemed(family, Math.max(before.redemptions, redemptionRows));
    // `redemptions: 0` in the WHERE: a redemption landing between the check and the write makes count 0.
    const result = await tx.offer.updateMany({
      where: { id, tenantId: actor.tenantId, family, archivedAt: null, redemptions: 0 },
      data: { archivedAt: new Date(), active: false, version: newVersion(), updatedBy: actorLabel(actor) },
    });
    if (result.count === 0) throw redeemed(family, 1);
    await bumpOffersRevision(tx, actor.tenantId);
    await recordAuditEvent(tx, actor, {
      action: "archive",
      objectType: family,
      objectId: id,
      changes: { name: before.name },
      requestId: options.requestId,
    });
  });
  // The offer left (or came back to) pricing: the scenarios' outcomes move with it.
  await refreshScenarioOutcomes(actor.tenantId);
}
