import { describe, expect, it } from "vitest";
import { crossedThresholds } from "@/lib/limits/budget-thresholds";
import { NO_CAP } from "@/lib/limits/queries";

const take = (used: number, delta: number, cap: number, scope = "budget:EUR") => ({ offerId: "o", windowKey: "", scope, delta, cap, used });

describe("crossedThresholds", () => {
  it("gives each threshold a take moved the budget across, the boundary included once", () => {
    expect(crossedThresholds([take(499, 499, 1000)])).toEqual([]);
    expect(crossedThresholds([take(500, 1, 1000)]).map((c) => c.threshold)).toEqual([50]);
    expect(crossedThresholds([take(501, 1, 1000)])).toEqual([]);
    expect(crossedThresholds([take(1000, 1000, 1000)]).map((c) => c.threshold)).toEqual([50, 80, 95, 100]);
    expect(crossedThresholds([take(949, 449, 1000)]).map((c) => c.threshold)).toEqual([80]);
    expect(crossedThresholds([take(1000, 1000, 1000)])[0]).toEqual({
      offerId: "o",
      currency: "EUR",
      windowKey: "",
      threshold: 50,
      usedMinor: 1000,
      budgetMinor: 1000,
    });
  });

  it("ignores uses, customers and budgets without cap", () => {
    expect(crossedThresholds([take(5, 5, 5, "uses"), take(1, 1, 1, "customer:a"), take(900, 900, NO_CAP)])).toEqual([]);
  });
});
