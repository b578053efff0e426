// Creates a coupon or an automatic promotion, with its search index, audit event and cache revision.
import { randomUUID } from "node:crypto";
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Family } from "@/lib/offers/family";
import { viewOf } from "@/lib/offers/get-offer-or-throw";
import { editableSnapshot } from "@/lib/offers/offer-view";
import { assertStoresExist, bumpOffersRevision, loadTenant, newVersion, offerData, syncTargets } from "@/lib/offers/offer-writes";
import type { OfferInput, OfferView } from "@/lib/offers/schemas";

export async function createOffer(
  actor: Actor,
  family: Family,
  input: OfferInput,
  options: { requestId?: string } = {},
): Promise<OfferView> {
  return db().$transaction(async (tx) => {
    const tenant = await loadTenant(tx, actor.tenantId);
    const data = offerData(family, input, tenant.timeZone);
    await assertStoresExist(tx, actor.tenantId, data.stores);
    const label = actorLabel(actor);
    const row = await tx.offer.create({
      data: { id: randomUUID(), tenantId: actor.tenantId, ...data, version: newVersion(), createdBy: label, updatedBy: label },
    });
    await syncTargets(tx, actor.tenantId, row.id, input.category, data.stores);
    await bumpOffersRevision(tx, actor.tenantId);
    const view = viewOf(row, tenant.slug);
    await recordAuditEvent(tx, actor, {
      action: "create",
      objectType: family,
      objectId: row.id,
      changes: editableSnapshot(view),
      requestId: options.requestId,
    });
    return view;
  });
}
