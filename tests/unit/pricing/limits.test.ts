// Contract §4.9 / §7: the limit reasons, from the usage the caller passes (the engine reads no counters).
import { describe, expect, it } from "vitest";
import { cart, codes, coupon, item, offer, price, traceOf } from "./fixtures";

const save = coupon({ kind: "CartLevelFixed", discount: 5 }, { id: "save", name: "Save 5" });
type Limits = NonNullable<NonNullable<Parameters<typeof coupon>[1]>["limits"]>;
const withLimits = (limits: Limits | { readonly budget: readonly { currency: string; amount: number }[] }) => ({
  ...save,
  limits: limits as Limits,
});
const run = (
  limits: Parameters<typeof withLimits>[0],
  usage: { uses: number; customerUses: number; spentMinor: number } | undefined,
  customerId: string | null = "c1",
) =>
  price([withLimits(limits)], cart([item("a", 60)], { couponCodes: ["SAVE"], customerId: customerId ?? undefined }), {
    codes: codes({ SAVE: "save" }),
    ...(usage ? { usage: { save: usage } } : {}),
  });

describe("limit reasons", () => {
  it.each([
    [
      "redemption_limit_reached",
      { redemptions: 3 },
      { uses: 3, customerUses: 0, spentMinor: 0 },
      "c1",
      "Code SAVE has reached its redemption limit.",
    ],
    [
      "customer_limit_reached",
      { perCustomer: 1 },
      { uses: 5, customerUses: 1, spentMinor: 0 },
      "c1",
      "Code SAVE has reached its limit for this customer.",
    ],
    [
      "customer_limit_reached (no customer)",
      { perCustomer: 1 },
      undefined,
      null,
      "Code SAVE is limited per customer and the cart names no customer.",
    ],
    [
      "budget_exhausted",
      { budget: [{ currency: "USD", amount: 10 }] },
      { uses: 2, customerUses: 0, spentMinor: 1000 },
      "c1",
      "Code SAVE has used up its budget in USD.",
    ],
  ] as const)("%s", (label, limits, usage, customerId, message) => {
    const rejected = run(limits, usage, customerId).rejectedCouponCodes;
    expect(rejected).toEqual([{ code: "SAVE", reason: label.split(" ")[0], message }]);
  });

  it("checks them in the §4.9 order: uses, then the customer's, then the budget", () => {
    const all = { redemptions: 1, perCustomer: 1, budget: [{ currency: "USD", amount: 1 }] };
    expect(run(all, { uses: 1, customerUses: 1, spentMinor: 100 }).rejectedCouponCodes[0].reason).toBe("redemption_limit_reached");
    expect(run(all, { uses: 0, customerUses: 1, spentMinor: 100 }).rejectedCouponCodes[0].reason).toBe("customer_limit_reached");
    expect(run(all, { uses: 0, customerUses: 0, spentMinor: 100 }).rejectedCouponCodes[0].reason).toBe("budget_exhausted");
    expect(run(all, { uses: 0, customerUses: 0, spentMinor: 0 }).rejectedCouponCodes[0].reason).toBe("budget_exhausted");
    expect(
      run({ ...all, budget: [{ currency: "USD", amount: 5 }] }, { uses: 0, customerUses: 0, spentMinor: 0 }).rejectedCouponCodes,
    ).toEqual([]);
  });

  it("refuses a discount that would cross the budget left by one cent, and never clips it", () => {
    const budget = { budget: [{ currency: "USD", amount: 10 }] };
    // 5.00 USD off with 5.00 left: applies, exactly up to the budget.
    const exact = run(budget, { uses: 1, customerUses: 0, spentMinor: 500 });
    expect(exact.rejectedCouponCodes).toEqual([]);
    expect(traceOf(exact, "save")).toMatchObject({ status: "applied", amount: 5 });
    // 4.99 left: refused whole, with what is left in the message.
    const over = run(budget, { uses: 1, customerUses: 0, spentMinor: 501 });
    expect(over.rejectedCouponCodes).toEqual([
      {
        code: "SAVE",
        reason: "budget_exhausted",
        message: "Code SAVE has 4.99 USD of its budget left, less than its discount on this cart.",
      },
    ]);
    expect(over.totals.discount).toBe(0);
  });

  it("refuses an automatic promotion whose discount would cross its budget, and applies the next one", () => {
    const promo = offer({ kind: "CartLevelFixed", discount: 2 }, { id: "promo", limits: { budget: [{ currency: "USD", amount: 3 }] } });
    const other = offer({ kind: "CartLevelFixed", discount: 1 }, { id: "other" });
    const result = price([promo, other], cart([item("a", 60)]), { usage: { promo: { uses: 1, customerUses: 0, spentMinor: 101 } } });
    expect(traceOf(result, "promo")).toMatchObject({ status: "rejected", reason: "budget_exhausted", amount: 0 });
    expect(traceOf(result, "other")).toMatchObject({ status: "applied", amount: 1 });
    expect(result.totals.discount).toBe(1);
  });

  it("a budget in another currency does not limit this cart", () => {
    expect(run({ budget: [{ currency: "EUR", amount: 1 }] }, { uses: 0, customerUses: 0, spentMinor: 0 }).rejectedCouponCodes).toEqual([]);
  });

  it("reports an automatic promotion past its limit in the trace", () => {
    const promo = offer({ kind: "CartLevelFixed", discount: 2 }, { id: "promo", limits: { redemptions: 10 } });
    const result = price([promo], cart([item("a", 60)]), { usage: { promo: { uses: 10, customerUses: 0, spentMinor: 0 } } });
    expect(traceOf(result, "promo")).toMatchObject({ status: "rejected", reason: "redemption_limit_reached", amount: 0 });
    expect(result.totals.discount).toBe(0);
  });
});
