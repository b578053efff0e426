// Printed POS coupons over HTTP (reference §9): the print decision, issuing with the printing cost (1042),
// a given serial that exists (1012), verify/redeem errors (1040, 1041, 1045).
import { expect, test } from "@playwright/test";
import { db } from "@/lib/db/client";
import { auth } from "@/tests/e2e/support/bearer";
import { fields, setup } from "@/tests/e2e/support/pos-api";
import { makeTenant } from "@/tests/factories/tenant";

test("the print decision follows the threshold, the store group and promptCashier", async ({ request }) => {
  const t = await makeTenant();
  const { rule } = await setup(request, t, { promptCashier: true });
  const evaluate = (data: Record<string, unknown>) =>
    request.post("/api/v1/pos/coupon-rules/evaluate", { headers: auth(t.tokens.pos), data });
  const hit = await evaluate({ storeId: "hamburg", saleTotal: 250 });
  expect(hit.status()).toBe(200);
  expect((await hit.json()).coupons).toEqual([
    {
      ruleId: rule.id,
      name: "Spend 250, get 10%",
      printedText: "Spend 250, get 10%",
      action: "ask_cashier",
      printingCostInRewardPoints: 0,
    },
  ]);
  expect((await (await evaluate({ storeId: "munich", saleTotal: 999 })).json()).coupons).toEqual([]);
  expect((await (await evaluate({ storeId: "hamburg", saleTotal: 249.99 })).json()).coupons).toEqual([]);
  const bad = await evaluate({ saleTotal: "lots" });
  expect(bad.status()).toBe(400);
  expect(fields(await bad.json()).sort()).toEqual(["saleTotal", "storeId"]);
});

test("issuing takes the printing cost, refusing with 1042 when the points are not enough", async ({ request }) => {
  const t = await makeTenant();
  const { rule } = await setup(request, t, { printingCostInRewardPoints: 50 });
  await db().customer.create({ data: { tenantId: t.tenantId, id: "c1", name: "Carla", segments: [], rewardPoints: 70 } });
  const issue = (data: Record<string, unknown>) =>
    request.post("/api/v1/pos/issued-coupons", {
      headers: auth(t.tokens.pos),
      data: { couponRuleId: rule.id, pointOfSaleId: "till-1", storeId: "hamburg", ...data },
    });

  const first = await issue({ customerId: "c1" });
  expect(first.status()).toBe(201);
  const { issuedCoupon } = await first.json();
  expect(issuedCoupon).toMatchObject({
    status: "ACTIVE",
    printingCostInRewardPoints: 50,
    issued: { customerId: "c1", storeId: "hamburg", pointOfSaleId: "till-1" },
  });
  expect(issuedCoupon.uniqueIdentifier).toMatch(/^\d{20}$/);

  const poor = await issue({ customerId: "c1" });
  expect(poor.status()).toBe(422);
  const body = await poor.json();
  expect(body.causes[0]).toMatchObject({ field: "customerId", code: "erply_1042" });
  expect(body.message).toMatch(/1042/);
  expect(body.message).toMatch(/has 20/);
  expect((await db().customer.findUniqueOrThrow({ where: { tenantId_id: { tenantId: t.tenantId, id: "c1" } } })).rewardPoints).toBe(20);
  const list = await (await request.get("/api/v1/pos/issued-coupons", { headers: auth(t.tokens.viewer) })).json();
  expect(list.items.map((c: { id: string }) => c.id)).toEqual([issuedCoupon.id]);

  const duplicate = await issue({ customerId: "c1", uniqueIdentifier: issuedCoupon.uniqueIdentifier });
  expect(duplicate.status()).toBe(409);
  const neither = await request.post("/api/v1/pos/issued-coupons", { headers: auth(t.tokens.pos), data: { couponRuleId: rule.id } });
  expect(neither.status()).toBe(400);
  expect(fields(await neither.json())).toEqual(["uniqueIdentifier", "pointOfSaleId"]);
  expect(
    (
      await request.post("/api/v1/pos/issued-coupons", {
        headers: auth(t.tokens.viewer),
        data: { couponRuleId: rule.id, pointOfSaleId: "x" },
      })
    ).status(),
  ).toBe(403);
});

test("a given serial that exists answers 409 with Erply's 1012", async ({ request }) => {
  const t = await makeTenant();
  const { rule } = await setup(request, t);
  const issue = () =>
    request.post("/api/v1/pos/issued-coupons", { headers: auth(t.tokens.pos), data: { couponRuleId: rule.id, uniqueIdentifier: "12345" } });
  expect((await issue()).status()).toBe(201);
  const again = await issue();
  expect(again.status()).toBe(409);
  const body = await again.json();
  expect(body.message).toMatch(/1012/);
  expect(body.causes[0]).toMatchObject({ field: "uniqueIdentifier", code: "erply_1012" });
});

test("verify and redeem answer 1040, 1041 and 1045 distinctly", async ({ request }) => {
  const t = await makeTenant();
  const { rule } = await setup(request, t);
  const issue = (data: Record<string, unknown>) =>
    request.post("/api/v1/pos/issued-coupons", { headers: auth(t.tokens.pos), data: { couponRuleId: rule.id, ...data } });
  expect((await issue({ uniqueIdentifier: "500001" })).status()).toBe(201);
  expect((await issue({ uniqueIdentifier: "500002", expiryDate: "2021-01-31" })).status()).toBe(201);
  const verify = (serial: string) =>
    request.post("/api/v1/pos/issued-coupons/verify", {
      headers: auth(t.tokens.pos),
      data: { uniqueIdentifier: serial, storeId: "hamburg" },
    });
  const redeem = (serial: string) =>
    request.post("/api/v1/pos/issued-coupons/redeem", {
      headers: auth(t.tokens.pos),
      data: { uniqueIdentifier: serial, storeId: "hamburg", pointOfSaleId: "till-2", invoiceId: "inv-77", customerId: "c5" },
    });
  const expectErply = async (response: Awaited<ReturnType<typeof verify>>, status: number, code: string) => {
    expect(response.status()).toBe(status);
    const body = await response.json();
    expect(body.causes[0]).toMatchObject({ field: "uniqueIdentifier", code });
    expect(body.message).toContain(code.replace("erply_", ""));
  };

  await expectErply(await verify("999999"), 404, "erply_1040");
  await expectErply(await redeem("999999"), 404, "erply_1040");
  await expectErply(await verify("500002"), 422, "erply_1045");
  await expectErply(await redeem("500002"), 422, "erply_1045");
  const beforeRedeem = new Date().toISOString();
  const ok = await verify("500001");
  expect(ok.status()).toBe(200);
  expect((await ok.json()).issuedCoupon).toMatchObject({ uniqueIdentifier: "500001", status: "ACTIVE" });
  const redeemed = await redeem("500001");
  expect(redeemed.status()).toBe(200);
  expect((await redeemed.json()).issuedCoupon).toMatchObject({
    status: "REDEEMED",
    redeemed: { storeId: "hamburg", pointOfSaleId: "till-2", invoiceId: "inv-77", customerId: "c5" },
  });
  await expectErply(await redeem("500001"), 409, "erply_1041");
  await expectErply(await verify("500001"), 409, "erply_1041");

  const filtered = await (await request.get("/api/v1/pos/issued-coupons?status=EXPIRED", { headers: auth(t.tokens.viewer) })).json();
  expect(filtered.items.map((c: { uniqueIdentifier: string }) => c.uniqueIdentifier)).toEqual(["500002"]);
  const changed = await (
    await request.get(`/api/v1/pos/issued-coupons?changedSince=${encodeURIComponent(beforeRedeem)}&q=5000`, {
      headers: auth(t.tokens.viewer),
    })
  ).json();
  expect(changed.items.map((c: { uniqueIdentifier: string }) => c.uniqueIdentifier)).toEqual(["500001"]);
  const both = await (
    await request.get("/api/v1/pos/issued-coupons?uniqueIdentifier=500001,500002&q=500002", { headers: auth(t.tokens.viewer) })
  ).json();
  expect(both.items.map((c: { uniqueIdentifier: string }) => c.uniqueIdentifier)).toEqual(["500002"]);
  const other = await makeTenant();
  const foreign = await request.post("/api/v1/pos/issued-coupons/redeem", {
    headers: auth(other.tokens.pos),
    data: { uniqueIdentifier: "500001" },
  });
  expect(foreign.status()).toBe(404);
  expect(
    (
      await request.post("/api/v1/pos/issued-coupons/redeem", { headers: auth(t.tokens.viewer), data: { uniqueIdentifier: "500001" } })
    ).status(),
  ).toBe(403);
});
