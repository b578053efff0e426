// Full replace (PUT) of an offer with optimistic concurrency: the caller sends the version it read;
// a stale one answers 409 `version_mismatch` and changes nothing. `category` cannot change.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { codeMaxRedemptions } from "@/lib/codes/get-coupon-for-codes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { findOfferRowOrThrow, viewOf } from "@/lib/offers/get-offer-or-throw";
import { editableSnapshot, toOfferView } from "@/lib/offers/offer-view";
import {
  assertStoresExist,
  bumpOffersRevision,
  canonicalJson,
  loadTenant,
  newVersion,
  offerData,
  syncTargets,
} from "@/lib/offers/offer-writes";
import type { OfferInput, OfferView } from "@/lib/offers/schemas";

export function versionMismatch(family: Family, currentVersion: string): AppError {
  return AppError.versionMismatch(`this ${FAMILIES[family].label.toLowerCase()}`, currentVersion);
}

export async function updateOffer(
  actor: Actor,
  family: Family,
  id: string,
  input: OfferInput & { version: string },
  options: { requestId?: string } = {},
): Promise<OfferView> {
  return db().$transaction(async (tx) => {
    const tenant = await loadTenant(tx, actor.tenantId);
    const before = await findOfferRowOrThrow(tx, actor.tenantId, family, id);
    if (before.version !== input.version) throw versionMismatch(family, before.version);
    if (canonicalJson(before.category) !== canonicalJson(input.category)) {
      throw AppError.field(
        "category",
        `category cannot change after creation; send the stored one (kind ${before.kind}) or create a new ${FAMILIES[family].label.toLowerCase()}`,
        "immutable",
      );
    }
    const data = offerData(family, input, tenant.timeZone);
    await assertStoresExist(tx, actor.tenantId, data.stores);
    // The version in the WHERE makes the check and the write one statement: a concurrent writer makes count 0.
    const { family: _family, ...changes } = data;
    const result = await tx.offer.updateMany({
      where: { id, tenantId: actor.tenantId, family, version: input.version, archivedAt: null },
      data: { ...changes, version: newVersion(), updatedBy: actorLabel(actor) },
    });
    if (result.count === 0) {
      const current = await findOfferRowOrThrow(tx, actor.tenantId, family, id);
      throw versionMismatch(family, current.version);
    }
    if (before.singleUse !== data.singleUse) {
      // Each code carries its own limit (the redemption UPDATE checks it in the same statement), so
      // switching singleUse re-limits every code of the coupon in this transaction.
      await tx.couponCode.updateMany({
        where: { tenantId: actor.tenantId, offerId: id },
        data: { maxRedemptions: codeMaxRedemptions(data) },
      });
    }
    const row = await findOfferRowOrThrow(tx, actor.tenantId, family, id);
    await syncTargets(tx, actor.tenantId, id, input.category, data.stores);
    await bumpOffersRevision(tx, actor.tenantId);
    const view = viewOf(row, tenant.slug);
    const beforeView = toOfferView(before, { tenant: tenant.slug });
    await recordAuditEvent(tx, actor, {
      action: "update",
      objectType: family,
      objectId: id,
      changes: diffFields(editableSnapshot(beforeView), editableSnapshot(view)),
      requestId: options.requestId,
    });
    return view;
  });
}
