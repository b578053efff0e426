import { describe, expect, it } from "vitest";
import { createApiToken, listApiTokens, resolveApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db/client";
import { makeTenant } from "@/tests/factories/tenant";

describe("API tokens", () => {
  it("resolve to their tenant and role, are stored hashed, and stop working once revoked", async () => {
    const t = await makeTenant();
    const { token, record } = await createApiToken(t.actors.admin, { name: "Berlin till 3", role: "pos" });
    expect(token).toMatch(/^cs_[\w-]{32}$/);
    const stored = await db().apiToken.findUniqueOrThrow({ where: { id: record.id } });
    expect(stored.tokenHash).not.toContain(token.slice(3));
    expect(stored.tokenHash).toHaveLength(64);

    const actor = await resolveApiToken(token);
    expect(actor).toMatchObject({ type: "token", tenantId: t.tenantId, role: "pos", name: "Berlin till 3" });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: record.id } })).lastUsedAt).not.toBeNull();

    await revokeApiToken(t.actors.admin, record.id);
    expect(await resolveApiToken(token)).toBeNull();
    const listed = (await listApiTokens(t.tenantId)).find((x) => x.id === record.id);
    expect(listed?.revokedAt).not.toBeNull();
    const audit = await db().auditEvent.findMany({ where: { tenantId: t.tenantId, objectId: record.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["create", "revoke"]);
  });

  it("cannot be revoked from another tenant", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    const { record, token } = await createApiToken(a.actors.admin, { name: "a", role: "viewer" });
    await expect(revokeApiToken(b.actors.admin, record.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await resolveApiToken(token)).not.toBeNull();
  });

  it("unknown and malformed tokens resolve to nobody", async () => {
    expect(await resolveApiToken("cs_does-not-exist")).toBeNull();
    expect(await resolveApiToken("not-even-our-format")).toBeNull();
  });
});
