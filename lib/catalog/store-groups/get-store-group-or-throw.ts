import { countGroupStores } from "@/lib/catalog/store-groups/count-group-stores";
import { toStoreGroupView, type StoreGroupView } from "@/lib/catalog/store-groups/store-group-view";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function getStoreGroupOrThrow(tenantId: string, id: string): Promise<StoreGroupView> {
  const row = await db().storeGroup.findUnique({ where: { tenantId_id: { tenantId, id } } });
  if (!row) throw AppError.notFound(`Store group ${id}`);
  const counts = await countGroupStores(db(), tenantId, [id]);
  return toStoreGroupView(row, counts.get(id) ?? 0);
}
