// POS campaigns and coupon rules over HTTP (contract §1.4, reference §9): CRUD with versions, validation
// naming the fields, tenancy. Issuing, the print decision and verify/redeem: pos-issuing.spec.ts.
import { expect, test } from "@playwright/test";
import { auth } from "@/tests/e2e/support/bearer";
import { fields, setup } from "@/tests/e2e/support/pos-api";
import { makeStores } from "@/tests/factories/pos";
import { makeTenant } from "@/tests/factories/tenant";

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
