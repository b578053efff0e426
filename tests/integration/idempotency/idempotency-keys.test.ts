// The Idempotency-Key store and hook (contract §9) on the real database: the insert is an atomic claim
// under concurrency, answers replay, another request under the same key is refused, expired and
// abandoned claims are taken over, and keys are per tenant and caller.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey, type IdempotencyScope } from "@/lib/idempotency/queries";
import { runIdempotently } from "@/lib/idempotency/run-idempotently";
import { makeTenant } from "@/tests/factories/tenant";

const TTL = 60_000;
const LOCK = 5_000;
const timing = (now: Date) => ({ now, ttlMs: TTL, lockMs: LOCK });
const answer = {
  status: 201,
  headers: { location: "/api/v1/coupons/c1", "content-type": "application/json" },
  body: '{"coupon":{"id":"c1"}}',
};

function scopeIn(tenantId: string, key = randomUUID()): IdempotencyScope {
  return { tenantId, principal: "token:t1", key };
}

describe("idempotency key store", () => {
  it("lets exactly one of many concurrent claims of a key run; the others see it in progress", async () => {
    const t = await makeTenant();
    const scope = scopeIn(t.tenantId);
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 12 }, () => claimIdempotencyKey(scope, "hash-a", timing(now))));
    expect(results.filter((r) => r.outcome === "claimed")).toHaveLength(1);
    expect(results.filter((r) => r.outcome === "in_progress")).toHaveLength(11);
  });

  it("replays the stored answer to the same request and refuses another request under the key", async () => {
    const t = await makeTenant();
    const scope = scopeIn(t.tenantId);
    const now = new Date();
    const claim = await claimIdempotencyKey(scope, "hash-a", timing(now));
    expect(claim.outcome).toBe("claimed");
    if (claim.outcome !== "claimed") return;
    expect(await claimIdempotencyKey(scope, "hash-b", timing(now))).toEqual({ outcome: "other_request" });
    expect(await completeIdempotencyKey(scope, claim.claimToken, answer, now, TTL)).toBe(true);
    expect(await claimIdempotencyKey(scope, "hash-a", timing(new Date(now.getTime() + 1000)))).toEqual({ outcome: "completed", answer });
    expect(await claimIdempotencyKey(scope, "hash-b", timing(now))).toEqual({ outcome: "other_request" });
  });

  it("keeps keys apart per tenant and per caller", async () => {
    const [a, b] = [await makeTenant(), await makeTenant()];
    const key = randomUUID();
    const now = new Date();
    expect((await claimIdempotencyKey(scopeIn(a.tenantId, key), "hash-a", timing(now))).outcome).toBe("claimed");
    expect((await claimIdempotencyKey(scopeIn(b.tenantId, key), "hash-b", timing(now))).outcome).toBe("claimed");
    expect((await claimIdempotencyKey({ ...scopeIn(a.tenantId, key), principal: "user:u2" }, "hash-c", timing(now))).outcome).toBe(
      "claimed",
    );
  });

  it("takes over an expired answer once, even when several requests race for it", async () => {
    const t = await makeTenant();
    const scope = scopeIn(t.tenantId);
    const now = new Date();
    const first = await claimIdempotencyKey(scope, "hash-a", timing(now));
    if (first.outcome !== "claimed") throw new Error("first claim failed");
    await completeIdempotencyKey(scope, first.claimToken, answer, now, TTL);
    const later = new Date(now.getTime() + TTL + 1);
    const results = await Promise.all(Array.from({ length: 6 }, () => claimIdempotencyKey(scope, "hash-b", timing(later))));
    expect(results.filter((r) => r.outcome === "claimed")).toHaveLength(1);
    expect(results.filter((r) => r.outcome === "in_progress")).toHaveLength(5);
  });

  it("takes over a claim whose lock lapsed (its instance died); the old claimer can no longer store its answer", async () => {
    const t = await makeTenant();
    const scope = scopeIn(t.tenantId);
    const now = new Date();
    const dead = await claimIdempotencyKey(scope, "hash-a", timing(now));
    if (dead.outcome !== "claimed") throw new Error("first claim failed");
    expect((await claimIdempotencyKey(scope, "hash-a", timing(new Date(now.getTime() + LOCK - 1)))).outcome).toBe("in_progress");
    const heir = await claimIdempotencyKey(scope, "hash-a", timing(new Date(now.getTime() + LOCK)));
    expect(heir.outcome).toBe("claimed");
    expect(await completeIdempotencyKey(scope, dead.claimToken, answer, now, TTL)).toBe(false);
  });

  it("frees a released claim for the next attempt", async () => {
    const t = await makeTenant();
    const scope = scopeIn(t.tenantId);
    const now = new Date();
    const claim = await claimIdempotencyKey(scope, "hash-a", timing(now));
    if (claim.outcome !== "claimed") throw new Error("claim failed");
    await releaseIdempotencyKey(scope, claim.claimToken);
    expect((await claimIdempotencyKey(scope, "hash-b", timing(now))).outcome).toBe("claimed");
  });
});

describe("runIdempotently", () => {
  const post = (key: string, body: unknown) => {
    const request = new Request("http://localhost/api/v1/coupons", { method: "POST", headers: { "Idempotency-Key": key } });
    return { request, url: new URL(request.url), body };
  };

  it("runs two identical requests arriving together once: the second waits and replays the first answer", async () => {
    const t = await makeTenant();
    const key = randomUUID();
    let executions = 0;
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const execute = async () => {
      executions++;
      await gate;
      return Response.json({ coupon: { id: "c1" } }, { status: 201, headers: { Location: "/api/v1/coupons/c1" } });
    };
    const first = runIdempotently({ ...post(key, { name: "A", n: 1 }), actor: t.actors.admin }, execute);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = runIdempotently({ ...post(key, { n: 1, name: "A" }), actor: t.actors.admin }, execute);
    await new Promise((resolve) => setTimeout(resolve, 200));
    finish();
    const [a, b] = await Promise.all([first, second]);
    expect(executions).toBe(1);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.headers.get("Idempotent-Replayed")).toBeNull();
    expect(b.headers.get("Idempotent-Replayed")).toBe("true");
    expect(b.headers.get("Location")).toBe("/api/v1/coupons/c1");
    expect(await b.json()).toEqual(await a.json());
  });

  it("answers 409 when the first request is still running after the wait bound", async () => {
    const t = await makeTenant();
    const key = randomUUID();
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const first = runIdempotently({ ...post(key, { n: 1 }), actor: t.actors.admin }, async () => (await gate, Response.json({ ok: true })));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const error = await runIdempotently(
      { ...post(key, { n: 1 }), actor: t.actors.admin },
      async () => Response.json({ ok: false }),
      300,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(409);
    expect((error as AppError).causes[0]).toMatchObject({ field: "Idempotency-Key", code: "idempotency_key_in_progress" });
    finish();
    expect((await first).status).toBe(200);
  });

  it("stores no error answer: after a 4xx or a thrown error the same key runs again", async () => {
    const t = await makeTenant();
    const key = randomUUID();
    let executions = 0;
    const ctx = () => ({ ...post(key, { n: 1 }), actor: t.actors.admin });
    const refused = await runIdempotently(ctx(), async () => (executions++, Response.json({ code: "conflict" }, { status: 409 })));
    expect(refused.status).toBe(409);
    await expect(runIdempotently(ctx(), async () => (executions++, Promise.reject(new Error("boom"))))).rejects.toThrow("boom");
    const ok = await runIdempotently(ctx(), async () => (executions++, Response.json({ ok: true })));
    expect(ok.headers.get("Idempotent-Replayed")).toBeNull();
    expect(executions).toBe(3);
    const row = await db().idempotencyKey.findUnique({
      where: { tenantId_principal_key: { tenantId: t.tenantId, principal: `user:${t.actors.admin.id}`, key } },
    });
    expect(row?.responseStatus).toBe(200);
  });
});
