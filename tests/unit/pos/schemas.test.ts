import { describe, expect, it } from "vitest";
import { CampaignInput, CampaignUpdate, CouponRuleInput, CouponRuleUpdate, EvaluateSaleInput, IssueCouponInput } from "@/lib/pos/schemas";
import { IssuedCouponListQuery } from "@/lib/pos/list-schemas";
import { causesFromZod } from "@/lib/zod-issues";

function fieldsOf(result: { success: boolean; error?: unknown }): (string | undefined)[] {
  expect(result.success).toBe(false);
  return causesFromZod(result.error as never).map((c) => c.field);
}

describe("coupon rule validation", () => {
  const base = { name: "Spend 250, get 10%" };

  it("fills Erply's defaults and accepts 0/1 flags", () => {
    const parsed = CouponRuleInput.parse({ ...base, printedAutomaticallyInPOS: 1, promptCashier: 1, threshold: 250 });
    expect(parsed).toMatchObject({
      printedAutomaticallyInPOS: true,
      promptCashier: true,
      threshold: "250",
      measure: "dollars",
      thresholdType: "this_sale",
      printingCostInRewardPoints: 0,
      warehouseID: null,
      storeGroup: null,
      description: null,
    });
  });

  it("accepts the threshold as a number or as numeric text, kept as decimal text", () => {
    expect(CouponRuleInput.parse({ ...base, threshold: "250.00" }).threshold).toBe("250.00");
    expect(CouponRuleInput.parse({ ...base, threshold: 99.5 }).threshold).toBe("99.5");
    expect(CouponRuleInput.parse({ ...base, threshold: "" }).threshold).toBeNull();
    for (const bad of ["-1", -1, "abc", "1.23456", 1e-7, "1e3", true])
      expect(fieldsOf(CouponRuleInput.safeParse({ ...base, threshold: bad }))).toEqual(["threshold"]);
  });

  it("refuses both warehouseID and storeGroup, naming both fields", () => {
    const result = CouponRuleInput.safeParse({ ...base, warehouseID: "hamburg", storeGroup: "north" });
    expect(fieldsOf(result)).toEqual(["warehouseID", "storeGroup"]);
    expect(causesFromZod(result.error!)[0].message).toMatch(/warehouseID or storeGroup/);
    expect(CouponRuleInput.safeParse({ ...base, warehouseID: "hamburg" }).success).toBe(true);
    expect(CouponRuleInput.safeParse({ ...base, storeGroup: "north", warehouseID: "" }).success).toBe(true);
  });

  it("refuses promptCashier without automatic printing", () => {
    expect(fieldsOf(CouponRuleInput.safeParse({ ...base, promptCashier: true }))).toEqual(["promptCashier"]);
    expect(fieldsOf(CouponRuleInput.safeParse({ ...base, promptCashier: 1, printedAutomaticallyInPOS: 0 }))).toEqual(["promptCashier"]);
  });

  it("knows only the threshold types and measures of the reference", () => {
    expect(fieldsOf(CouponRuleInput.safeParse({ ...base, thresholdType: "lifetime" }))).toEqual(["thresholdType"]);
    expect(fieldsOf(CouponRuleInput.safeParse({ ...base, measure: "euros" }))).toEqual(["measure"]);
    expect(CouponRuleInput.parse({ ...base, thresholdType: "points_amt", measure: "points" })).toMatchObject({
      thresholdType: "points_amt",
      measure: "points",
    });
  });

  it("checks dates, the window order, points, ids, lengths and unknown fields", () => {
    expect(fieldsOf(CouponRuleInput.safeParse({ ...base, issuedFromDate: "2026-02-30" }))).toEqual(["issuedFromDate"]);
    expect(fieldsOf(CouponRuleInput.safeParse({ ...base, issuedFromDate: "2026-12-02", issuedUntilDate: "2026-12-01" }))).toEqual([
      "issuedUntilDate",
    ]);
    expect(CouponRuleInput.safeParse({ ...base, issuedFromDate: "2026-12-01", issuedUntilDate: "2026-12-01" }).success).toBe(true);
    expect(fieldsOf(CouponRuleInput.safeParse({ ...base, printingCostInRewardPoints: 1.5 }))).toEqual(["printingCostInRewardPoints"]);
    expect(fieldsOf(CouponRuleInput.safeParse({ ...base, printingCostInRewardPoints: -1 }))).toEqual(["printingCostInRewardPoints"]);
    expect(fieldsOf(CouponRuleInput.safeParse({ ...base, warehouseID: "no spaces" }))).toEqual(["warehouseID"]);
    expect(fieldsOf(CouponRuleInput.safeParse({ name: "" }))).toEqual(["name"]);
    expect(fieldsOf(CouponRuleInput.safeParse({ ...base, description: "x".repeat(501) }))).toEqual(["description"]);
    expect(fieldsOf(CouponRuleInput.safeParse({ ...base, printedAutomaticallyInPOS: 2 }))).toEqual(["printedAutomaticallyInPOS"]);
    expect(fieldsOf(CouponRuleInput.safeParse({ ...base, treshold: 1 }))).toEqual(["treshold"]);
    expect(fieldsOf(CouponRuleUpdate.safeParse(base))).toEqual(["version"]);
  });
});

describe("campaign validation", () => {
  const base = { name: "10% coupon", startDate: "2026-01-01", category: { kind: "CartLevelPercentage", discount: 10 } };

  it("defaults type coupon, enabled, EUR and normalises times", () => {
    expect(CampaignInput.parse({ ...base, startTime: "09:30", endDate: "2026-12-31" })).toMatchObject({
      type: "coupon",
      enabled: true,
      currency: "EUR",
      startTime: "09:30:00",
      endTime: null,
    });
  });

  it("refuses both warehouseID and storeGroup, naming both fields", () => {
    expect(fieldsOf(CampaignInput.safeParse({ ...base, warehouseID: "hamburg", storeGroup: "north" }))).toEqual([
      "warehouseID",
      "storeGroup",
    ]);
  });

  it("checks type, dates, times, award kinds and amounts", () => {
    expect(fieldsOf(CampaignInput.safeParse({ ...base, type: "auto" }))).toEqual(["type"]);
    expect(fieldsOf(CampaignInput.safeParse({ ...base, endDate: "2025-12-31" }))).toEqual(["endDate"]);
    expect(fieldsOf(CampaignInput.safeParse({ ...base, startTime: "10:00", endDate: "2026-01-01", endTime: "09:59" }))).toEqual([
      "endTime",
    ]);
    expect(fieldsOf(CampaignInput.safeParse({ ...base, endTime: "10:00" }))).toEqual(["endTime"]);
    expect(fieldsOf(CampaignInput.safeParse({ ...base, startTime: "24:00" }))).toEqual(["startTime"]);
    expect(fieldsOf(CampaignInput.safeParse({ ...base, category: { kind: "BundlePercentage", items: [], discount: 5 } }))).toEqual([
      "category.kind",
    ]);
    expect(fieldsOf(CampaignInput.safeParse({ ...base, category: { kind: "CartLevelPercentage", discount: 101 } }))).toEqual([
      "category.discount",
    ]);
    expect(fieldsOf(CampaignInput.safeParse({ ...base, category: { kind: "CartLevelFixed", discount: 5.005 } }))).toEqual([
      "category.discount",
    ]);
    expect(fieldsOf(CampaignInput.safeParse({ ...base, currency: "JPY", category: { kind: "CartLevelFixed", discount: 100.5 } }))).toEqual([
      "category.discount",
    ]);
    expect(fieldsOf(CampaignInput.safeParse({ ...base, currency: "XXX1" }))).toEqual(["currency"]);
    expect(fieldsOf(CampaignInput.safeParse({ ...base, category: { kind: "ProductLevelPercentage", discount: 5, products: {} } }))).toEqual(
      ["category.products"],
    );
    expect(fieldsOf(CampaignUpdate.safeParse(base))).toEqual(["version"]);
  });
});

describe("issuing, evaluation and list queries", () => {
  it("needs uniqueIdentifier or pointOfSaleId on create, naming both", () => {
    expect(fieldsOf(IssueCouponInput.safeParse({ couponRuleId: "r" }))).toEqual(["uniqueIdentifier", "pointOfSaleId"]);
    expect(IssueCouponInput.safeParse({ couponRuleId: "r", pointOfSaleId: "till-1" }).success).toBe(true);
    expect(IssueCouponInput.parse({ couponRuleId: "r", uniqueIdentifier: "12345678901234567890" }).uniqueIdentifier).toBe(
      "12345678901234567890",
    );
    expect(fieldsOf(IssueCouponInput.safeParse({ couponRuleId: "r", uniqueIdentifier: "123456789012345678901" }))).toEqual([
      "uniqueIdentifier",
    ]);
    expect(fieldsOf(IssueCouponInput.safeParse({ couponRuleId: "r", uniqueIdentifier: "12 34" }))).toEqual(["uniqueIdentifier"]);
  });

  it("validates a sale to evaluate", () => {
    expect(EvaluateSaleInput.parse({ storeId: "hamburg", saleTotal: 250 })).toMatchObject({ currency: "EUR" });
    expect(fieldsOf(EvaluateSaleInput.safeParse({ saleTotal: -1 }))).toEqual(["storeId", "saleTotal"]);
    expect(fieldsOf(EvaluateSaleInput.safeParse({ storeId: "s", saleTotal: "250" }))).toEqual(["saleTotal"]);
    expect(fieldsOf(EvaluateSaleInput.safeParse({ storeId: "s", saleTotal: 1, at: "yesterday" }))).toEqual(["at"]);
  });

  it("parses the issued-coupon filters", () => {
    expect(
      IssuedCouponListQuery.parse({ uniqueIdentifier: "1, 2,2", status: "EXPIRED", issuedFrom: "2026-01-01", couponRuleId: "a,b" }),
    ).toMatchObject({ uniqueIdentifier: ["1", "2"], status: "EXPIRED", issuedFrom: "2026-01-01", couponRuleId: ["a", "b"] });
    expect(IssuedCouponListQuery.parse({ status: "", issuedFrom: "" })).toMatchObject({ status: undefined, issuedFrom: undefined });
    expect(fieldsOf(IssuedCouponListQuery.safeParse({ status: "USED" }))).toEqual(["status"]);
    expect(fieldsOf(IssuedCouponListQuery.safeParse({ redeemedTo: "2026-13-01" }))).toEqual(["redeemedTo"]);
  });
});
