// A rule or campaign may name a store or a store group of its own tenant only.
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function assertStoreScope(
  tx: Tx,
  tenantId: string,
  scope: { warehouseID: string | null; storeGroup: string | null },
): Promise<void> {
  if (scope.warehouseID) {
    const store = await tx.store.findUnique({ where: { tenantId_id: { tenantId, id: scope.warehouseID } }, select: { id: true } });
    if (!store) throw AppError.field("warehouseID", `Store ${scope.warehouseID} does not exist`, "not_found");
  }
  if (scope.storeGroup) {
    const group = await tx.storeGroup.findUnique({ where: { tenantId_id: { tenantId, id: scope.storeGroup } }, select: { id: true } });
    if (!group) throw AppError.field("storeGroup", `Store group ${scope.storeGroup} does not exist`, "not_found");
  }
}
