// The analyzer's "used-up limit" on real rows: a coupon's contract §7 `limits` against the OfferUsage
// counters the redemptions took, window-aware (a daily limit is used up today only), for uses and for
// budget; each counter-example priced by the simulator's service shows the engine's limit reason.
import { describe, expect, it } from "vitest";
import { simulateCart } from "@/lib/carts/simulate-cart";
import { analyzeConflicts } from "@/lib/conflicts/analyze-conflicts";
import { loadAnalysisInput } from "@/lib/conflicts/load-analysis-input";
import { db } from "@/lib/db/client";
import { forgetUsage } from "@/lib/limits/usage-cache";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

const tenPercent = { kind: "CartLevelPercentage" as const, discount: 10 };

async function usedUp(tenantId: string, now: Date) {
  const findings = analyzeConflicts(await loadAnalysisInput(tenantId, now));
  return findings.filter((f) => f.kind === "dead_offer" && f.reason === "limit_used_up");
}

async function catalog(tenantId: string) {
  await db().product.create({
    data: { tenantId, id: "HAT", name: "Hat", categories: ["hats"], attributes: {}, prices: [{ currency: "EUR", amount: 10_000 }] },
  });
}

describe("used-up limits (limits + OfferUsage)", () => {
  it("finds a daily redemption limit used up today, not tomorrow, and the simulator shows redemption_limit_reached", async () => {
    const t = await makeTenant({ timeZone: "Europe/Berlin" });
    await catalog(t.tenantId);
    const id = await makeOffer(t.tenantId, {
      family: "coupon",
      name: "Daily two",
      category: tenPercent,
      codes: ["DAILY"],
      limits: { redemptions: 2, window: "day" },
    });
    const now = new Date();
    expect(await usedUp(t.tenantId, now)).toEqual([]);
    await redeemCodes(t.actors.admin, { codes: ["DAILY"], orderId: "d1" }, now);
    expect(await usedUp(t.tenantId, now)).toEqual([]);
    await redeemCodes(t.actors.admin, { codes: ["DAILY"], orderId: "d2" }, now);

    const [finding] = await usedUp(t.tenantId, now);
    expect(finding.offerIds).toEqual([id]);
    expect(finding.message).toMatch(
      /^“Daily two” has been redeemed 2 times of its limit of 2 in the current day \(which started on \d{4}-\d{2}-\d{2}\): no cart gets it until the next day starts/,
    );
    forgetUsage();
    const shown = await simulateCart(t.tenantId, finding.cart, now);
    expect(shown.cart.trace.find((e) => e.id === id)).toMatchObject({ status: "rejected", reason: "redemption_limit_reached" });

    // The next day is another window: the same counters no longer use the limit up.
    expect(await usedUp(t.tenantId, new Date(now.getTime() + 86_400_000))).toEqual([]);
  });

  it("finds a budget spent in its only currency, the simulator showing budget_exhausted", async () => {
    const t = await makeTenant();
    await catalog(t.tenantId);
    const id = await makeOffer(t.tenantId, {
      family: "coupon",
      name: "Ten euros",
      category: tenPercent,
      codes: ["BUDGET"],
      limits: { budget: [{ currency: "EUR", amount: 10 }] },
    });
    const cart = { currency: "EUR", items: [{ productId: "HAT", quantity: 1, price: 60 }] };
    await redeemCodes(t.actors.admin, { codes: ["BUDGET"], orderId: "b1", cart });
    expect(await usedUp(t.tenantId, new Date())).toEqual([]);
    await redeemCodes(t.actors.admin, { codes: ["BUDGET"], orderId: "b2", cart: { ...cart, items: [{ ...cart.items[0], price: 40 }] } });

    const [finding] = await usedUp(t.tenantId, new Date());
    expect(finding.offerIds).toEqual([id]);
    expect(finding.message).toBe("“Ten euros” has given 10.00 EUR of its budget of 10.00 EUR: it applies to no further cart.");
    forgetUsage();
    const shown = await simulateCart(t.tenantId, finding.cart);
    expect(shown.cart.trace.find((e) => e.id === id)).toMatchObject({ status: "rejected", reason: "budget_exhausted" });
  });
});
