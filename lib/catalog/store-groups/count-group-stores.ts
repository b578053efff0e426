// Member counts for a page of store groups: one grouped query instead of one count per group.
import type { Db, Tx } from "@/lib/db/client";

export async function countGroupStores(client: Db | Tx, tenantId: string, groupIds: string[]): Promise<Map<string, number>> {
  if (groupIds.length === 0) return new Map();
  const groups = await client.store.groupBy({
    by: ["storeGroupId"],
    where: { tenantId, storeGroupId: { in: groupIds } },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.storeGroupId ?? "", g._count._all]));
}
