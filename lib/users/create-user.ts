// Adds a person to the actor's tenant: creates the account when the email is new, or gives an
// existing account a membership here (one person can work for several tenants).
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/passwords";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { CreateUserInput } from "@/lib/users/schemas";

export async function createUser(actor: Actor, input: CreateUserInput) {
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      include: { memberships: { where: { tenantId: actor.tenantId } } },
    });
    if (existing?.memberships.length) {
      throw new AppError("conflict", `${input.email} is already a member of this tenant`, {
        causes: [{ field: "email", message: "Already a member of this tenant", code: "duplicate" }],
      });
    }
    const user = existing ?? (await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } }));
    await tx.membership.create({ data: { userId: user.id, tenantId: actor.tenantId, role: input.role } });
    await recordAuditEvent(tx, actor, {
      action: "create",
      objectType: "user",
      objectId: user.id,
      changes: { email: user.email, name: user.name, role: input.role },
    });
    return { id: user.id, email: user.email, name: user.name, role: input.role };
  });
}
