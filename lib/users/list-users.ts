import { db } from "@/lib/db/client";
import { UserRole } from "@/lib/auth/roles";

/** The members of a tenant with their role there. */
export async function listUsers(tenantId: string) {
  const memberships = await db().membership.findMany({ where: { tenantId }, include: { user: true }, orderBy: { createdAt: "asc" } });
  return memberships.map((m) => ({
    id: m.user.id,
    email: m.user.email,
    name: m.user.name,
    role: UserRole.parse(m.role),
    since: m.createdAt.toISOString(),
  }));
}
