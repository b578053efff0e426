// Reads one live (not archived) offer of the caller's tenant; another tenant's id answers 404.
import { db, type Db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { toOfferView, type OfferRow } from "@/lib/offers/offer-view";
import type { OfferView } from "@/lib/offers/schemas";
import { loadTenant } from "@/lib/offers/offer-writes";

export async function findOfferRowOrThrow(client: Db | Tx, tenantId: string, family: Family, id: string): Promise<OfferRow> {
  const row = await client.offer.findFirst({ where: { id, tenantId, family, archivedAt: null } });
  if (!row) throw AppError.notFound(`${FAMILIES[family].label} ${id}`);
  return row;
}

export async function countCodes(client: Db | Tx, tenantId: string, offerIds: string[]): Promise<Map<string, number>> {
  if (offerIds.length === 0) return new Map();
  const groups = await client.couponCode.groupBy({
    by: ["offerId"],
    where: { tenantId, offerId: { in: offerIds } },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.offerId, g._count._all]));
}

/** The view of a row that was just read or written, with its code count for coupons. */
export async function viewOf(client: Db | Tx, row: OfferRow, tenantSlug: string): Promise<OfferView> {
  const codes = row.family === "coupon" ? await countCodes(client, row.tenantId, [row.id]) : new Map<string, number>();
  return toOfferView(row, { tenant: tenantSlug, codesCount: codes.get(row.id) ?? 0 });
}

export async function getOfferOrThrow(tenantId: string, family: Family, id: string): Promise<OfferView> {
  const [row, tenant] = await Promise.all([findOfferRowOrThrow(db(), tenantId, family, id), loadTenant(db(), tenantId)]);
  return viewOf(db(), row, tenant.slug);
}
