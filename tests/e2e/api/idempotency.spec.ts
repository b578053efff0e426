// Idempotency-Key over real HTTP (contract §9): replay of the first answer, 422 for another body under
// the same key, expiry, concurrent twins run once, per-tenant keys, header validation.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { db } from "@/lib/db/client";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

const headers = (token: string, key: string) => ({ Authorization: `Bearer ${token}`, "Idempotency-Key": key });
const couponBody = {
  name: "Once only",
  validFrom: "2026-01-01T00:00:00+01:00",
  category: { kind: "CartLevelPercentage", discount: 10 },
  currencies: [{ code: "EUR" }],
};
const sameBodyReordered = {
  currencies: [{ code: "EUR" }],
  category: { discount: 10, kind: "CartLevelPercentage" },
  validFrom: "2026-01-01T00:00:00+01:00",
  name: "Once only",
};
const couponCount = (tenantId: string) => db().offer.count({ where: { tenantId, family: "coupon" } });

test("a retried coupon create answers the first 201 again, Location included, and creates one coupon", async ({ request }) => {
  const t = await makeTenant();
  const key = randomUUID();
  const first = await request.post("/api/v1/coupons", { headers: headers(t.tokens.marketer, key), data: couponBody });
  expect(first.status(), await first.text()).toBe(201);
  expect(first.headers()["idempotent-replayed"]).toBeUndefined();
  const retry = await request.post("/api/v1/coupons", { headers: headers(t.tokens.marketer, key), data: sameBodyReordered });
  expect(retry.status()).toBe(201);
  expect(retry.headers()["idempotent-replayed"]).toBe("true");
  expect(retry.headers().location).toBe(first.headers().location);
  expect(await retry.json()).toEqual(await first.json());
  expect(await couponCount(t.tenantId)).toBe(1);
});

test("the same key with another body answers 422 naming the header, and changes nothing", async ({ request }) => {
  const t = await makeTenant();
  const key = randomUUID();
  expect((await request.post("/api/v1/coupons", { headers: headers(t.tokens.marketer, key), data: couponBody })).status()).toBe(201);
  const other = await request.post("/api/v1/coupons", {
    headers: headers(t.tokens.marketer, key),
    data: { ...couponBody, name: "Another" },
  });
  expect(other.status()).toBe(422);
  const error = await other.json();
  expect(error).toMatchObject({
    status: 422,
    code: "unprocessable",
    causes: [{ field: "Idempotency-Key", code: "idempotency_key_reused" }],
  });
  expect(error.id).toBe(other.headers()["x-request-id"]);
  const otherPath = await request.post("/api/v1/promotions", { headers: headers(t.tokens.marketer, key), data: couponBody });
  expect(otherPath.status()).toBe(422);
  expect(await db().offer.count({ where: { tenantId: t.tenantId } })).toBe(1);
});

test("redemptions: a retry replays; after the key expires the same key runs the request again", async ({ request }) => {
  const t = await makeTenant();
  await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["KEYED-1", "KEYED-2"] });
  const key = randomUUID();
  const redeem = (code: string) =>
    request.post("/api/v1/coupons/redemptions", { headers: headers(t.tokens.pos, key), data: { codes: [code], orderId: "order-1" } });
  const first = await redeem("KEYED-1");
  expect(first.status()).toBe(200);
  const replay = await redeem("KEYED-1");
  expect(replay.headers()["idempotent-replayed"]).toBe("true");
  expect(await replay.json()).toEqual(await first.json());
  expect((await redeem("KEYED-2")).status()).toBe(422);

  // 24 h later (the row aged by hand), the key is free again: another body runs and is stored.
  const aged = await db().idempotencyKey.updateMany({
    where: { tenantId: t.tenantId, key },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  expect(aged.count).toBe(1);
  const afterExpiry = await redeem("KEYED-2");
  expect(afterExpiry.status()).toBe(200);
  expect(afterExpiry.headers()["idempotent-replayed"]).toBeUndefined();
  expect((await afterExpiry.json()).redemptions[0]).toMatchObject({ code: "KEYED-2", orderId: "order-1" });
  expect(await db().redemption.count({ where: { tenantId: t.tenantId } })).toBe(2);
});

test("identical requests sent at once run once: every answer is the same coupon, all but one replayed", async ({ request }) => {
  const t = await makeTenant();
  const key = randomUUID();
  const answers = await Promise.all(
    Array.from({ length: 5 }, () => request.post("/api/v1/coupons", { headers: headers(t.tokens.marketer, key), data: couponBody })),
  );
  expect(answers.map((a) => a.status())).toEqual([201, 201, 201, 201, 201]);
  expect(answers.filter((a) => a.headers()["idempotent-replayed"] === "true")).toHaveLength(4);
  const ids = new Set(await Promise.all(answers.map(async (a) => (await a.json()).coupon.id)));
  expect(ids.size).toBe(1);
  expect(await couponCount(t.tenantId)).toBe(1);
});

test("identical redemptions sent at once redeem once and all answer the same redemption", async ({ request }) => {
  const t = await makeTenant();
  await makeOffer(t.tenantId, { family: "coupon", singleUse: true, category: { kind: "CartLevelFixed", discount: 5 }, codes: ["TWIN"] });
  const key = randomUUID();
  const answers = await Promise.all(
    Array.from({ length: 3 }, () =>
      request.post("/api/v1/coupons/redemptions", { headers: headers(t.tokens.pos, key), data: { codes: ["TWIN"], orderId: "order-9" } }),
    ),
  );
  expect(answers.map((a) => a.status())).toEqual([200, 200, 200]);
  expect(answers.filter((a) => a.headers()["idempotent-replayed"] === "true")).toHaveLength(2);
  const bodies = await Promise.all(answers.map((a) => a.json()));
  expect(bodies.map((b) => b.replayed)).toEqual([false, false, false]);
  expect(new Set(bodies.map((b) => b.redemptions[0].id)).size).toBe(1);
  expect(await db().redemption.count({ where: { tenantId: t.tenantId } })).toBe(1);
});

test("keys are per tenant; a refused request is not stored; a bad key answers 400 naming the header", async ({ request }) => {
  const [a, b] = [await makeTenant(), await makeTenant()];
  const key = randomUUID();
  const invalid = await request.post("/api/v1/coupons", { headers: headers(a.tokens.marketer, key), data: { ...couponBody, name: "" } });
  expect(invalid.status()).toBe(400);
  const inA = await request.post("/api/v1/coupons", { headers: headers(a.tokens.marketer, key), data: couponBody });
  const inB = await request.post("/api/v1/coupons", { headers: headers(b.tokens.marketer, key), data: couponBody });
  expect([inA.status(), inB.status()]).toEqual([201, 201]);
  expect(inB.headers()["idempotent-replayed"]).toBeUndefined();
  expect((await inA.json()).coupon.id).not.toBe((await inB.json()).coupon.id);

  const tooLong = await request.post("/api/v1/coupons", { headers: headers(a.tokens.marketer, "k".repeat(256)), data: couponBody });
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).causes[0]).toMatchObject({ field: "Idempotency-Key", code: "invalid_idempotency_key" });
  expect(await couponCount(a.tenantId)).toBe(1);
});
