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

/** The view of a row that was just read or written. */
export function viewOf(row: OfferRow, tenantSlug: string): OfferView {
  return toOfferView(row, { tenant: tenantSlug });
}

export async function getOfferOrThrow(tenantId: string, family: Family, id: string): Promise<OfferView> {
  const [row, tenant] = await Promise.all([findOfferRowOrThrow(db(), tenantId, family, id), loadTenant(db(), tenantId)]);
  return viewOf(row, tenant.slug);
}
