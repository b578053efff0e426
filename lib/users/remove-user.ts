import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Removes a member from the tenant (the account stays for their other tenants). */
export async function removeUser(actor: Actor, userId: string): Promise<void> {
  if (userId === actor.id) throw new AppError("conflict", "You cannot remove yourself");
  await db().$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({ where: { userId_tenantId: { userId, tenantId: actor.tenantId } } });
    if (!membership) throw AppError.notFound("User");
    await tx.membership.delete({ where: { userId_tenantId: { userId, tenantId: actor.tenantId } } });
    await recordAuditEvent(tx, actor, { action: "delete", objectType: "user", objectId: userId, changes: { role: membership.role } });
  });
}
