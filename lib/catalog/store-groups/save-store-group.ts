// Creates, renames or deletes a store group. A group that still has stores cannot be deleted: the
// stores would silently lose the group that coupon rules may target.
import type { Actor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StoreGroupInput, StoreGroupUpdate } from "@/lib/catalog/schemas";
import { countGroupStores } from "@/lib/catalog/store-groups/count-group-stores";
import { toStoreGroupView, type StoreGroupView } from "@/lib/catalog/store-groups/store-group-view";
import { assertVersion, assertWritten } from "@/lib/catalog/version";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function createStoreGroup(actor: Actor, input: StoreGroupInput): Promise<StoreGroupView> {
  return db().$transaction(async (tx) => {
    const exists = await tx.storeGroup.findUnique({ where: { tenantId_id: { tenantId: actor.tenantId, id: input.id } } });
    if (exists)
      throw new AppError("conflict", `Store group ${input.id} already exists`, {
        causes: [{ field: "id", message: "Already used by another store group", code: "duplicate" }],
      });
    const row = await tx.storeGroup.create({ data: { tenantId: actor.tenantId, id: input.id, name: input.name } });
    const view = toStoreGroupView(row, 0);
    await recordAuditEvent(tx, actor, {
      action: "create",
      objectType: "store_group",
      objectId: row.id,
      changes: { id: view.id, name: view.name },
    });
    return view;
  });
}

export async function updateStoreGroup(actor: Actor, id: string, input: StoreGroupUpdate): Promise<StoreGroupView> {
  return db().$transaction(async (tx) => {
    const before = await tx.storeGroup.findUnique({ where: { tenantId_id: { tenantId: actor.tenantId, id } } });
    if (!before) throw AppError.notFound(`Store group ${id}`);
    assertVersion(`store group ${id}`, before.version, input.version);
    const { count } = await tx.storeGroup.updateMany({
      where: { tenantId: actor.tenantId, id, version: before.version },
      data: { name: input.name, version: { increment: 1 } },
    });
    const row = assertWritten(
      `store group ${id}`,
      count,
      await tx.storeGroup.findUnique({ where: { tenantId_id: { tenantId: actor.tenantId, id } } }),
    );
    await recordAuditEvent(tx, actor, {
      action: "update",
      objectType: "store_group",
      objectId: id,
      changes: diffFields({ name: before.name }, { name: row.name }),
    });
    const counts = await countGroupStores(tx, actor.tenantId, [id]);
    return toStoreGroupView(row, counts.get(id) ?? 0);
  });
}

export async function deleteStoreGroup(actor: Actor, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const group = await tx.storeGroup.findUnique({ where: { tenantId_id: { tenantId: actor.tenantId, id } } });
    if (!group) throw AppError.notFound(`Store group ${id}`);
    const members = (await countGroupStores(tx, actor.tenantId, [id])).get(id) ?? 0;
    if (members > 0) {
      throw new AppError(
        "conflict",
        `Store group ${id} still has ${members} store${members === 1 ? "" : "s"}; move ${members === 1 ? "it" : "them"} to another group or delete ${members === 1 ? "it" : "them"} first`,
        {
          causes: [{ field: "id", message: `${members} store${members === 1 ? "" : "s"} still belong to this group`, code: "has_stores" }],
          details: { storeCount: members },
        },
      );
    }
    await tx.storeGroup.delete({ where: { tenantId_id: { tenantId: actor.tenantId, id } } });
    await recordAuditEvent(tx, actor, { action: "delete", objectType: "store_group", objectId: id, changes: { id, name: group.name } });
  });
}
