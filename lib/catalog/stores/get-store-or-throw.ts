import { toStoreView, type StoreView } from "@/lib/catalog/stores/store-view";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function getStoreOrThrow(tenantId: string, id: string): Promise<StoreView> {
  const row = await db().store.findUnique({ where: { tenantId_id: { tenantId, id } } });
  if (!row) throw AppError.notFound(`Store ${id}`);
  return toStoreView(row);
}
