import { orderByFrom, type StoreListQuery } from "@/lib/catalog/schemas";
import { toStoreView, type StoreView } from "@/lib/catalog/stores/store-view";
import { containsText } from "@/lib/db/dialect";
import { db } from "@/lib/db/client";
import { skipTake, type Page } from "@/lib/http/pagination";

export async function listStores(tenantId: string, query: StoreListQuery): Promise<Page<StoreView>> {
  const where = {
    tenantId,
    ...(query.q ? { OR: [{ id: containsText(query.q) }, { name: containsText(query.q) }] } : {}),
    ...(query.storeGroupId ? { storeGroupId: query.storeGroupId } : {}),
  };
  const [rows, total] = await Promise.all([
    db().store.findMany({
      where,
      orderBy: orderByFrom(query.sort, ["id", "name", "timeZone", "storeGroupId", "updatedAt"], "name"),
      ...skipTake(query),
    }),
    db().store.count({ where }),
  ]);
  return { items: rows.map(toStoreView), total };
}
