// POST /api/v1/promotions/cart over real HTTP: validation limits, roles, and the engine's answer.
import { randomUUID } from "node:crypto";
import { expect, test, type APIResponse } from "@playwright/test";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db/client";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const line = (productId: string, price: number, quantity = 1) => ({ productId, price, quantity });

test("prices a cart with automatic promotions and codes, and never fails on a bad code", async ({ request }) => {
  const t = await makeTenant();
  await makeOffer(t.tenantId, { name: "Spring 10%", category: { kind: "CartLevelPercentage", discount: 10 } });
  await makeOffer(t.tenantId, {
    family: "coupon",
    name: "Shoes 5 off",
    category: { kind: "ProductLevelFixed", discount: 5, products: { productIds: ["SHOE"] } },
    codes: ["SHOE5"],
  });
  const body = {
    currency: "EUR",
    couponCodes: ["SHOE5", "BOGUS"],
    items: [line("SHOE", 80), line("SOCK", 9.99, 2)],
    shipping: { price: 4.95 },
  };
  const response = await request.post("/api/v1/promotions/cart", { headers: auth(t.tokens.pos), data: body });
  expect(response.status()).toBe(200);
  const cart = await response.json();
  expect(cart.currency).toBe("EUR");
  expect(cart.items[0].discounts.map((d: { name: string; amount: number }) => [d.name, d.amount])).toEqual([
    ["Spring 10%", 8],
    ["Shoes 5 off", 5],
  ]);
  expect(cart.items[0].finalPrice).toBe(67);
  expect(cart.totals).toEqual({ subtotal: 99.98, discount: 15, shipping: 4.95, total: 89.93 });
  expect(cart.rejectedCouponCodes).toEqual([{ code: "BOGUS", reason: "not_found", message: expect.any(String) }]);
  expect(cart.trace.length).toBe(3);
  // Pricing changes nothing: the same request gives the same answer.
  const again = await request.post("/api/v1/promotions/cart", { headers: auth(t.tokens.viewer), data: body });
  expect(await again.json()).toEqual(cart);
});

test("bad carts answer 400 naming the field and the limit, never 500", async ({ request }) => {
  const t = await makeTenant();
  const cases: [unknown, string, RegExp][] = [
    [{ currency: "XXY", items: [] }, "currency", /ISO 4217/],
    [{ currency: "EUR", items: [line("A", -1)] }, "items[0].price", /zero or more/],
    [{ currency: "EUR", items: [line("A", 1, 0)] }, "items[0].quantity", /at least 1/],
    [{ currency: "EUR", items: [line("A", 1.5, 1.5)] }, "items[0].quantity", /whole number/],
    [{ currency: "JPY", items: [line("A", 100.5)] }, "items[0].price", /decimals/],
    [{ currency: "EUR", items: Array.from({ length: 10_000 }, (_, i) => line(`P${i}`, 1)) }, "items", /at most 1000 lines/],
    [{ currency: "EUR", items: [], at: "tomorrow" }, "at", /ISO 8601/],
    [{ currency: "EUR", items: [], couponCodes: [""] }, "couponCodes[0]", /empty/],
    [{ currency: "EUR" }, "items", /.+/],
    [{ currency: "EUR", items: [], extra: 1 }, "extra", /Unknown field/],
  ];
  for (const [body, field, message] of cases) {
    const response = await request.post("/api/v1/promotions/cart", { headers: auth(t.tokens.pos), data: body });
    expect(response.status(), JSON.stringify(body).slice(0, 80)).toBe(400);
    const error = await response.json();
    const cause = error.causes.find((c: { field?: string }) => c.field === field);
    expect(cause, `${field} in ${JSON.stringify(error.causes)}`).toBeTruthy();
    expect(cause.message).toMatch(message);
  }
});

test("any role may price a cart; no token may not", async ({ request }) => {
  const t = await makeTenant();
  for (const role of ["admin", "marketer", "viewer", "pos"] as const) {
    expect(
      (await request.post("/api/v1/promotions/cart", { headers: auth(t.tokens[role]), data: { currency: "USD", items: [] } })).status(),
    ).toBe(200);
  }
  expect((await request.post("/api/v1/promotions/cart", { data: { currency: "USD", items: [] } })).status()).toBe(401);
});

test("a token revoked elsewhere is refused by the very next cart, whatever else the cart holds", async ({ request }) => {
  const t = await makeTenant();
  await makeOffer(t.tenantId, { family: "coupon", name: "5 off", category: { kind: "CartLevelFixed", discount: 5 }, codes: ["LIVE5"] });
  const cartWith = (couponCodes: string[]) => ({ currency: "EUR", couponCodes, items: [line("A", 20)] });
  // A token the server has read (so it remembers who the token is), revoked from this process, as
  // another instance or the console would.
  const rememberedThenRevoked = async () => {
    const { token, record } = await createApiToken(t.actors.admin, { name: `till ${randomUUID()}`, role: "pos" });
    for (let i = 0; i < 2; i++) {
      const live = await request.post("/api/v1/promotions/cart", { headers: auth(token), data: cartWith(["LIVE5"]) });
      expect(live.status()).toBe(200);
      expect((await live.json()).totals.discount).toBe(5);
    }
    await revokeApiToken(t.actors.admin, record.id);
    return { token, id: record.id };
  };
  const expectRevoked = async (response: APIResponse) => {
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ status: 401, code: "unauthenticated", message: expect.stringMatching(/revoked/) });
    expect(response.headers()["ratelimit"]).toBeUndefined();
  };

  const known = await rememberedThenRevoked();
  await expectRevoked(await request.post("/api/v1/promotions/cart", { headers: auth(known.token), data: cartWith(["LIVE5"]) }));

  const noCodes = await rememberedThenRevoked();
  await expectRevoked(await request.post("/api/v1/promotions/cart", { headers: auth(noCodes.token), data: cartWith([]) }));

  const badBody = await rememberedThenRevoked();
  await expectRevoked(await request.post("/api/v1/promotions/cart", { headers: auth(badBody.token), data: { currency: "XXY" } }));

  const otherTenant = await rememberedThenRevoked();
  await expectRevoked(
    await request.post("/api/v1/promotions/cart", { headers: { ...auth(otherTenant.token), tenant: "someone-else" }, data: cartWith([]) }),
  );

  // The two writes a cart can make before its read, an idempotency claim and a reservation of
  // units for a code never seen, are not made for a revoked token.
  const idempotent = await rememberedThenRevoked();
  await expectRevoked(
    await request.post("/api/v1/promotions/cart", {
      headers: { ...auth(idempotent.token), "Idempotency-Key": `k-${randomUUID()}` },
      data: cartWith(["LIVE5"]),
    }),
  );
  expect(await db().idempotencyKey.count({ where: { tenantId: t.tenantId, principal: `token:${idempotent.id}` } })).toBe(0);

  const guessing = await rememberedThenRevoked();
  await expectRevoked(
    await request.post("/api/v1/promotions/cart", { headers: auth(guessing.token), data: cartWith([`NEVER-${randomUUID()}`]) }),
  );
  const callerBudget = `unknown-code:${t.tenantId}:caller:token:${guessing.id}`;
  expect(await db().rateLimitBucket.count({ where: { key: callerBudget } })).toBe(0);
});
