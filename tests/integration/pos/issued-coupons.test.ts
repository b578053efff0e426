import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listIssuedCoupons } from "@/lib/pos/list-issued-coupons";
import { redeemIssuedCoupon, verifyIssuedCoupon } from "@/lib/pos/redeem-issued-coupon";
import { RedeemIssuedCouponInput } from "@/lib/pos/schemas";
import { IssuedCouponListQuery } from "@/lib/pos/list-schemas";
import { issue, makePosSetup } from "@/tests/factories/pos";
import { makeTenant } from "@/tests/factories/tenant";

const redeem = (t: Awaited<ReturnType<typeof makeTenant>>, serial: string, extra: Record<string, unknown> = {}) =>
  redeemIssuedCoupon(t.actors.admin, RedeemIssuedCouponInput.parse({ uniqueIdentifier: serial, ...extra }));
const points = async (tenantId: string, id: string) =>
  (await db().customer.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } } })).rewardPoints;

describe("issuing", () => {
  it("generates a 20-digit serial, records the context, and audits", async () => {
    const t = await makeTenant();
    const { rule, campaign } = await makePosSetup(t);
    const coupon = await issue(t, {
      couponRuleId: rule.id,
      storeId: "hamburg",
      employeeId: "emp-7",
      invoiceId: "inv-1",
      expiryDate: "2099-12-31",
    });
    expect(coupon).toMatchObject({
      status: "ACTIVE",
      couponRuleId: rule.id,
      campaignId: campaign.id,
      campaignName: "10% coupon",
      printedText: "Spend 250, get 10%",
      expiryDate: "2099-12-31",
      validTo: "2099-12-31T23:59:59",
      issued: { storeId: "hamburg", pointOfSaleId: "till-1", employeeId: "emp-7", invoiceId: "inv-1" },
      redeemed: null,
    });
    expect(coupon.uniqueIdentifier).toMatch(/^\d{20}$/);
    const events = await db().auditEvent.findMany({
      where: { tenantId: t.tenantId, objectType: { in: ["issued_coupon", "pos_campaign", "pos_coupon_rule"] } },
    });
    expect(events.map((e) => `${e.objectType}:${e.action}`).sort()).toEqual([
      "issued_coupon:issue",
      "pos_campaign:create",
      "pos_coupon_rule:create",
    ]);
  });

  it("refuses a serial given twice with Erply's 1012, and an unknown or foreign rule", async () => {
    const t = await makeTenant();
    const other = await makeTenant();
    const { rule } = await makePosSetup(t);
    await issue(t, { couponRuleId: rule.id, uniqueIdentifier: "555" });
    await expect(issue(t, { couponRuleId: rule.id, uniqueIdentifier: "555" })).rejects.toMatchObject({
      code: "conflict",
      causes: [{ field: "uniqueIdentifier", code: "erply_1012" }],
    });
    await expect(issue(other, { couponRuleId: rule.id, uniqueIdentifier: "555" })).rejects.toMatchObject({
      code: "validation_failed",
      causes: [{ field: "couponRuleId" }],
    });
    expect(await db().issuedCoupon.count({ where: { tenantId: t.tenantId } })).toBe(1);
  });

  it("takes the printing cost from the customer's points, or refuses with 1042 and issues nothing", async () => {
    const t = await makeTenant();
    const { rule } = await makePosSetup(t, { rule: { printingCostInRewardPoints: 30 } });
    await db().customer.create({ data: { tenantId: t.tenantId, id: "c1", name: "Carla", segments: [], rewardPoints: 40 } });
    const first = await issue(t, { couponRuleId: rule.id, customerId: "c1" });
    expect(first.printingCostInRewardPoints).toBe(30);
    expect(await points(t.tenantId, "c1")).toBe(10);
    await expect(issue(t, { couponRuleId: rule.id, customerId: "c1" })).rejects.toMatchObject({
      code: "unprocessable",
      status: 422,
      causes: [{ field: "customerId", code: "erply_1042" }],
    });
    await expect(issue(t, { couponRuleId: rule.id })).rejects.toMatchObject({ causes: [{ code: "erply_1042" }] });
    await expect(issue(t, { couponRuleId: rule.id, customerId: "ghost" })).rejects.toMatchObject({
      causes: [{ field: "customerId", code: "not_found" }],
    });
    // A duplicate serial rolls the deduction back too.
    await db().customer.update({ where: { tenantId_id: { tenantId: t.tenantId, id: "c1" } }, data: { rewardPoints: 100 } });
    await expect(issue(t, { couponRuleId: rule.id, customerId: "c1", uniqueIdentifier: first.uniqueIdentifier })).rejects.toMatchObject({
      causes: [{ code: "erply_1012" }],
    });
    expect(await points(t.tenantId, "c1")).toBe(100);
    expect(await db().issuedCoupon.count({ where: { tenantId: t.tenantId } })).toBe(1);
  });

  it("never takes a balance below zero under concurrent issues", async () => {
    const t = await makeTenant();
    const { rule } = await makePosSetup(t, { rule: { printingCostInRewardPoints: 30 } });
    await db().customer.create({ data: { tenantId: t.tenantId, id: "c1", name: "Carla", segments: [], rewardPoints: 100 } });
    const results = await Promise.allSettled(Array.from({ length: 60 }, () => issue(t, { couponRuleId: rule.id, customerId: "c1" })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(
      results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason.causes?.[0]?.code === "erply_1042"),
    ).toBe(true);
    expect(await points(t.tenantId, "c1")).toBe(10);
    expect(await db().issuedCoupon.count({ where: { tenantId: t.tenantId } })).toBe(3);
  }, 120_000);
});

describe("verify and redeem", () => {
  it("answers 1040, 1041 and 1045 distinctly, and records the redemption", async () => {
    const t = await makeTenant();
    const { rule } = await makePosSetup(t);
    const coupon = await issue(t, { couponRuleId: rule.id, uniqueIdentifier: "1001" });
    const old = await issue(t, { couponRuleId: rule.id, uniqueIdentifier: "1002", expiryDate: "2021-01-31" });
    await expect(verifyIssuedCoupon(t.tenantId, { uniqueIdentifier: "999", storeId: null })).rejects.toMatchObject({
      status: 404,
      causes: [{ code: "erply_1040" }],
    });
    await expect(verifyIssuedCoupon(t.tenantId, { uniqueIdentifier: old.uniqueIdentifier, storeId: null })).rejects.toMatchObject({
      status: 422,
      causes: [{ code: "erply_1045" }],
    });
    expect(await verifyIssuedCoupon(t.tenantId, { uniqueIdentifier: "1001", storeId: "hamburg" })).toMatchObject({
      id: coupon.id,
      status: "ACTIVE",
    });
    const redeemed = await redeem(t, "1001", {
      storeId: "berlin",
      pointOfSaleId: "till-9",
      employeeId: "emp-2",
      customerId: "c9",
      invoiceId: "inv-9",
    });
    expect(redeemed).toMatchObject({
      status: "REDEEMED",
      redeemed: { storeId: "berlin", pointOfSaleId: "till-9", employeeId: "emp-2", customerId: "c9", invoiceId: "inv-9" },
    });
    await expect(redeem(t, "1001")).rejects.toMatchObject({ status: 409, causes: [{ code: "erply_1041" }] });
    await expect(verifyIssuedCoupon(t.tenantId, { uniqueIdentifier: "1001", storeId: null })).rejects.toMatchObject({
      causes: [{ code: "erply_1041" }],
    });
    await expect(redeem(t, "1002")).rejects.toMatchObject({ causes: [{ code: "erply_1045" }] });
    // Another tenant never sees the coupon.
    const other = await makeTenant();
    await expect(redeem(other, "1001")).rejects.toMatchObject({ causes: [{ code: "erply_1040" }] });
    expect(
      (await db().auditEvent.findMany({ where: { tenantId: t.tenantId, objectType: "issued_coupon", action: "redeem" } })).map(
        (e) => e.objectId,
      ),
    ).toEqual([coupon.id]);
  });

  it("expires with its campaign", async () => {
    const t = await makeTenant();
    const { rule } = await makePosSetup(t, { campaign: { startDate: "2020-01-01", endDate: "2021-12-31" } });
    await issue(t, { couponRuleId: rule.id, uniqueIdentifier: "2001" });
    await expect(redeem(t, "2001")).rejects.toMatchObject({ causes: [{ code: "erply_1045" }] });
  });

  it("200 concurrent redemptions of one serial succeed exactly once", async () => {
    const t = await makeTenant();
    const { rule } = await makePosSetup(t);
    await issue(t, { couponRuleId: rule.id, uniqueIdentifier: "424242" });
    const results = await Promise.allSettled(Array.from({ length: 200 }, (_, i) => redeem(t, "424242", { pointOfSaleId: `till-${i}` })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason.causes?.[0]?.code === "erply_1041"),
    ).toBe(true);
    const row = await db().issuedCoupon.findUniqueOrThrow({
      where: { tenantId_uniqueIdentifier: { tenantId: t.tenantId, uniqueIdentifier: "424242" } },
    });
    const winner = results.findIndex((r) => r.status === "fulfilled");
    expect(row).toMatchObject({ status: "REDEEMED", redeemedPointOfSaleId: `till-${winner}` });
    expect(await db().auditEvent.count({ where: { tenantId: t.tenantId, objectType: "issued_coupon", action: "redeem" } })).toBe(1);
  }, 120_000);
});

describe("listing with the filters of §9.5", () => {
  it("filters by serial, status, dates, customer and rule", async () => {
    const t = await makeTenant();
    const { rule } = await makePosSetup(t);
    const { rule: other } = await makePosSetup(await makeTenant());
    void other;
    await issue(t, { couponRuleId: rule.id, uniqueIdentifier: "3001", customerId: "anna" });
    await issue(t, { couponRuleId: rule.id, uniqueIdentifier: "3002", expiryDate: "2020-06-30" });
    await issue(t, { couponRuleId: rule.id, uniqueIdentifier: "3003" });
    await redeem(t, "3003", { customerId: "anna" });
    const list = async (query: Record<string, string>) =>
      (await listIssuedCoupons(t.tenantId, IssuedCouponListQuery.parse(query))).items.map((c) => c.uniqueIdentifier).sort();
    expect(await list({})).toEqual(["3001", "3002", "3003"]);
    expect(await list({ status: "ACTIVE" })).toEqual(["3001"]);
    expect(await list({ status: "EXPIRED" })).toEqual(["3002"]);
    expect(await list({ status: "REDEEMED" })).toEqual(["3003"]);
    expect(await list({ uniqueIdentifier: "3001,3003" })).toEqual(["3001", "3003"]);
    expect(await list({ q: "300" })).toEqual(["3001", "3002", "3003"]);
    expect(await list({ customerId: "anna" })).toEqual(["3001", "3003"]);
    expect(await list({ issuedCustomerId: "anna" })).toEqual(["3001"]);
    expect(await list({ redeemedCustomerId: "anna" })).toEqual(["3003"]);
    expect(await list({ couponRuleId: rule.id })).toEqual(["3001", "3002", "3003"]);
    expect(await list({ couponRuleId: "nope" })).toEqual([]);
    expect(await list({ issuedFrom: "2000-01-01", issuedTo: "2000-12-31" })).toEqual([]);
    expect(await list({ issuedFrom: new Date(Date.now() - 60_000).toISOString() })).toEqual(["3001", "3002", "3003"]);
    expect(await list({ redeemedFrom: "2000-01-01" })).toEqual(["3003"]);
  });
});
