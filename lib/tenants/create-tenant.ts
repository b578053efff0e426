// Creates a tenant with its first admin. Used by the demo seed, tests and (later) onboarding.
import { hashPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db/client";

export type NewTenant = { name: string; slug: string; timeZone?: string };
export type FirstAdmin = { email: string; name: string; password: string };

export async function createTenant(tenant: NewTenant, admin: FirstAdmin) {
  const passwordHash = await hashPassword(admin.password);
  return db().$transaction(async (tx) => {
    const created = await tx.tenant.create({ data: { name: tenant.name, slug: tenant.slug, timeZone: tenant.timeZone ?? "UTC" } });
    const user = await tx.user.upsert({
      where: { email: admin.email.toLowerCase() },
      update: {},
      create: { email: admin.email.toLowerCase(), name: admin.name, passwordHash },
    });
    await tx.membership.create({ data: { userId: user.id, tenantId: created.id, role: "admin" } });
    return { tenant: created, admin: user };
  });
}
