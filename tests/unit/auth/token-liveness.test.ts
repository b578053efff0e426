import { describe, expect, it } from "vitest";
import { rememberedTokenIdentity, rememberTokenIdentity, TokenLiveness } from "@/lib/auth/token-liveness";

const actor = { type: "token" as const, id: "t1", name: "till", tenantId: "tenant", role: "pos" as const };

/** A pending check whose own read answers `live`, counting how often it runs. */
function pendingWith(live: boolean, tokenHash = `hash-${Math.random()}`) {
  const reads: string[] = [];
  const liveness = TokenLiveness.pending(tokenHash, async (hash) => {
    reads.push(hash);
    return live;
  });
  return { liveness, reads, tokenHash };
}

describe("TokenLiveness", () => {
  it("a settled check asks nothing of any read", async () => {
    const liveness = TokenLiveness.settled();
    expect(liveness.pendingHash).toBeNull();
    await expect(liveness.ensure()).resolves.toBeUndefined();
  });

  it("a read that carried the check settles it, and no read of its own follows", async () => {
    const { liveness, reads, tokenHash } = pendingWith(false);
    expect(liveness.pendingHash).toBe(tokenHash);
    liveness.settle(true);
    expect(liveness.pendingHash).toBeNull();
    await liveness.ensure();
    expect(reads).toEqual([]);
  });

  it("a revoked token throws unauthenticated, on every later ensure, and is forgotten", async () => {
    const { liveness, tokenHash } = pendingWith(true);
    rememberTokenIdentity(tokenHash, { actor, lastUsedAtMs: Date.now() });
    expect(() => liveness.settle(false)).toThrow(
      expect.objectContaining({ code: "unauthenticated", message: expect.stringMatching(/revoked/) }),
    );
    expect(rememberedTokenIdentity(tokenHash)).toBeUndefined();
    await expect(liveness.ensure()).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("a read that carried no check leaves a pending one pending, and refuses once the token is revoked", async () => {
    const pending = pendingWith(true);
    pending.liveness.settle(null);
    expect(pending.liveness.pendingHash).toBe(pending.tokenHash);
    const revoked = pendingWith(false);
    await expect(revoked.liveness.ensure()).rejects.toMatchObject({ code: "unauthenticated" });
    // A retry's read, made after the refusal, carries no check and must not go on to write.
    expect(() => revoked.liveness.settle(null)).toThrow(expect.objectContaining({ code: "unauthenticated" }));
  });

  it("ensure reads once when nothing settled it, however often it is called", async () => {
    const { liveness, reads, tokenHash } = pendingWith(true);
    await Promise.all([liveness.ensure(), liveness.ensure()]);
    await liveness.ensure();
    expect(reads).toEqual([tokenHash]);
    const revoked = pendingWith(false);
    await expect(revoked.liveness.ensure()).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(revoked.liveness.ensure()).rejects.toMatchObject({ code: "unauthenticated" });
    expect(revoked.reads).toHaveLength(1);
  });

  it("remembers at most 10,000 identities, forgetting the oldest", () => {
    const first = `first-${Math.random()}`;
    rememberTokenIdentity(first, { actor, lastUsedAtMs: 1 });
    for (let i = 0; i < 10_000; i++) rememberTokenIdentity(`filler-${i}`, { actor, lastUsedAtMs: 1 });
    expect(rememberedTokenIdentity(first)).toBeUndefined();
    expect(rememberedTokenIdentity("filler-9999")).toMatchObject({ actor });
  });
});
