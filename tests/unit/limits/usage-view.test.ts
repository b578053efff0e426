// The bars' arithmetic (summarizeUsage) and the console's status word, table-first.
import { describe, expect, it } from "vitest";
import { plainMessage } from "@/lib/forms/plain-messages";
import { displayStatus, summarizeUsage } from "@/lib/limits/usage-view";

const counters = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("summarizeUsage", () => {
  it.each([
    // [counter, held, cap] → [used, reserved, remaining, exhausted]
    [0, 0, 3, [0, 0, 3, false]],
    [2, 1, 3, [1, 1, 1, false]],
    [3, 3, 3, [0, 3, 0, true]],
    [4, 0, 3, [4, 0, 0, true]], // a limit lowered below what was already used
  ] as const)("counter %i, held %i, cap %i", (counter, held, cap, expected) => {
    const summary = summarizeUsage({ redemptions: cap }, ["EUR"], "", counters({ uses: counter }), counters({ uses: held }));
    const [bar] = summary.bars;
    expect([bar.used, bar.reserved, bar.remaining, summary.exhausted]).toEqual(expected);
  });

  it("converts budgets to minor units of their currency and needs every currency spent for Exhausted", () => {
    const limits = {
      budget: [
        { currency: "EUR", amount: 10.5 },
        { currency: "JPY", amount: 800 },
      ],
      window: "day" as const,
    };
    const spentEur = counters({ "budget:EUR": 1050, "budget:JPY": 799 });
    const summary = summarizeUsage(limits, ["EUR", "JPY"], "2026-12-02", spentEur, counters({}));
    expect(summary).toMatchObject({ windowLabel: "today", exhausted: false });
    expect(summary.bars).toEqual([
      { unit: "EUR", cap: 1050, used: 1050, reserved: 0, remaining: 0 },
      { unit: "JPY", cap: 800, used: 799, reserved: 0, remaining: 1 },
    ]);
    const both = summarizeUsage(limits, ["EUR", "JPY"], "2026-12-02", counters({ "budget:EUR": 1050, "budget:JPY": 800 }), counters({}));
    expect(both.exhausted).toBe(true);
  });

  it("shows Exhausted only in place of Active", () => {
    const out = summarizeUsage({ redemptions: 1 }, ["EUR"], "", counters({ uses: 1 }), counters({}));
    expect(displayStatus("Active", out)).toBe("Exhausted");
    expect(displayStatus("Expired", out)).toBe("Expired");
    expect(displayStatus("Active", null)).toBe("Active");
  });

  it("words a limit's error by the form's label", () => {
    expect(plainMessage("limits.perCustomer must be at least 1")).toBe("The per-customer limit must be at least 1");
    expect(plainMessage("limits.redemptions must be a whole number")).toBe("The total redemptions limit must be a whole number");
  });
});
