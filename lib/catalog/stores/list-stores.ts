import { orderByFrom, type CatalogListQuery } from "@/lib/catalog/schemas";
import { toStoreView, type StoreView } from "@/lib/catalog/stores/store-view";
import { db } from "@/lib/db/client";
import { skipTake, type Page } from "@/lib/http/pagination";

export async function listStores(tenantId: string, query: CatalogListQuery): Promise<Page<StoreView>> {
  const where = { tenantId, ...(query.q ? { OR: [{ id: { contains: query.q } }, { name: { contains: query.q } }] } : {}) };
  const [rows, total] = await Promise.all([
    db().store.findMany({ where, orderBy: orderByFrom(query.sort, ["id", "name", "timeZone", "storeGroupId", "updatedAt"], "name"), ...skipTake(query) }),
    db().store.count({ where }),
  ]);
  return { items: rows.map(toStoreView), total };
}
