// Creates a coupon or an automatic promotion, with its search index, audit event, cache revision and
// version 1. `asDraft`: the offer exists only as a draft (contract §8): pricing, redemption and the
// lists' live statuses ignore it until a version is published.
import { randomUUID } from "node:crypto";
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Family } from "@/lib/offers/family";
import { viewOf } from "@/lib/offers/get-offer-or-throw";
import { editableSnapshot } from "@/lib/offers/offer-view";
import { assertStoresExist, bumpOffersRevision, loadTenant, newVersion, offerData, syncTargets } from "@/lib/offers/offer-writes";
import type { OfferInput, OfferView } from "@/lib/offers/schemas";
import { refreshScenarioOutcomes } from "@/lib/scenarios/refresh-scenario-outcomes";
import { kindOfFamily } from "@/lib/versions/kinds";
import { insertVersionRow } from "@/lib/versions/queries";
import { recordPublishedVersion } from "@/lib/versions/record-published-version";

export async function createOffer(
  actor: Actor,
  family: Family,
  input: OfferInput,
  options: { requestId?: string; asDraft?: boolean; note?: string | null } = {},
): Promise<OfferView> {
  const asDraft = options.asDraft ?? false;
  const view = await db().$transaction(async (tx) => {
    const tenant = await loadTenant(tx, actor.tenantId);
    const data = offerData(family, input, tenant.timeZone);
    await assertStoresExist(tx, actor.tenantId, data.stores);
    const label = actorLabel(actor);
    const row = await tx.offer.create({
      data: {
        id: randomUUID(),
        tenantId: actor.tenantId,
        ...data,
        unpublished: asDraft,
        version: newVersion(),
        createdBy: label,
        updatedBy: label,
      },
    });
    await syncTargets(tx, actor.tenantId, row.id, input.category, data.stores);
    await bumpOffersRevision(tx, actor.tenantId);
    const view = viewOf(row, tenant.slug);
    const ref = { tenantId: actor.tenantId, kind: kindOfFamily(family), offerId: row.id };
    const snapshot = editableSnapshot(view);
    if (asDraft) await insertVersionRow(tx, ref, { snapshot, status: "draft", author: label, note: options.note });
    else await recordPublishedVersion(tx, ref, { snapshot, author: label, note: options.note });
    await recordAuditEvent(tx, actor, {
      action: asDraft ? "create_draft" : "create",
      objectType: family,
      objectId: row.id,
      changes: snapshot,
      requestId: options.requestId,
    });
    return view;
  });
  if (!asDraft) await refreshScenarioOutcomes(actor.tenantId);
  return view;
}
