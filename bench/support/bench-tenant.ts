// A fresh tenant for a benchmark, with one API token per role: `prefixes` maps each role to the start
// of its token (the rest is random), and the answer has the tokens to send.
import { randomUUID } from "node:crypto";
import { hashToken } from "@/lib/auth/api-tokens";
import type { Db } from "@/lib/db/client";

export async function benchTenant<Role extends string>(client: Db, prefixes: Record<Role, string>) {
  const tenant = await client.tenant.create({ data: { name: "Bench", slug: `bench-${randomUUID().slice(0, 6)}`, timeZone: "UTC" } });
  const tokens = Object.fromEntries(
    Object.entries<string>(prefixes).map(([role, prefix]) => [role, `${prefix}${randomUUID().replace(/-/g, "")}`]),
  ) as Record<Role, string>;
  for (const [role, token] of Object.entries<string>(tokens)) {
    await client.apiToken.create({
      data: {
        tenantId: tenant.id,
        name: `bench ${role}`,
        role,
        prefix: token.slice(0, 9),
        tokenHash: hashToken(token),
        createdBy: "bench",
      },
    });
  }
  return { tenant, tokens };
}
