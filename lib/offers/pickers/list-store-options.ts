// Stores for the offer form's store picker and the list filter.
import { db } from "@/lib/db/client";

export type StoreOption = { id: string; name: string; timeZone: string | null };

export async function listStoreOptions(tenantId: string, limit = 500): Promise<StoreOption[]> {
  return db().store.findMany({
    where: { tenantId },
    select: { id: true, name: true, timeZone: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit,
  });
}
