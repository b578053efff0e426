// The tenant's global exclusion list (reference §8): products never discounted by anything.
import { db, type Db, type Tx } from "@/lib/db/client";
import type { ExclusionListView } from "@/lib/offers/schemas";
import { loadTenant } from "@/lib/offers/offer-writes";

type ListRow = { ids: unknown; createdAt: Date; createdBy: string; updatedAt: Date; updatedBy: string };

export function toExclusionListView(tenantSlug: string, row: ListRow | null): ExclusionListView {
  if (!row) return { tenant: tenantSlug, ids: [], createdAt: null, createdBy: null, updatedAt: null, updatedBy: null };
  return {
    tenant: tenantSlug,
    ids: Array.isArray(row.ids) ? (row.ids as string[]) : [],
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** A tenant that never saved a list has an empty one (answered as such, not 404). */
export async function getExclusionList(tenantId: string, client: Db | Tx = db()): Promise<ExclusionListView> {
  const [tenant, row] = await Promise.all([loadTenant(client, tenantId), client.exclusionList.findUnique({ where: { tenantId } })]);
  return toExclusionListView(tenant.slug, row);
}
