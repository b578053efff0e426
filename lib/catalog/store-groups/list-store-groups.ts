import { orderByFrom, type CatalogListQuery } from "@/lib/catalog/schemas";
import { countGroupStores } from "@/lib/catalog/store-groups/count-group-stores";
import { toStoreGroupView, type StoreGroupView } from "@/lib/catalog/store-groups/store-group-view";
import { containsText } from "@/lib/db/dialect";
import { db } from "@/lib/db/client";
import { skipTake, type Page } from "@/lib/http/pagination";

export async function listStoreGroups(tenantId: string, query: CatalogListQuery): Promise<Page<StoreGroupView>> {
  const where = { tenantId, ...(query.q ? { OR: [{ id: containsText(query.q) }, { name: containsText(query.q) }] } : {}) };
  const [rows, total] = await Promise.all([
    db().storeGroup.findMany({
      where,
      orderBy: orderByFrom(query.sort, ["id", "name", "createdAt", "updatedAt"], "name"),
      ...skipTake(query),
    }),
    db().storeGroup.count({ where }),
  ]);
  const counts = await countGroupStores(
    db(),
    tenantId,
    rows.map((r) => r.id),
  );
  return { items: rows.map((row) => toStoreGroupView(row, counts.get(row.id) ?? 0)), total };
}

/** Every group's id and name, for the store form's picker (tenants have a handful, so no paging). */
export async function listStoreGroupOptions(tenantId: string): Promise<{ id: string; name: string }[]> {
  return db().storeGroup.findMany({
    where: { tenantId },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 1000,
  });
}
