import { describe, expect, it } from "vitest";
import { CouponInput, CouponUpdate, OfferListQuery, PromotionInput, PromotionUpdate } from "@/lib/offers/schemas";
import { causeFields, coupon } from "./helpers";

describe("offer fields", () => {
  it("accepts a full coupon and fills the defaults", () => {
    const parsed = CouponInput.parse(
      coupon({
        stores: ["berlin"],
        consumers: ["C1"],
        segment: { key: "type", value: "gold", schema: 1 },
        maxRedemptions: 100,
        channels: ["web"],
      }),
    );
    expect(parsed).toMatchObject({ active: false, exclusive: false, singleUse: false, description: "", maxRedemptions: 100 });
  });

  it("accepts localized dates without an offset and an open end", () => {
    expect(causeFields(PromotionInput, coupon({ localizedTimezone: true, validFrom: "2026-12-01T09:00:00", validTo: undefined }))).toEqual(
      [],
    );
  });

  // [description, overrides, expected cause fields]
  const CASES: [string, Record<string, unknown>, string[]][] = [
    ["missing name", { name: "" }, ["name"]],
    ["date without offset when not localized", { validFrom: "2026-12-01T09:00:00" }, ["validFrom"]],
    [
      "offset when localized",
      { localizedTimezone: true, validFrom: "2026-12-01T09:00:00Z", validTo: "2026-12-31T09:00:00" },
      ["validFrom"],
    ],
    ["date with the wrong shape", { validFrom: "2026-12-01 09:00" }, ["validFrom"]],
    ["impossible calendar date", { validTo: "2027-02-30T00:00:00Z" }, ["validTo"]],
    ["validTo before validFrom", { validTo: "2026-11-30T00:00:00+01:00" }, ["validTo"]],
    ["validTo equal to validFrom in another offset", { validTo: "2026-12-01T08:00:00Z" }, ["validTo"]],
    ["no currencies", { currencies: [] }, ["currencies"]],
    ["duplicate currency", { currencies: [{ code: "EUR" }, { code: "EUR" }] }, ["currencies[1].code"]],
    ["unknown currency", { currencies: [{ code: "EUR" }, { code: "XYZ" }] }, ["currencies[1].code"]],
    ["lower-case currency", { currencies: [{ code: "eur" }] }, ["currencies[0].code"]],
    ["minimum with too many decimals", { currencies: [{ code: "JPY", minimumCartValue: 10.5 }] }, ["currencies[0].minimumCartValue"]],
    ["negative minimum", { currencies: [{ code: "EUR", minimumCartValue: -1 }] }, ["currencies[0].minimumCartValue"]],
    ["per-currency amount on a percentage kind", { currencies: [{ code: "EUR", amount: 5 }] }, ["currencies[0].amount"]],
    [
      "fixed amount finer than the currency",
      { category: { kind: "CartLevelFixed", discount: 5.555 }, currencies: [{ code: "EUR" }] },
      ["category.discount"],
    ],
    [
      "fixed amount with decimals in JPY",
      { category: { kind: "CartLevelFixed", discount: 5.5 }, currencies: [{ code: "EUR" }, { code: "JPY" }] },
      ["category.discount"],
    ],
    [
      "per-currency amount finer than KWD",
      { category: { kind: "CartLevelFixed", discount: 5 }, currencies: [{ code: "KWD", amount: 1.2345 }] },
      ["currencies[0].amount"],
    ],
    ["maxRedemptions 0", { maxRedemptions: 0 }, ["maxRedemptions"]],
    ["bad store id", { stores: ["ok", "not ok"] }, ["stores[1]"]],
    ["segment without value", { segment: { key: "type" } }, ["segment.value"]],
    ["unknown field", { colour: "red" }, ["colour"]],
  ];

  it.each(CASES)("%s", (_label, overrides, fields) => {
    expect(causeFields(CouponInput, coupon(overrides))).toEqual(fields);
  });

  it("accepts a fixed amount whose finer currency has its own amount", () => {
    expect(
      causeFields(
        CouponInput,
        coupon({ category: { kind: "CartLevelFixed", discount: 5.5 }, currencies: [{ code: "EUR" }, { code: "JPY", amount: 800 }] }),
      ),
    ).toEqual([]);
  });

  it("refuses coupon-only fields on promotions", () => {
    expect(causeFields(PromotionInput, coupon({ consumers: ["C1"], singleUse: true, maxRedemptions: 2 })).sort()).toEqual([
      "consumers",
      "maxRedemptions",
      "singleUse",
    ]);
  });

  it("requires a version on update and accepts the tenant echo", () => {
    expect(causeFields(CouponUpdate, coupon())).toEqual(["version"]);
    expect(causeFields(PromotionUpdate, coupon({ version: "v1", tenant: "demo" }))).toEqual([]);
  });
});

describe("list query", () => {
  it("accepts comma lists of statuses and kinds in any case", () => {
    expect(causeFields(OfferListQuery, { status: "planned,Active", kind: "freeshipping,BogoFixed", sort: "-name" })).toEqual([]);
  });

  it.each([
    [{ status: "Running" }, "status"],
    [{ kind: "Bogus" }, "kind"],
    [{ sort: "price" }, "sort"],
    [{ count: "500" }, "count"],
    [{ active: "yes" }, "active"],
  ])("refuses %j", (query, field) => {
    expect(causeFields(OfferListQuery, query)).toEqual([field]);
  });
});
