// Contract §5 / §7: automatic promotions in the ledger. A redemption with `cart` records one row per
// applied automatic promotion (code "", offerType promotion) with its amount, codes or not; their limits
// are taken in the same transaction as the codes'; a retry never records twice; a failed order gives
// them back once.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { forgetUsage } from "@/lib/limits/usage-cache";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { revertOrderRedemptions } from "@/lib/redemptions/revert-redemptions";
import { RedeemCodesInput } from "@/lib/redemptions/schemas";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";
import { countersOf, recountOf } from "@/tests/integration/limits/recount";

const tenPercent = { kind: "CartLevelPercentage" as const, discount: 10 };
/** A one-line EUR cart whose first 10 % discount is `cents` cents. */
const cartFor = (cents: number, extra: Record<string, unknown> = {}) => ({
  currency: "EUR",
  items: [{ productId: "p", quantity: 1, price: (cents * 10) / 100 }],
  ...extra,
});
const redeem = (input: Record<string, unknown>) => RedeemCodesInput.parse({ codes: [], ...input });

describe("automatic promotions in the ledger (contract §5, §7)", () => {
  it("records each applied promotion with its amount, with or without codes, once per order", async () => {
    const t = await makeTenant();
    const promoId = await makeOffer(t.tenantId, { family: "promotion", name: "Autumn", category: tenPercent });
    const couponId = await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["TEN"] });
    const first = await redeemCodes(t.actors.admin, redeem({ orderId: "o1", cart: cartFor(500) }));
    expect(first).toEqual({
      replayed: false,
      redemptions: [
        expect.objectContaining({ code: "", couponId: promoId, offerType: "promotion", amount: 5, currency: "EUR", status: "redeemed" }),
      ],
    });
    // The same order again: the first result, nothing recorded twice.
    const again = await redeemCodes(t.actors.admin, redeem({ orderId: "o1", cart: cartFor(500) }));
    expect(again).toEqual({ replayed: true, redemptions: first.redemptions });
    // With a code: the code's row (its amount after the promotion, compounding) then the promotion's.
    const both = await redeemCodes(t.actors.admin, redeem({ orderId: "o2", codes: ["TEN"], cart: cartFor(500) }));
    expect(both.redemptions.map((r) => [r.code, r.couponId, r.offerType, r.amount])).toEqual([
      ["TEN", couponId, "coupon", 4.5],
      ["", promoId, "promotion", 5],
    ]);
    expect(await redeemCodes(t.actors.admin, redeem({ orderId: "o2", codes: ["TEN"], cart: cartFor(500) }))).toEqual({
      replayed: true,
      redemptions: both.redemptions,
    });
    expect(await db().redemption.count({ where: { tenantId: t.tenantId, offerId: promoId } })).toBe(2);
    // A cart without promotions and no codes records nothing.
    const none = await redeemCodes(t.actors.admin, redeem({ orderId: "o3", cart: { ...cartFor(500), currency: "USD" } }));
    expect(none).toEqual({ replayed: false, redemptions: [] });
  });

  it("counts a promotion's limits per order, leaves it out once used up, and gives it back once when the order fails", async () => {
    const t = await makeTenant();
    const promoId = await makeOffer(t.tenantId, {
      family: "promotion",
      name: "Two only",
      category: tenPercent,
      limits: { redemptions: 2, perCustomer: 1, budget: [{ currency: "EUR", amount: 100 }] },
    });
    await redeemCodes(t.actors.admin, redeem({ orderId: "a1", consumerId: "ann", cart: cartFor(100) }));
    // Redemption prices the cart with the counters read now: a promotion used up is not applied, and the
    // order goes on without it (nothing to record here, as the order names no code).
    expect(await redeemCodes(t.actors.admin, redeem({ orderId: "a2", consumerId: "ann", cart: cartFor(100) }))).toEqual({
      replayed: false,
      redemptions: [],
    });
    // A cart without customer does not get a per-customer promotion (the engine's §4.9 check): nothing to record.
    expect(await redeemCodes(t.actors.admin, redeem({ orderId: "n1", cart: cartFor(100) }))).toEqual({ replayed: false, redemptions: [] });
    await redeemCodes(t.actors.admin, redeem({ orderId: "b1", consumerId: "bob", cart: cartFor(100) }));
    const coupon = await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["TEN"] });
    const c1 = await redeemCodes(t.actors.admin, redeem({ orderId: "c1", codes: ["TEN"], consumerId: "cat", cart: cartFor(100) }));
    // The code still redeems; its discount is the full 10 % as the used-up promotion no longer applies.
    expect(c1.redemptions.map((r) => [r.couponId, r.offerType, r.amount])).toEqual([[coupon, "coupon", 1]]);
    expect(await countersOf(t.tenantId, promoId)).toEqual({ "|uses": 2, "|customer:ann": 1, "|customer:bob": 1, "|budget:EUR": 200 });
    // Pricing reads the same counters (at most 1 s stale): the promotion is no longer applied.
    forgetUsage();
    const priced = await priceCartForTenant(t.tenantId, cartFor(100, { customerId: "cat" }));
    expect(priced.cart.trace).toEqual([expect.objectContaining({ id: promoId, status: "rejected", reason: "redemption_limit_reached" })]);
    // The order failed: its use comes back exactly once, however many times it is reported.
    const reverted = await revertOrderRedemptions(t.actors.admin, "a1");
    expect(reverted).toEqual([expect.objectContaining({ couponId: promoId, offerType: "promotion", status: "reverted" })]);
    await revertOrderRedemptions(t.actors.admin, "a1");
    expect(await countersOf(t.tenantId, promoId)).toEqual({ "|uses": 1, "|customer:bob": 1, "|budget:EUR": 100 });
    await redeemCodes(t.actors.admin, redeem({ orderId: "c2", consumerId: "cat", cart: cartFor(100) }));
    expect(await recountOf(t.tenantId, promoId)).toEqual(await countersOf(t.tenantId, promoId));
  });

  it("leaves out a promotion used up since this instance's usage figures were read, and the order goes on", async () => {
    const t = await makeTenant();
    const promoId = await makeOffer(t.tenantId, {
      family: "promotion",
      name: "One only",
      category: tenPercent,
      limits: { redemptions: 1 },
    });
    const coupon = await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["TEN"] });
    forgetUsage();
    // A cart priced here reads the promotion's figures (0 uses) into the 1 s cache …
    const priced = await priceCartForTenant(t.tenantId, cartFor(100));
    expect(priced.cart.trace).toEqual([expect.objectContaining({ id: promoId, status: "applied" })]);
    // … an order uses it up, and the next order, priced on the cached figures, gets it refused by the
    // counters: it is priced again on the figures of now, without the promotion, and the code redeems.
    await redeemCodes(t.actors.admin, redeem({ orderId: "u1", cart: cartFor(100) }));
    const next = await redeemCodes(t.actors.admin, redeem({ orderId: "u2", codes: ["TEN"], cart: cartFor(100) }));
    expect(next.redemptions.map((r) => [r.couponId, r.offerType, r.amount])).toEqual([[coupon, "coupon", 1]]);
    expect(await countersOf(t.tenantId, promoId)).toEqual({ "|uses": 1, "|budget:EUR": 100 });
    expect(await recountOf(t.tenantId, promoId)).toEqual(await countersOf(t.tenantId, promoId));
  });

  it("refuses a promotion whose amount would cross its budget by one cent, at redemption and at pricing", async () => {
    const t = await makeTenant();
    const promoId = await makeOffer(t.tenantId, {
      family: "promotion",
      category: tenPercent,
      limits: { budget: [{ currency: "EUR", amount: 10 }] },
    });
    await redeemCodes(t.actors.admin, redeem({ orderId: "o1", cart: cartFor(500) }));
    // 5.00 left: 5.01 is refused whole (not clipped), at redemption (the order records no use of it) …
    expect(await redeemCodes(t.actors.admin, redeem({ orderId: "o2", cart: cartFor(501) }))).toEqual({ replayed: false, redemptions: [] });
    // … and at pricing, which says so in the trace and gives no discount.
    forgetUsage();
    const over = await priceCartForTenant(t.tenantId, cartFor(501));
    expect(over.cart.trace).toEqual([expect.objectContaining({ id: promoId, status: "rejected", reason: "budget_exhausted", amount: 0 })]);
    expect(over.cart.totals.discount).toBe(0);
    const exact = await priceCartForTenant(t.tenantId, cartFor(500));
    expect(exact.cart.trace).toEqual([expect.objectContaining({ id: promoId, status: "applied", amount: 5 })]);
    await redeemCodes(t.actors.admin, redeem({ orderId: "o3", cart: cartFor(500) }));
    expect(await countersOf(t.tenantId, promoId)).toEqual({ "|uses": 2, "|budget:EUR": 1000 });
    expect(await db().redemption.count({ where: { tenantId: t.tenantId, offerId: promoId } })).toBe(2);
  });

  it("restarts a promotion's daily limit at local midnight across the autumn DST change (a 25-hour day)", async () => {
    const t = await makeTenant({ timeZone: "Europe/Berlin" });
    const promoId = await makeOffer(t.tenantId, { family: "promotion", category: tenPercent, limits: { redemptions: 1, window: "day" } });
    // 25 October 2026 in Berlin runs from 2026-10-24T22:00Z to 2026-10-25T23:00Z (25 hours).
    await redeemCodes(t.actors.admin, redeem({ orderId: "d1", cart: cartFor(100) }), new Date("2026-10-24T22:00:00Z"));
    expect(await redeemCodes(t.actors.admin, redeem({ orderId: "d2", cart: cartFor(100) }), new Date("2026-10-25T22:59:59Z"))).toEqual({
      replayed: false,
      redemptions: [],
    });
    await redeemCodes(t.actors.admin, redeem({ orderId: "d3", cart: cartFor(100) }), new Date("2026-10-25T23:00:00Z"));
    const rows = await db().redemption.findMany({ where: { tenantId: t.tenantId, offerId: promoId }, orderBy: { orderId: "asc" } });
    expect(rows.map((r) => [r.orderId, r.windowKey])).toEqual([
      ["d1", "2026-10-25"],
      ["d3", "2026-10-26"],
    ]);
  });

  it("starts a promotion's weeks on Monday in the tenant's zone", async () => {
    const t = await makeTenant({ timeZone: "America/New_York" });
    const promoId = await makeOffer(t.tenantId, { family: "promotion", category: tenPercent, limits: { redemptions: 1, window: "week" } });
    // Monday 30 November 2026, 00:00 in New York = 05:00Z.
    await redeemCodes(t.actors.admin, redeem({ orderId: "w1", cart: cartFor(100) }), new Date("2026-11-30T05:00:00Z"));
    // Monday 7 December 04:59Z is still Sunday 6 December in New York: the same week.
    expect(await redeemCodes(t.actors.admin, redeem({ orderId: "w2", cart: cartFor(100) }), new Date("2026-12-07T04:59:59Z"))).toEqual({
      replayed: false,
      redemptions: [],
    });
    await redeemCodes(t.actors.admin, redeem({ orderId: "w3", cart: cartFor(100) }), new Date("2026-12-07T05:00:00Z"));
    const rows = await db().redemption.findMany({ where: { tenantId: t.tenantId, offerId: promoId }, orderBy: { orderId: "asc" } });
    expect(rows.map((r) => [r.orderId, r.windowKey])).toEqual([
      ["w1", "2026-11-30"],
      ["w3", "2026-12-07"],
    ]);
  });

  it("holds a promotion's limit and budget under 300 concurrent orders, retries included", async () => {
    const t = await makeTenant();
    const promoId = await makeOffer(t.tenantId, {
      family: "promotion",
      category: tenPercent,
      limits: { redemptions: 60, budget: [{ currency: "EUR", amount: 50 }] },
    });
    // 250 distinct orders and 50 retries of the first 50: 50 EUR at 1 EUR each binds before the count.
    const orders = [...Array.from({ length: 250 }, (_, i) => `r${i}`), ...Array.from({ length: 50 }, (_, i) => `r${i}`)];
    const results = await Promise.allSettled(orders.map((orderId) => redeemCodes(t.actors.admin, redeem({ orderId, cart: cartFor(100) }))));
    // An order that read the counters before a concurrent one took the last euro is refused by the
    // transaction (409 naming cart); the others priced it used up and went on without it.
    const refusals = results.flatMap((r) =>
      r.status === "rejected" ? [(r.reason as { causes?: { field: string; code: string }[] }).causes?.[0]] : [],
    );
    for (const cause of refusals) expect(cause).toMatchObject({ field: "cart", code: "budget_exhausted" });
    const rows = await db().redemption.findMany({ where: { tenantId: t.tenantId, offerId: promoId, status: "redeemed" } });
    expect(rows.length).toBe(50);
    expect(new Set(rows.map((r) => r.orderId)).size).toBe(50);
    expect(rows.reduce((sum, r) => sum + (r.amount ?? 0), 0)).toBe(5000);
    expect(await countersOf(t.tenantId, promoId)).toEqual({ "|uses": 50, "|budget:EUR": 5000 });
    expect(await recountOf(t.tenantId, promoId)).toEqual(await countersOf(t.tenantId, promoId));
  });
});
