// Legacy codes through the one engine and the one redemption path, on the real database: beside v1 codes
// in a cart, disabled → code_inactive, max_redemptions per coupon under concurrency, revert, retries.
import { describe, expect, it } from "vitest";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { simulateCart } from "@/lib/carts/simulate-cart";
import { db } from "@/lib/db/client";
import { updateLegacyCoupon } from "@/lib/legacy/update-legacy-coupon";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { revertOrderRedemptions } from "@/lib/redemptions/revert-redemptions";
import { makeDefinition, makeDiscountRule, makeLegacyCoupon } from "@/tests/factories/legacy";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

const cart = (codes: string[], extra: Record<string, unknown> = {}) => ({
  currency: "EUR",
  couponCodes: codes,
  items: [
    { productId: "SHOE", quantity: 1, price: 80, categories: ["shoes"] },
    { productId: "HAT", quantity: 1, price: 20 },
  ],
  shipping: { price: 4.9 },
  ...extra,
});

describe("legacy coupons at checkout", () => {
  it("price with v1 codes through the same engine; a disabled one is code_inactive", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, {
      family: "coupon",
      name: "v1 ten",
      category: { kind: "CartLevelFixed", discount: 10 },
      codes: ["V1-TEN"],
    });
    const shoes = await makeDiscountRule(t.actors.marketer, { scope: "item", type: "percentage", percentage: 25, categories: ["shoes"] });
    const shipping = await makeDiscountRule(t.actors.marketer, { scope: "shipping", amount: 10, shipping_price_limit: 5 });
    const shoeCoupon = await makeLegacyCoupon(
      t.actors.marketer,
      (await makeDefinition(t.actors.marketer, { discount_rule_id: shoes.id })).label,
    );
    const shipCoupon = await makeLegacyCoupon(
      t.actors.marketer,
      (await makeDefinition(t.actors.marketer, { discount_rule_id: shipping.id })).label,
    );

    const priced = (await priceCartForTenant(t.tenantId, cart(["V1-TEN", shoeCoupon.code, shipCoupon.code]))).cart;
    expect(priced.rejectedCouponCodes).toEqual([]);
    // 25% of the shoe first (item scope), then 10 off the rest of the order, then shipping waived up to its price.
    expect(priced.items.map((i) => i.discounts.map((d) => [d.couponCode, d.amount]))).toEqual([
      [
        [shoeCoupon.code, 20],
        ["V1-TEN", 7.5],
      ],
      [["V1-TEN", 2.5]],
    ]);
    expect(priced.shippingDiscounts).toEqual([
      expect.objectContaining({ couponCode: shipCoupon.code, amount: 4.9, kind: "ShippingFixed" }),
    ]);

    await updateLegacyCoupon(t.actors.marketer, shoeCoupon.id, { is_enabled: false });
    const simulated = await simulateCart(t.tenantId, cart(["V1-TEN", shoeCoupon.code]));
    expect(simulated.cart.rejectedCouponCodes).toEqual([expect.objectContaining({ code: shoeCoupon.code, reason: "code_inactive" })]);
    expect(simulated.legacyCodes).toEqual([shoeCoupon.code]);
    await expect(redeemCodes(t.actors.admin, { codes: [shoeCoupon.code], orderId: "o-off" })).rejects.toMatchObject({
      causes: [{ code: "code_inactive" }],
    });
    // Another tenant's code is not found, a legacy code in its own tenant only.
    const other = await makeTenant();
    expect((await priceCartForTenant(other.tenantId, cart([shipCoupon.code]))).cart.rejectedCouponCodes[0].reason).toBe("not_found");
  });

  it("redeem legacy codes with v1 codes, all or nothing, recorded against the definition, retried and reverted once", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, {
      family: "coupon",
      category: { kind: "CartLevelFixed", discount: 1 },
      codes: ["V1-A"],
      maxRedemptions: 5,
    });
    const definition = await makeDefinition(t.actors.marketer, {
      max_redemptions: 1,
      validation_rules: [{ label: "restricted_to_consumer_id", values: { consumer_id: "alice" } }],
    });
    const coupon = await makeLegacyCoupon(t.actors.marketer, definition.label);
    await expect(redeemCodes(t.actors.admin, { codes: ["V1-A", coupon.code], orderId: "o-1", consumerId: "bob" })).rejects.toMatchObject({
      causes: [{ field: "codes[1]", code: "consumer_not_allowed" }],
    });
    const done = await redeemCodes(t.actors.admin, { codes: ["V1-A", coupon.code], orderId: "o-1", consumerId: "alice" });
    expect(done.redemptions.map((r) => [r.code, r.status])).toEqual([
      ["V1-A", "redeemed"],
      [coupon.code, "redeemed"],
    ]);
    expect(await db().redemption.findFirst({ where: { tenantId: t.tenantId, code: coupon.code } })).toMatchObject({
      offerId: definition.id,
    });
    expect((await redeemCodes(t.actors.admin, { codes: [coupon.code], orderId: "o-1", consumerId: "alice" })).replayed).toBe(true);
    await expect(redeemCodes(t.actors.admin, { codes: [coupon.code], orderId: "o-2", consumerId: "alice" })).rejects.toMatchObject({
      code: "conflict",
      causes: [{ code: "redemption_limit_reached" }],
    });
    await revertOrderRedemptions(t.actors.admin, "o-1");
    await revertOrderRedemptions(t.actors.admin, "o-1");
    expect((await db().couponCode.findUniqueOrThrow({ where: { id: coupon.id } })).redemptions).toBe(0);
    await redeemCodes(t.actors.admin, { codes: [coupon.code], orderId: "o-2", consumerId: "alice" });
  });

  it("never over-redeems a coupon with max_redemptions 10 under 300 concurrent attempts", async () => {
    const t = await makeTenant();
    const definition = await makeDefinition(t.actors.marketer, { max_redemptions: 10 });
    const coupon = await makeLegacyCoupon(t.actors.marketer, definition.label);
    const results = await Promise.allSettled(
      Array.from({ length: 300 }, (_, i) => redeemCodes(t.actors.admin, { codes: [coupon.code], orderId: `order-${i}` })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(new Set(refused.map((r) => (r.reason as { code: string }).code))).toEqual(new Set(["conflict"]));
    expect((await db().couponCode.findUniqueOrThrow({ where: { id: coupon.id } })).redemptions).toBe(10);
    expect(await db().redemption.count({ where: { tenantId: t.tenantId, status: "redeemed" } })).toBe(10);
  });
});
