// Every test makes its own tenant, so tests never depend on each other's data.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/auth/api-tokens";
import { hashPassword } from "@/lib/auth/passwords";
import type { Role, UserRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";

export const TEST_PASSWORD = "test-password-123";

export type TestTenant = {
  tenantId: string;
  slug: string;
  users: Record<UserRole, { id: string; email: string; password: string }>;
  actors: Record<UserRole, Actor>;
  tokens: Record<Role, string>;
};

let passwordHash: Promise<string> | undefined;

export async function makeTenant(options: { timeZone?: string; name?: string } = {}): Promise<TestTenant> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const suffix = randomUUID().slice(0, 8);
  const tenant = await db().tenant.create({
    data: { name: options.name ?? `Test tenant ${suffix}`, slug: `t-${suffix}`, timeZone: options.timeZone ?? "Europe/Berlin" },
  });
  const users = {} as TestTenant["users"];
  const actors = {} as TestTenant["actors"];
  for (const role of ["admin", "marketer", "viewer"] as const) {
    const email = `${role}-${suffix}@tests.couponsmith.test`;
    const user = await db().user.create({ data: { email, name: `${role} ${suffix}`, passwordHash: await passwordHash } });
    await db().membership.create({ data: { userId: user.id, tenantId: tenant.id, role } });
    users[role] = { id: user.id, email, password: TEST_PASSWORD };
    actors[role] = { type: "user", id: user.id, name: user.name, tenantId: tenant.id, role };
  }
  const tokens = {} as TestTenant["tokens"];
  for (const role of ["admin", "marketer", "viewer", "pos"] as const) {
    tokens[role] = (await createApiToken(actors.admin, { name: `${role} token`, role })).token;
  }
  return { tenantId: tenant.id, slug: tenant.slug, users, actors, tokens };
}
