import { describe, expect, it } from "vitest";
import {
  authenticateApiToken,
  createApiToken,
  hashToken,
  lastUsedWritesSettled,
  listApiTokens,
  resolveApiToken,
  revokeApiToken,
} from "@/lib/auth/api-tokens";
import { rememberedTokenIdentity, rememberTokenIdentity } from "@/lib/auth/token-liveness";
import { db } from "@/lib/db/client";
import { inSqliteTurn } from "@/lib/db/sqlite-serial";
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
    await lastUsedWritesSettled();
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

  it("a route that defers liveness gets a token this instance read within a minute as pending, any other read now", async () => {
    const t = await makeTenant();
    const { token, record } = await createApiToken(t.actors.admin, { name: "till", role: "pos" });
    const expected = { type: "token", id: record.id, tenantId: t.tenantId, role: "pos", name: "till" };

    const first = await authenticateApiToken(token, { deferLiveness: true });
    expect(first?.actor).toEqual(expected);
    expect(first?.liveness.pendingHash).toBeNull();
    const second = await authenticateApiToken(token, { deferLiveness: true });
    expect(second?.actor).toEqual(expected);
    expect(second?.liveness.pendingHash).toBe(hashToken(token));
    expect((await authenticateApiToken(token, { deferLiveness: false }))?.liveness.pendingHash).toBeNull();

    // Its own read of the pending check sees a revocation made anywhere.
    await revokeApiToken(t.actors.admin, record.id);
    const pending = (await authenticateApiToken(token, { deferLiveness: true }))!;
    await expect(pending.liveness.ensure()).rejects.toMatchObject({ code: "unauthenticated" });
    expect(rememberedTokenIdentity(hashToken(token))).toBeUndefined();
    expect(await authenticateApiToken(token, { deferLiveness: true })).toBeNull();
  });

  it("a remembered token last used over a minute ago is read now, and its last use written", async () => {
    const t = await makeTenant();
    const { token, record } = await createApiToken(t.actors.admin, { name: "till", role: "pos" });
    const actor = (await resolveApiToken(token))!;
    // Its own lastUsedAt write lands first, so the row's time below is the one the test sets.
    await lastUsedWritesSettled();
    const minuteAndMore = Date.now() - 61_000;
    rememberTokenIdentity(hashToken(token), { actor, lastUsedAtMs: minuteAndMore });
    await db().apiToken.update({ where: { id: record.id }, data: { lastUsedAt: new Date(minuteAndMore) } });

    const stale = await authenticateApiToken(token, { deferLiveness: true });
    expect(stale?.liveness.pendingHash).toBeNull();
    await lastUsedWritesSettled();
    const lastUsedAt = (await db().apiToken.findUniqueOrThrow({ where: { id: record.id } })).lastUsedAt!;
    expect(lastUsedAt.getTime()).toBeGreaterThan(minuteAndMore + 60_000);
    expect(await authenticateApiToken("cs_never-issued", { deferLiveness: true })).toBeNull();
    expect(rememberedTokenIdentity(hashToken("cs_never-issued"))).toBeUndefined();
  });

  it("a token's answer never waits for its lastUsedAt write, which waits for the database's write turn", async () => {
    const t = await makeTenant();
    const { token, record } = await createApiToken(t.actors.admin, { name: "till", role: "pos" });
    // The turn a long write holds (on SQLite an import's batch; PostgreSQL has no such turn).
    let release!: () => void;
    const held = inSqliteTurn(() => new Promise<void>((resolve) => (release = resolve)));
    const outcome = await Promise.race([
      resolveApiToken(token).then((actor) => actor?.id),
      new Promise((resolve) => setTimeout(() => resolve("waited for the write turn"), 5_000)),
    ]);
    release();
    await held;
    expect(outcome).toBe(record.id);
    await lastUsedWritesSettled();
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: record.id } })).lastUsedAt).not.toBeNull();
  });
});
