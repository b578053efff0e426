// POS coupon rules over HTTP (contract §1.4, reference §9): rules and campaigns CRUD, issuing with the
// printing cost (1042), verify/redeem errors (1040, 1041, 1045), the print decision.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { db } from "@/lib/db/client";
import { makeStores } from "@/tests/factories/pos";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const fields = (body: { causes: { field?: string }[] }) => body.causes.map((c) => c.field);

async function setup(request: APIRequestContext, t: TestTenant, rule: Record<string, unknown> = {}) {
  await makeStores(t.tenantId);
  const campaign = await request.post("/api/v1/pos/campaigns", {
    headers: auth(t.tokens.marketer),
    data: { name: "10% coupon", startDate: "2020-01-01", storeGroup: "north", category: { kind: "CartLevelPercentage", discount: 10 } },
  });
  expect(campaign.status()).toBe(201);
  const campaignBody = (await campaign.json()).campaign;
  const created = await request.post("/api/v1/pos/coupon-rules", {
    headers: auth(t.tokens.marketer),
    data: {
      name: "Spend 250, get 10%",
      storeGroup: "north",
      campaignID: campaignBody.id,
      printedAutomaticallyInPOS: 1,
      threshold: "250.00",
      measure: "dollars",
      thresholdType: "this_sale",
      ...rule,
    },
  });
  expect(created.status()).toBe(201);
  return { campaign: campaignBody, rule: (await created.json()).couponRule };
}

test("campaigns: create, list, read, replace with the version, refuse a stale version and another tenant", async ({ request }) => {
  const t = await makeTenant();
  await makeStores(t.tenantId);
  const created = await request.post("/api/v1/pos/campaigns", {
    headers: auth(t.tokens.marketer),
    data: {
      name: "Apples",
      startDate: "2026-01-01",
      startTime: "09:00",
      endDate: "2026-12-31",
      warehouseID: "hamburg",
      category: {
        kind: "BogoPercentage",
        buy: { quantity: 2, products: { categories: ["fruit"] } },
        get: { quantity: 1, products: { categories: ["fruit"] } },
        discount: 100,
      },
    },
  });
  expect(created.status()).toBe(201);
  const { campaign } = await created.json();
  expect(created.headers().location).toBe(`/api/v1/pos/campaigns/${campaign.id}`);
  expect(campaign).toMatchObject({
    type: "coupon",
    enabled: true,
    currency: "EUR",
    startTime: "09:00:00",
    validFrom: "2026-01-01T09:00:00",
    validTo: "2026-12-31T23:59:59",
    warehouseID: "hamburg",
    storeGroup: null,
  });

  const list = await (await request.get("/api/v1/pos/campaigns?q=appl", { headers: auth(t.tokens.viewer) })).json();
  expect(list.items.map((c: { id: string }) => c.id)).toEqual([campaign.id]);
  expect((await (await request.get(`/api/v1/pos/campaigns/${campaign.id}`, { headers: auth(t.tokens.viewer) })).json()).campaign.name).toBe(
    "Apples",
  );

  const { id, status, validFrom, validTo, createdAt, createdBy, updatedAt, updatedBy, ...editable } = campaign;
  void [id, status, validFrom, validTo, createdAt, createdBy, updatedAt, updatedBy];
  const put = await request.put(`/api/v1/pos/campaigns/${campaign.id}`, {
    headers: auth(t.tokens.marketer),
    data: { ...editable, name: "Apples again", enabled: 0 },
  });
  expect(put.status()).toBe(200);
  expect((await put.json()).campaign).toMatchObject({ name: "Apples again", enabled: false, status: "Disabled" });
  const stale = await request.put(`/api/v1/pos/campaigns/${campaign.id}`, {
    headers: auth(t.tokens.marketer),
    data: { ...editable, name: "Lost update" },
  });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).code).toBe("version_mismatch");

  const both = await request.post("/api/v1/pos/campaigns", {
    headers: auth(t.tokens.marketer),
    data: { name: "x", startDate: "2026-01-01", warehouseID: "hamburg", storeGroup: "north", category: { kind: "FreeShipping" } },
  });
  expect(both.status()).toBe(400);
  expect(fields(await both.json())).toEqual(["warehouseID", "storeGroup"]);
  expect((await request.post("/api/v1/pos/campaigns", { headers: auth(t.tokens.viewer), data: { name: "x" } })).status()).toBe(403);

  const other = await makeTenant();
  expect((await request.get(`/api/v1/pos/campaigns/${campaign.id}`, { headers: auth(other.tokens.admin) })).status()).toBe(404);
  expect((await request.put(`/api/v1/pos/campaigns/${campaign.id}`, { headers: auth(other.tokens.admin), data: editable })).status()).toBe(
    404,
  );
});

test("coupon rules: every saveCoupon field, validation naming fields, update with the version", async ({ request }) => {
  const t = await makeTenant();
  const { campaign, rule } = await setup(request, t);
  expect(rule).toMatchObject({
    name: "Spend 250, get 10%",
    printedText: "Spend 250, get 10%",
    storeGroup: "north",
    warehouseID: null,
    campaignID: campaign.id,
    printedAutomaticallyInPOS: true,
    threshold: "250.00",
    measure: "dollars",
    thresholdType: "this_sale",
    promptCashier: false,
    printingCostInRewardPoints: 0,
  });

  const cases: [Record<string, unknown>, string[]][] = [
    [{ name: "x", warehouseID: "hamburg", storeGroup: "north" }, ["warehouseID", "storeGroup"]],
    [{ name: "x", promptCashier: 1 }, ["promptCashier"]],
    [{ name: "x", thresholdType: "lifetime", measure: "euros" }, ["measure", "thresholdType"]],
    [{ name: "x", threshold: "12,50" }, ["threshold"]],
    [{ name: "x", issuedFromDate: "2026-12-02", issuedUntilDate: "2026-12-01" }, ["issuedUntilDate"]],
    [{ name: "x", campaignID: "no-such-campaign" }, ["campaignID"]],
    [{ name: "x", storeGroup: "nowhere" }, ["storeGroup"]],
  ];
  for (const [data, expected] of cases) {
    const response = await request.post("/api/v1/pos/coupon-rules", { headers: auth(t.tokens.marketer), data });
    expect(response.status(), JSON.stringify(data)).toBe(400);
    expect(fields(await response.json()).sort()).toEqual([...expected].sort());
  }

  const numeric = await request.post("/api/v1/pos/coupon-rules", {
    headers: auth(t.tokens.marketer),
    data: {
      name: "Loyal",
      description: "Thank you!",
      code: "LOYAL",
      warehouseID: "hamburg",
      issuedFromDate: "2026-01-01",
      issuedUntilDate: "2026-12-31",
      printedAutomaticallyInPOS: true,
      promptCashier: true,
      threshold: 125,
      measure: "points",
      thresholdType: "points_amt",
      printingCostInRewardPoints: 50,
    },
  });
  expect(numeric.status()).toBe(201);
  expect((await numeric.json()).couponRule).toMatchObject({
    printedText: "Thank you!",
    threshold: "125",
    measure: "points",
    thresholdType: "points_amt",
    promptCashier: true,
    printingCostInRewardPoints: 50,
  });

  const { id, printedText, createdAt, createdBy, updatedAt, updatedBy, ...editable } = rule;
  void [id, printedText, createdAt, createdBy, updatedAt, updatedBy];
  const put = await request.put(`/api/v1/pos/coupon-rules/${rule.id}`, {
    headers: auth(t.tokens.marketer),
    data: { ...editable, threshold: 300 },
  });
  expect(put.status()).toBe(200);
  expect((await put.json()).couponRule.threshold).toBe("300");
  expect((await request.put(`/api/v1/pos/coupon-rules/${rule.id}`, { headers: auth(t.tokens.marketer), data: editable })).status()).toBe(
    409,
  );
  expect(
    (await (await request.get(`/api/v1/pos/coupon-rules/${rule.id}`, { headers: auth(t.tokens.viewer) })).json()).couponRule.threshold,
  ).toBe("300");
  expect((await (await request.get("/api/v1/pos/coupon-rules", { headers: auth(t.tokens.viewer) })).json()).pagination.total).toBe(2);
  const other = await makeTenant();
  expect((await request.get(`/api/v1/pos/coupon-rules/${rule.id}`, { headers: auth(other.tokens.admin) })).status()).toBe(404);
  expect((await request.post("/api/v1/pos/coupon-rules", { headers: auth(t.tokens.pos), data: { name: "x" } })).status()).toBe(403);
});

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
