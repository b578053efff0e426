// Creates or updates a store; the store group must exist in the same tenant.
import type { Actor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StoreInput, StoreUpdate } from "@/lib/catalog/schemas";
import { toStoreView, type StoreView } from "@/lib/catalog/stores/store-view";
import { assertVersion, assertWritten } from "@/lib/catalog/version";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

async function assertGroupExists(tx: Tx, tenantId: string, storeGroupId: string | null | undefined) {
  if (!storeGroupId) return;
  const group = await tx.storeGroup.findUnique({ where: { tenantId_id: { tenantId, id: storeGroupId } } });
  if (!group) throw AppError.field("storeGroupId", `Store group ${storeGroupId} does not exist`, "not_found");
}

export async function createStore(actor: Actor, input: StoreInput): Promise<StoreView> {
  return db().$transaction(async (tx) => {
    await assertGroupExists(tx, actor.tenantId, input.storeGroupId);
    const exists = await tx.store.findUnique({ where: { tenantId_id: { tenantId: actor.tenantId, id: input.id } } });
    if (exists)
      throw new AppError("conflict", `Store ${input.id} already exists`, {
        causes: [{ field: "id", message: "Already used by another store", code: "duplicate" }],
      });
    const row = await tx.store.create({
      data: {
        tenantId: actor.tenantId,
        id: input.id,
        name: input.name,
        timeZone: input.timeZone ?? null,
        storeGroupId: input.storeGroupId ?? null,
      },
    });
    await recordAuditEvent(tx, actor, { action: "create", objectType: "store", objectId: row.id, changes: toStoreView(row) });
    return toStoreView(row);
  });
}

export async function updateStore(actor: Actor, id: string, input: StoreUpdate): Promise<StoreView> {
  return db().$transaction(async (tx) => {
    const before = await tx.store.findUnique({ where: { tenantId_id: { tenantId: actor.tenantId, id } } });
    if (!before) throw AppError.notFound(`Store ${id}`);
    assertVersion(`store ${id}`, before.version, input.version);
    await assertGroupExists(tx, actor.tenantId, input.storeGroupId);
    const { count } = await tx.store.updateMany({
      where: { tenantId: actor.tenantId, id, version: before.version },
      data: { name: input.name, timeZone: input.timeZone ?? null, storeGroupId: input.storeGroupId ?? null, version: { increment: 1 } },
    });
    const row = assertWritten(
      `store ${id}`,
      count,
      await tx.store.findUnique({ where: { tenantId_id: { tenantId: actor.tenantId, id } } }),
    );
    const { name, timeZone, storeGroupId } = row;
    await recordAuditEvent(tx, actor, {
      action: "update",
      objectType: "store",
      objectId: id,
      changes: diffFields(
        { name: before.name, timeZone: before.timeZone, storeGroupId: before.storeGroupId },
        { name, timeZone, storeGroupId },
      ),
    });
    return toStoreView(row);
  });
}

export async function deleteStore(actor: Actor, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const result = await tx.store.deleteMany({ where: { tenantId: actor.tenantId, id } });
    if (result.count === 0) throw AppError.notFound(`Store ${id}`);
    await recordAuditEvent(tx, actor, { action: "delete", objectType: "store", objectId: id });
  });
}
