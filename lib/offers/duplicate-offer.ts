// Copies an offer into a new, inactive one named "Copy of …" (codes and redemptions are not copied).
import { randomUUID } from "node:crypto";
import { actorLabel, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Category } from "@/lib/offers/category-schema";
import type { Family } from "@/lib/offers/family";
import { findOfferRowOrThrow, viewOf } from "@/lib/offers/get-offer-or-throw";
import { editableSnapshot } from "@/lib/offers/offer-view";
import { bumpOffersRevision, loadTenant, newVersion, syncTargets } from "@/lib/offers/offer-writes";
import type { OfferView } from "@/lib/offers/schemas";
import { Prisma } from "@/lib/generated/sqlite/client";
import { kindOfFamily } from "@/lib/versions/kinds";
import { insertVersionRow } from "@/lib/versions/queries";
import { recordPublishedVersion } from "@/lib/versions/record-published-version";

export async function duplicateOffer(actor: Actor, family: Family, id: string, options: { requestId?: string } = {}): Promise<OfferView> {
  return db().$transaction(async (tx) => {
    const tenant = await loadTenant(tx, actor.tenantId);
    const source = await findOfferRowOrThrow(tx, actor.tenantId, family, id);
    const label = actorLabel(actor);
    const { id: _id, createdAt: _c, updatedAt: _u, archivedAt: _a, redemptions: _r, codesCount: _n, ...copy } = source;
    const row = await tx.offer.create({
      data: {
        ...copy,
        id: randomUUID(),
        name: `Copy of ${source.name}`.slice(0, 200),
        active: false,
        category: source.category as object,
        currencies: source.currencies as object,
        stores: source.stores as object,
        consumers: source.consumers as object,
        channels: source.channels as object,
        segment: source.segment === null ? Prisma.DbNull : (source.segment as object),
        limits: source.limits === null ? Prisma.DbNull : (source.limits as object),
        version: newVersion(),
        createdBy: label,
        updatedBy: label,
      },
    });
    await syncTargets(tx, actor.tenantId, row.id, row.category as Category, row.stores as string[]);
    await bumpOffersRevision(tx, actor.tenantId);
    const view = viewOf(row, tenant.slug);
    // The copy starts its own history: version 1, a draft when the source exists only as a draft.
    const ref = { tenantId: actor.tenantId, kind: kindOfFamily(family), offerId: row.id };
    if (row.unpublished) await insertVersionRow(tx, ref, { snapshot: editableSnapshot(view), status: "draft", author: label });
    else await recordPublishedVersion(tx, ref, { snapshot: editableSnapshot(view), author: label });
    await recordAuditEvent(tx, actor, {
      action: "create",
      objectType: family,
      objectId: row.id,
      changes: { duplicatedFrom: id, ...editableSnapshot(view) },
      requestId: options.requestId,
    });
    return view;
  });
}
