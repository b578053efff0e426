// Redemption over HTTP (contract §5): all-or-nothing, statuses, idempotent retries, reverts.
import { randomUUID } from "node:crypto";
import { expect, test, type APIResponse } from "@playwright/test";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db/client";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

test("redeem, retry, refuse a second order, revert by order and redeem again", async ({ request }) => {
  const t = await makeTenant();
  await makeOffer(t.tenantId, {
    family: "coupon",
    singleUse: true,
    category: { kind: "CartLevelFixed", discount: 5 },
    codes: ["ONE-SHOT"],
  });
  const redeem = (orderId: string) =>
    request.post("/api/v1/coupons/redemptions", {
      headers: auth(t.tokens.pos),
      data: { codes: ["ONE-SHOT"], orderId, currency: "EUR", catalogTotal: 42 },
    });

  const first = await redeem("order-1");
  expect(first.status()).toBe(200);
  const body = await first.json();
  expect(body).toMatchObject({
    replayed: false,
    redemptions: [{ code: "ONE-SHOT", orderId: "order-1", status: "redeemed", catalogTotal: 42, currency: "EUR" }],
  });

  const retry = await redeem("order-1");
  expect(retry.status()).toBe(200);
  expect((await retry.json()).redemptions[0].id).toBe(body.redemptions[0].id);

  const second = await redeem("order-2");
  expect(second.status()).toBe(409);
  expect((await second.json()).causes[0]).toMatchObject({ field: "codes[0]", code: "redemption_limit_reached" });

  const failed = await request.post("/api/v1/orders/order-1/failed", { headers: auth(t.tokens.pos) });
  expect(failed.status()).toBe(200);
  expect((await failed.json()).redemptions[0]).toMatchObject({ status: "reverted" });
  expect((await redeem("order-2")).status()).toBe(200);
});

test("revert by id gives one use back, once", async ({ request }) => {
  const t = await makeTenant();
  await makeOffer(t.tenantId, { family: "coupon", singleUse: true, category: { kind: "CartLevelFixed", discount: 5 }, codes: ["R1"] });
  const { redemptions } = await (
    await request.post("/api/v1/coupons/redemptions", { headers: auth(t.tokens.pos), data: { codes: ["R1"], orderId: "o" } })
  ).json();
  for (let i = 0; i < 2; i++) {
    const revert = await request.post(`/api/v1/coupons/redemptions/${redemptions[0].id}/revert`, { headers: auth(t.tokens.pos) });
    expect(revert.status()).toBe(200);
    expect((await revert.json()).redemption.status).toBe("reverted");
  }
  expect(
    (await request.post("/api/v1/coupons/redemptions", { headers: auth(t.tokens.pos), data: { codes: ["R1"], orderId: "o2" } })).status(),
  ).toBe(200);
  expect(
    (await request.post("/api/v1/coupons/redemptions", { headers: auth(t.tokens.pos), data: { codes: ["R1"], orderId: "o3" } })).status(),
  ).toBe(409);
});

test("bad requests and wrong roles are refused without redeeming anything", async ({ request }) => {
  const t = await makeTenant();
  await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["KEEP"] });
  const cases: [unknown, string][] = [
    [{ orderId: "o" }, "codes"],
    [{ codes: [], orderId: "o" }, "codes"],
    [{ codes: ["KEEP", "KEEP"], orderId: "o" }, "codes[1]"],
    [{ codes: ["KEEP"] }, "orderId"],
    [{ codes: ["KEEP"], orderId: "o", catalogTotal: -1 }, "catalogTotal"],
  ];
  for (const [data, field] of cases) {
    const response = await request.post("/api/v1/coupons/redemptions", { headers: auth(t.tokens.pos), data });
    expect(response.status()).toBe(400);
    expect((await response.json()).causes.map((c: { field: string }) => c.field)).toContain(field);
  }
  expect(
    (
      await request.post("/api/v1/coupons/redemptions", { headers: auth(t.tokens.viewer), data: { codes: ["KEEP"], orderId: "o" } })
    ).status(),
  ).toBe(403);
  const mixed = await request.post("/api/v1/coupons/redemptions", {
    headers: auth(t.tokens.pos),
    data: { codes: ["KEEP", "MISSING"], orderId: "o" },
  });
  expect(mixed.status()).toBe(404);
  expect((await mixed.json()).causes).toEqual([expect.objectContaining({ field: "codes[1]", code: "not_found" })]);
  const other = await makeTenant();
  expect((await request.post("/api/v1/coupons/redemptions/not-a-real-id/revert", { headers: auth(other.tokens.pos) })).status()).toBe(404);
});

test("guessing defence: unknown codes spend the caller's budget, then redemption answers 429 with Retry-After", async ({ request }) => {
  const t = await makeTenant();
  await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["REAL-CODE"] });
  // The budgets are the tenant's own (per token and per address inside it), so this test's fresh tenant
  // keeps its spending out of every other test's budget.
  const headers = auth(t.tokens.pos);
  const guesses = (from: number, count: number) => Array.from({ length: count }, (_, i) => `GUESS-${from + i}`);
  const redeem = (codes: string[], orderId: string) => request.post("/api/v1/coupons/redemptions", { headers, data: { codes, orderId } });

  const first = await redeem(guesses(0, 50), "guess-1");
  expect(first.status()).toBe(404);
  expect((await first.json()).causes).toHaveLength(50);
  expect(first.headers().ratelimit).toMatch(/^"unknown-codes-per-caller";r=10;t=\d+, "unknown-codes-per-address";r=10;t=\d+$/);
  expect((await redeem(guesses(50, 10), "guess-2")).status()).toBe(404); // 60 unknown codes: the default budget

  const limited = await redeem(["REAL-CODE"], "honest-order");
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect(limited.headers()["ratelimit-policy"]).toBe(`"unknown-codes-per-caller";q=60;w=60, "unknown-codes-per-address";q=60;w=60`);
  expect((await limited.json()).type).toBe("rate_limit");
  // Refused before the lookup: nothing was redeemed.
  expect((await db().couponCode.findFirst({ where: { tenantId: t.tenantId, code: "REAL-CODE" } }))?.redemptions).toBe(0);
});

test("a token revoked elsewhere redeems nothing and confirms no reservation, on its very next request", async ({ request }) => {
  const t = await makeTenant();
  await makeOffer(t.tenantId, { family: "coupon", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["MANY-USE"] });
  const redeem = (token: string, data: Record<string, unknown>) =>
    request.post("/api/v1/coupons/redemptions", { headers: auth(token), data: { currency: "EUR", catalogTotal: 20, ...data } });
  // A token the server has read (so it remembers who the token is), revoked from this process, as
  // another instance or the console would.
  const rememberedThenRevoked = async () => {
    const { token, record } = await createApiToken(t.actors.admin, { name: `till ${randomUUID()}`, role: "pos" });
    for (const orderId of [`warm-${randomUUID()}`, `warm-${randomUUID()}`]) {
      expect((await redeem(token, { codes: ["MANY-USE"], orderId })).status()).toBe(200);
    }
    await revokeApiToken(t.actors.admin, record.id);
    return token;
  };
  const expectRevoked = async (response: APIResponse) => {
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ status: 401, code: "unauthenticated", message: expect.stringMatching(/revoked/) });
  };

  await expectRevoked(await redeem(await rememberedThenRevoked(), { codes: ["MANY-USE"], orderId: "after-revoke" }));
  expect(await db().redemption.count({ where: { tenantId: t.tenantId, orderId: "after-revoke" } })).toBe(0);

  const reserved = await request.post("/api/v1/coupons/reservations", {
    headers: auth(t.tokens.pos),
    data: { codes: ["MANY-USE"], orderId: "held", cart: { currency: "EUR", items: [{ productId: "A", price: 20, quantity: 1 }] } },
  });
  expect(reserved.status()).toBe(201);
  const reservationId = (await reserved.json()).reservation.id;
  await expectRevoked(await redeem(await rememberedThenRevoked(), { codes: [], orderId: "held", reservationId }));
  expect((await db().reservation.findUniqueOrThrow({ where: { id: reservationId } })).status).toBe("active");
  // The live token confirms it.
  expect((await redeem(t.tokens.pos, { codes: [], orderId: "held", reservationId })).status()).toBe(200);
  expect((await db().reservation.findUniqueOrThrow({ where: { id: reservationId } })).status).toBe("confirmed");
});
