// Deletes one of the signed-in user's saved views (another user's id matches nothing).
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

export async function deleteView(actor: Actor, id: string): Promise<void> {
  await db().savedView.deleteMany({ where: { id, tenantId: actor.tenantId, userId: actor.id } });
}
