// Discount cost and budgets (issue 14): the rolled-up ledger amounts per currency and bucket, an offer's
// budget against its limit counter (spent, left, burn-down per bucket, linear run-out on the last 7
// days), reverts giving the amount back, windowed budgets, the dashboard's 80 % / 95 % alerts, and the
// same for a POS campaign's budget.
import { describe, expect, it } from "vitest";
import { HOUR_MS } from "@/lib/analytics/buckets";
import { getDiscountCost } from "@/lib/analytics/get-discount-cost";
import { listAnalyticsAlerts } from "@/lib/analytics/list-analytics-alerts";
import { LAG_MS, rollUpUsage } from "@/lib/analytics/roll-up-usage";
import { windowKey } from "@/lib/limits/window-key";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { revertOrderRedemptions } from "@/lib/redemptions/revert-redemptions";
import { redeemIssuedCoupon } from "@/lib/pos/redeem-issued-coupon";
import { RedeemIssuedCouponInput } from "@/lib/pos/schemas";
import { makeOffer } from "@/tests/factories/offers";
import { issue, makePosSetup } from "@/tests/factories/pos";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";
import type { Limits } from "@/lib/limits/schemas";

const tenPercent = { kind: "CartLevelPercentage" as const, discount: 10 };
// The run's window ends before the current millisecond; a write of this same millisecond (a revert just before
// the run) would fall in the next window, so wait for the clock to move first.
const rollUpNow = async () => {
  const last = Date.now();
  while (Date.now() === last) await new Promise((resolve) => setTimeout(resolve, 1));
  return rollUpUsage(new Date(Date.now() + LAG_MS));
};

async function budgeted(t: TestTenant, code: string, limits: Limits) {
  return makeOffer(t.tenantId, {
    family: "coupon",
    name: `Budgeted ${code}`,
    category: tenPercent,
    codes: [code],
    currencies: [{ code: "EUR" }, { code: "USD" }],
    limits,
  });
}

/** Redeems `code` on an order whose cart costs `price` (so the discount is price / 10). */
function buy(t: TestTenant, code: string, orderId: string, price: number, currency = "EUR") {
  return redeemCodes(t.actors.admin, {
    codes: [code],
    orderId,
    currency,
    cart: { currency, items: [{ productId: "p", quantity: 1, price }] },
  });
}

function lastTwoDays(now: number, offerId?: string) {
  const hour = Math.floor(now / HOUR_MS);
  return {
    granularity: "day" as const,
    from: new Date((hour - 48) * HOUR_MS).toISOString(),
    to: new Date((hour + 1) * HOUR_MS).toISOString(),
    ...(offerId ? { offerId } : {}),
  };
}

const total = (points: { costMinor: Record<string, number> }[], currency: string) =>
  points.reduce((sum, p) => sum + (p.costMinor[currency] ?? 0), 0);

describe("discount cost and budgets", () => {
  it("sums the ledger's amounts per currency, burns the budget down and projects the run-out linearly", async () => {
    const t = await makeTenant({ timeZone: "UTC" });
    const offerId = await budgeted(t, "SAVE", { budget: [{ currency: "EUR", amount: 100 }] });
    const other = await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["OTHER"], currencies: [{ code: "USD" }] });
    await buy(t, "SAVE", "o1", 300);
    await buy(t, "SAVE", "o2", 500);
    await buy(t, "OTHER", "o3", 120, "USD");
    await rollUpNow();
    const now = new Date();

    const all = await getDiscountCost(t.tenantId, lastTwoDays(now.getTime()), now);
    expect(all.currencies).toEqual(["EUR", "USD"]);
    expect([total(all.points, "EUR"), total(all.points, "USD")]).toEqual([8_000, 1_200]);
    expect(all.budgets).toEqual([]);
    expect(total((await getDiscountCost(t.tenantId, lastTwoDays(now.getTime(), other), now)).points, "EUR")).toBe(0);

    const own = await getDiscountCost(t.tenantId, lastTwoDays(now.getTime(), offerId), now);
    expect(total(own.points, "EUR")).toBe(8_000);
    const [budget] = own.budgets;
    expect(budget).toMatchObject({
      currency: "EUR",
      budgetMinor: 10_000,
      window: null,
      windowStart: null,
      spentMinor: 8_000,
      remainingMinor: 2_000,
      usedShare: 0.8,
      recentPerDayMinor: Math.round((8_000 / 168) * 24),
    });
    // 2,000 left at 8,000 per 168 hours: 42 hours from now.
    expect(budget.projectedExhaustion).toBe(new Date(now.getTime() + 42 * HOUR_MS).toISOString());
    // Before today's spend the whole budget was left; at the end of today, 2,000.
    expect(budget.burnDown.map((b) => b.remainingMinor)).toEqual([10_000, 10_000, 2_000]);
    expect(own.method).toMatch(/^Linear/);

    await revertOrderRedemptions(t.actors.admin, "o2");
    await rollUpNow();
    const after = await getDiscountCost(t.tenantId, lastTwoDays(now.getTime(), offerId), now);
    expect(total(after.points, "EUR")).toBe(3_000);
    expect(after.budgets[0]).toMatchObject({ spentMinor: 3_000, remainingMinor: 7_000 });
  });

  it("a budget per day counts today's window only and is not projected past its end", async () => {
    const t = await makeTenant({ timeZone: "UTC" });
    const offerId = await budgeted(t, "DAILY", { budget: [{ currency: "EUR", amount: 1_000 }], window: "day" });
    await buy(t, "DAILY", "d1", 100);
    await rollUpNow();
    const now = new Date();
    const [budget] = (await getDiscountCost(t.tenantId, lastTwoDays(now.getTime(), offerId), now)).budgets;
    expect(budget).toMatchObject({ window: "day", windowStart: windowKey("day", now.getTime(), "UTC"), spentMinor: 1_000 });
    // 99,000 left at 1,000 a week: not within today.
    expect(budget.projectedExhaustion).toBeNull();
    expect(budget.burnDown.map((b) => b.remainingMinor)).toEqual([null, null, 99_000]);
  });

  it("the dashboard raises a budget past 80 % and past 95 %, and not below", async () => {
    const t = await makeTenant({ timeZone: "UTC" });
    const offerId = await budgeted(t, "EIGHTY", { budget: [{ currency: "EUR", amount: 100 }] });
    const budgetAlerts = async () => (await listAnalyticsAlerts(t.tenantId)).filter((a) => a.kind === "budget");
    await buy(t, "EIGHTY", "a1", 790);
    expect(await budgetAlerts()).toEqual([]);
    await buy(t, "EIGHTY", "a2", 10);
    expect(await budgetAlerts()).toEqual([
      {
        kind: "budget",
        offerId,
        family: "coupon",
        name: "Budgeted EIGHTY",
        currency: "EUR",
        threshold: 80,
        usedShare: 0.8,
        spentMinor: 8_000,
        budgetMinor: 10_000,
        window: null,
      },
    ]);
    await buy(t, "EIGHTY", "a3", 150);
    expect((await budgetAlerts()).map((a) => a.kind === "budget" && [a.threshold, a.spentMinor])).toEqual([[95, 9_500]]);
  });

  it("a POS campaign's budget: its printed coupons' discounts against it, and its alert", async () => {
    const t = await makeTenant({ timeZone: "UTC" });
    const { campaign, rule } = await makePosSetup(t, { campaign: { limits: { budget: [{ currency: "EUR", amount: 10 }] } } });
    for (const serial of ["801", "802"]) await issue(t, { couponRuleId: rule.id, uniqueIdentifier: serial });
    // 10 % of 50.00 and of 35.00 EUR: 8.50 of the 10.00 EUR budget.
    for (const [serial, price] of [
      ["801", 50],
      ["802", 35],
    ] as const)
      await redeemIssuedCoupon(
        t.actors.admin,
        RedeemIssuedCouponInput.parse({
          uniqueIdentifier: serial,
          storeId: "hamburg",
          cart: { currency: "EUR", storeId: "hamburg", items: [{ productId: "p", quantity: 1, price }] },
        }),
      );
    await rollUpNow();
    const now = new Date();
    const cost = await getDiscountCost(t.tenantId, lastTwoDays(now.getTime(), campaign.id), now);
    expect(total(cost.points, "EUR")).toBe(850);
    expect(cost.budgets).toMatchObject([{ currency: "EUR", budgetMinor: 1_000, spentMinor: 850, remainingMinor: 150 }]);
    expect((await listAnalyticsAlerts(t.tenantId)).filter((a) => a.kind === "budget")).toMatchObject([
      { offerId: campaign.id, family: "pos_campaign", name: "10% coupon", threshold: 80, spentMinor: 850, budgetMinor: 1_000 },
    ]);
  });
});
