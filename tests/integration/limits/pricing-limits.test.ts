import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { forgetUsage } from "@/lib/limits/usage-cache";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

const tenPercent = { kind: "CartLevelPercentage" as const, discount: 10 };
const cart = (extra: Record<string, unknown> = {}) => ({ currency: "EUR", items: [{ productId: "p", quantity: 1, price: 10 }], ...extra });

describe("pricing with limits (contract §4.9, §7)", () => {
  it("rejects codes whose limits are used up, with the §4.9 reasons", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["ONCE"], limits: { redemptions: 1, window: "month" } });
    await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["MINE"], limits: { perCustomer: 1 } });
    await makeOffer(t.tenantId, {
      family: "coupon",
      category: tenPercent,
      codes: ["BUDGET"],
      limits: { budget: [{ currency: "EUR", amount: 0.81 }] },
    });
    // Three 10 % coupons compound: BUDGET, applied third, takes 0.81 EUR, all of its budget.
    await redeemCodes(t.actors.admin, { codes: ["ONCE", "MINE", "BUDGET"], orderId: "o1", consumerId: "ann", cart: cart() });
    forgetUsage();
    const priced = await priceCartForTenant(t.tenantId, cart({ customerId: "ann", couponCodes: ["ONCE", "MINE", "BUDGET"] }));
    expect(priced.cart.rejectedCouponCodes.map((r) => [r.code, r.reason])).toEqual([
      ["ONCE", "redemption_limit_reached"],
      ["MINE", "customer_limit_reached"],
      ["BUDGET", "budget_exhausted"],
    ]);
    // Another customer still gets MINE; a cart without customer cannot use a per-customer offer.
    const bob = await priceCartForTenant(t.tenantId, cart({ customerId: "bob", couponCodes: ["MINE"] }));
    expect(bob.cart.rejectedCouponCodes).toEqual([]);
    const nobody = await priceCartForTenant(t.tenantId, cart({ couponCodes: ["MINE"] }));
    expect(nobody.cart.rejectedCouponCodes.map((r) => r.reason)).toEqual(["customer_limit_reached"]);
  });

  it("reports an automatic promotion over its limit in the trace", async () => {
    const t = await makeTenant();
    const promotionId = await makeOffer(t.tenantId, { family: "promotion", category: tenPercent, limits: { redemptions: 2 } });
    await db().offerUsage.create({ data: { tenantId: t.tenantId, offerId: promotionId, windowKey: "", scope: "uses", used: 2, cap: 2 } });
    forgetUsage();
    const priced = await priceCartForTenant(t.tenantId, cart());
    expect(priced.cart.trace).toEqual([
      expect.objectContaining({ id: promotionId, status: "rejected", reason: "redemption_limit_reached", amount: 0 }),
    ]);
    expect(priced.cart.totals.discount).toBe(0);
  });

  it("reads usage through a cache at most 1 s stale", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["C1"], limits: { redemptions: 1 } });
    forgetUsage();
    expect((await priceCartForTenant(t.tenantId, cart({ couponCodes: ["C1"] }))).cart.rejectedCouponCodes).toEqual([]);
    await redeemCodes(t.actors.admin, { codes: ["C1"], orderId: "o1" });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = await priceCartForTenant(t.tenantId, cart({ couponCodes: ["C1"] }));
    expect(after.cart.rejectedCouponCodes.map((r) => r.reason)).toEqual(["redemption_limit_reached"]);
  });
});
