import { describe, expect, it } from "vitest";
import {
  decidePrints,
  issuesFromStore,
  meetsThreshold,
  withinIssuingWindow,
  type CompletedSale,
  type PrintRule,
} from "@/lib/pos/print-decision";

const rule = (over: Partial<PrintRule> = {}): PrintRule => ({
  id: "r1",
  name: "10% next visit",
  description: null,
  issuedFromDate: null,
  issuedUntilDate: null,
  warehouseID: null,
  storeGroup: null,
  printedAutomaticallyInPOS: true,
  threshold: "250.00",
  measure: "dollars",
  thresholdType: "this_sale",
  promptCashier: false,
  printingCostInRewardPoints: 0,
  ...over,
});

const sale = (over: Partial<CompletedSale> = {}): CompletedSale => ({
  storeId: "hamburg",
  storeGroupId: "north",
  localDate: "2026-12-01",
  saleTotal: 250,
  rewardPointsEarned: 0,
  customer: null,
  ...over,
});

describe("threshold: this_sale", () => {
  it.each([
    ["dollars at the threshold prints", { threshold: "250.00" }, { saleTotal: 250 }, true],
    ["dollars one cent below does not", { threshold: "250.00" }, { saleTotal: 249.99 }, false],
    ["dollars above prints", { threshold: "250" }, { saleTotal: 250.01 }, true],
    ["a four-decimal threshold compares exactly", { threshold: "0.3" }, { saleTotal: 0.1 + 0.2 }, true],
    [
      "points earned at the threshold print",
      { threshold: "10", measure: "points" as const },
      { rewardPointsEarned: 10, saleTotal: 0 },
      true,
    ],
    [
      "points earned below do not, whatever the sale total",
      { threshold: "10", measure: "points" as const },
      { rewardPointsEarned: 9, saleTotal: 10_000 },
      false,
    ],
    ["no threshold: every sale qualifies", { threshold: null }, { saleTotal: 0 }, true],
  ])("%s", (_, ruleOver, saleOver, expected) => {
    expect(meetsThreshold(rule(ruleOver), sale(saleOver))).toBe(expected);
  });
});

describe("threshold: points_amt (customer's lifetime, this sale included)", () => {
  const customer = { lifetimePurchaseTotal: 400, rewardPoints: 100 };
  it.each([
    [
      "lifetime dollars reached with this sale",
      { threshold: "500", thresholdType: "points_amt" as const },
      { saleTotal: 100, customer },
      true,
    ],
    ["lifetime dollars not reached", { threshold: "500", thresholdType: "points_amt" as const }, { saleTotal: 99.99, customer }, false],
    [
      "lifetime points reached with points earned now",
      { threshold: "125", measure: "points" as const, thresholdType: "points_amt" as const },
      { rewardPointsEarned: 25, customer },
      true,
    ],
    [
      "lifetime points not reached",
      { threshold: "125", measure: "points" as const, thresholdType: "points_amt" as const },
      { rewardPointsEarned: 24, customer },
      false,
    ],
    ["no customer never qualifies", { threshold: "1", thresholdType: "points_amt" as const }, { saleTotal: 1000, customer: null }, false],
    [
      "no customer never qualifies, even without a threshold",
      { threshold: null, thresholdType: "points_amt" as const },
      { customer: null },
      false,
    ],
    [
      "a big sale alone does not count as lifetime points",
      { threshold: "125", measure: "points" as const, thresholdType: "points_amt" as const },
      { saleTotal: 10_000, customer: { lifetimePurchaseTotal: 0, rewardPoints: 0 } },
      false,
    ],
  ])("%s", (_, ruleOver, saleOver, expected) => {
    expect(meetsThreshold(rule(ruleOver), sale(saleOver))).toBe(expected);
  });
});

describe("issuing window (dates inclusive, unset bounds open)", () => {
  it.each([
    [null, null, "2026-12-01", true],
    ["2026-12-01", null, "2026-12-01", true],
    ["2026-12-01", null, "2026-11-30", false],
    [null, "2026-12-01", "2026-12-01", true],
    [null, "2026-12-01", "2026-12-02", false],
    ["2026-11-01", "2026-11-30", "2026-12-01", false],
    ["2026-11-01", "2026-11-30", "2026-11-15", true],
  ])("from %s until %s on %s → %s", (from, until, day, expected) => {
    expect(withinIssuingWindow({ issuedFromDate: from, issuedUntilDate: until }, day)).toBe(expected);
    expect(decidePrints([rule({ issuedFromDate: from, issuedUntilDate: until })], sale({ localDate: day })).length).toBe(expected ? 1 : 0);
  });
});

describe("store and store group", () => {
  it.each([
    [{ warehouseID: "hamburg" }, { storeId: "hamburg" }, true],
    [{ warehouseID: "hamburg" }, { storeId: "munich", storeGroupId: "south" }, false],
    [{ storeGroup: "north" }, { storeId: "berlin", storeGroupId: "north" }, true],
    [{ storeGroup: "north" }, { storeId: "munich", storeGroupId: "south" }, false],
    [{ storeGroup: "north" }, { storeId: "popup", storeGroupId: null }, false],
    [{}, { storeId: "anywhere", storeGroupId: null }, true],
  ])("rule %j, sale %j → %s", (ruleOver, saleOver, expected) => {
    expect(issuesFromStore({ warehouseID: null, storeGroup: null, ...ruleOver }, sale(saleOver))).toBe(expected);
  });
});

describe("decidePrints", () => {
  it("prints silently, or asks the cashier with promptCashier", () => {
    expect(decidePrints([rule()], sale())).toEqual([
      { ruleId: "r1", name: "10% next visit", printedText: "10% next visit", action: "print", printingCostInRewardPoints: 0 },
    ]);
    expect(decidePrints([rule({ promptCashier: true })], sale())[0].action).toBe("ask_cashier");
  });

  it("never prints rules the cashier issues by hand, whatever the threshold", () => {
    expect(decidePrints([rule({ printedAutomaticallyInPOS: false, threshold: null })], sale({ saleTotal: 1e6 }))).toEqual([]);
  });

  it("prints the description instead of the name when set", () => {
    expect(decidePrints([rule({ description: "Save 10% on your next visit" })], sale())[0]).toMatchObject({
      name: "10% next visit",
      printedText: "Save 10% on your next visit",
    });
  });

  it("keeps rule order and skips rules that fail any step", () => {
    const rules = [
      rule({ id: "a" }),
      rule({ id: "b", storeGroup: "south" }),
      rule({ id: "c", threshold: "1000" }),
      rule({ id: "d", threshold: "5", promptCashier: true }),
    ];
    expect(decidePrints(rules, sale()).map((d) => [d.ruleId, d.action])).toEqual([
      ["a", "print"],
      ["d", "ask_cashier"],
    ]);
  });

  it("prints a coupon with a printing cost only when the customer's points pay for it, in turn", () => {
    const costly = (id: string, cost: number) => rule({ id, printingCostInRewardPoints: cost });
    const customer = { lifetimePurchaseTotal: 0, rewardPoints: 50 };
    expect(decidePrints([costly("a", 30), costly("b", 30), costly("c", 20)], sale({ customer })).map((d) => d.ruleId)).toEqual(["a", "c"]);
    expect(decidePrints([costly("a", 1)], sale({ customer: null }))).toEqual([]);
    expect(decidePrints([costly("a", 50)], sale({ customer }))[0].printingCostInRewardPoints).toBe(50);
  });
});
