// Writes a full set of editable fields onto an offer's row: the PUT of the API, and the publishing of a
// version (contract §8), which are the same write. `before.version` in the WHERE makes the check and the
// write one statement, so a concurrent writer makes it answer version_mismatch. `category` cannot change.
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { codeMaxRedemptions } from "@/lib/codes/get-coupon-for-codes";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { findOfferRowOrThrow } from "@/lib/offers/get-offer-or-throw";
import type { OfferRow } from "@/lib/offers/offer-view";
import {
  assertStoresExist,
  bumpOffersRevision,
  canonicalJson,
  newVersion,
  offerData,
  syncTargets,
  type TenantContext,
} from "@/lib/offers/offer-writes";
import type { OfferInput } from "@/lib/offers/schemas";

export function versionMismatch(family: Family, currentVersion: string): AppError {
  return AppError.versionMismatch(`this ${FAMILIES[family].label.toLowerCase()}`, currentVersion);
}

export function assertSameCategory(family: Family, before: OfferRow, category: unknown): void {
  if (canonicalJson(before.category) === canonicalJson(category)) return;
  throw AppError.field(
    "category",
    `category cannot change after creation; send the stored one (kind ${before.kind}) or create a new ${FAMILIES[family].label.toLowerCase()}`,
    "immutable",
  );
}

/**
 * `unpublished`: what the row says afterwards (false once a version is published; true while a
 * never-published offer's row mirrors its draft). Returns the row as written.
 */
export async function replaceOfferRow(
  tx: Tx,
  actor: Actor,
  tenant: TenantContext,
  family: Family,
  before: OfferRow,
  input: OfferInput,
  options: { unpublished?: boolean } = {},
): Promise<OfferRow> {
  assertSameCategory(family, before, input.category);
  const data = offerData(family, input, tenant.timeZone);
  await assertStoresExist(tx, tenant.id, data.stores);
  const { family: _family, ...changes } = data;
  const result = await tx.offer.updateMany({
    where: { id: before.id, tenantId: tenant.id, family, version: before.version, archivedAt: null },
    data: { ...changes, unpublished: options.unpublished ?? false, version: newVersion(), updatedBy: actorLabel(actor) },
  });
  if (result.count === 0) {
    const current = await findOfferRowOrThrow(tx, tenant.id, family, before.id);
    throw versionMismatch(family, current.version);
  }
  if (before.singleUse !== data.singleUse) {
    // Each code carries its own limit (the redemption UPDATE checks it in the same statement), so
    // switching singleUse re-limits every code of the coupon in this transaction.
    await tx.couponCode.updateMany({
      where: { tenantId: tenant.id, offerId: before.id },
      data: { maxRedemptions: codeMaxRedemptions(data) },
    });
  }
  await syncTargets(tx, tenant.id, before.id, input.category, data.stores);
  await bumpOffersRevision(tx, tenant.id);
  return findOfferRowOrThrow(tx, tenant.id, family, before.id);
}
