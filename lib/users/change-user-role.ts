import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ChangeRoleInput } from "@/lib/users/schemas";

/** Changes a member's role; the last admin of a tenant cannot demote themselves out of it. */
export async function changeUserRole(actor: Actor, input: ChangeRoleInput): Promise<void> {
  await db().$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({ where: { userId_tenantId: { userId: input.userId, tenantId: actor.tenantId } } });
    if (!membership) throw AppError.notFound("User");
    if (membership.role === input.role) return;
    if (membership.role === "admin") {
      const admins = await tx.membership.count({ where: { tenantId: actor.tenantId, role: "admin" } });
      if (admins <= 1) throw AppError.field("role", "A tenant needs at least one admin", "last_admin");
    }
    await tx.membership.update({
      where: { userId_tenantId: { userId: input.userId, tenantId: actor.tenantId } },
      data: { role: input.role },
    });
    await recordAuditEvent(tx, actor, {
      action: "update",
      objectType: "user",
      objectId: input.userId,
      changes: { role: { from: membership.role, to: input.role } },
    });
  });
}
