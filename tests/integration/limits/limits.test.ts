import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOffer } from "@/lib/offers/create-offer";
import { CouponInput } from "@/lib/offers/schemas";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { revertRedemption } from "@/lib/redemptions/revert-redemptions";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";
import { countersOf, recountOf } from "@/tests/integration/limits/recount";

const tenPercent = { kind: "CartLevelPercentage" as const, discount: 10 };
/** A one-line EUR cart whose 10 % discount is `cents` cents. */
const cartFor = (cents: number) => ({ currency: "EUR", items: [{ productId: "p", quantity: 1, price: (cents * 10) / 100 }] });

describe("limits (contract §7)", () => {
  it("stores limits on a coupon, with maxRedemptions as the alias of limits.redemptions", async () => {
    const t = await makeTenant();
    const base = { name: "L", active: true, validFrom: "2026-01-01T00:00:00Z", category: tenPercent, currencies: [{ code: "EUR" }] };
    const a = await createOffer(t.actors.marketer, "coupon", CouponInput.parse({ ...base, maxRedemptions: 5 }));
    expect(a).toMatchObject({ maxRedemptions: 5, limits: { redemptions: 5 } });
    const b = await createOffer(
      t.actors.marketer,
      "coupon",
      CouponInput.parse({ ...base, limits: { redemptions: 3, perCustomer: 1, budget: [{ currency: "EUR", amount: 100 }], window: "day" } }),
    );
    // A windowed count is not a lifetime limit: the coupon's own counter stays unlimited.
    expect(b).toMatchObject({
      maxRedemptions: null,
      limits: { redemptions: 3, perCustomer: 1, budget: [{ currency: "EUR", amount: 100 }], window: "day" },
    });
    expect(CouponInput.safeParse({ ...base, limits: { perCustomer: 0 } }).error?.issues[0]).toMatchObject({
      path: ["limits", "perCustomer"],
      message: "limits.perCustomer must be at least 1",
    });
  });

  it("counts per customer, and refuses an order without consumerId", async () => {
    const t = await makeTenant();
    const couponId = await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["PC"], limits: { perCustomer: 2 } });
    await redeemCodes(t.actors.admin, { codes: ["PC"], orderId: "a1", consumerId: "ann" });
    await redeemCodes(t.actors.admin, { codes: ["PC"], orderId: "a2", consumerId: "ann" });
    await expect(redeemCodes(t.actors.admin, { codes: ["PC"], orderId: "a3", consumerId: "ann" })).rejects.toMatchObject({
      code: "conflict",
      causes: [{ field: "codes[0]", code: "customer_limit_reached" }],
    });
    await redeemCodes(t.actors.admin, { codes: ["PC"], orderId: "b1", consumerId: "bob" });
    await expect(redeemCodes(t.actors.admin, { codes: ["PC"], orderId: "n1" })).rejects.toMatchObject({
      code: "conflict",
      causes: [{ code: "customer_limit_reached" }],
    });
    expect(await countersOf(t.tenantId, couponId)).toEqual({ "|uses": 3, "|customer:ann": 2, "|customer:bob": 1 });
    expect(await recountOf(t.tenantId, couponId)).toEqual(await countersOf(t.tenantId, couponId));
  });

  it("records each discount and refuses the amount that would cross the budget by one cent", async () => {
    const t = await makeTenant();
    const couponId = await makeOffer(t.tenantId, {
      family: "coupon",
      category: tenPercent,
      codes: ["BUDGET"],
      limits: { budget: [{ currency: "EUR", amount: 10 }] },
    });
    const first = await redeemCodes(t.actors.admin, { codes: ["BUDGET"], orderId: "o1", cart: cartFor(500) });
    expect(first.redemptions).toEqual([expect.objectContaining({ amount: 5, currency: "EUR", offerType: "coupon", status: "redeemed" })]);
    await expect(redeemCodes(t.actors.admin, { codes: ["BUDGET"], orderId: "o2", cart: cartFor(501) })).rejects.toMatchObject({
      code: "conflict",
      causes: [{ field: "codes[0]", code: "budget_exhausted" }],
    });
    await redeemCodes(t.actors.admin, { codes: ["BUDGET"], orderId: "o3", cart: cartFor(500) });
    await expect(redeemCodes(t.actors.admin, { codes: ["BUDGET"], orderId: "o4", cart: cartFor(1) })).rejects.toMatchObject({
      causes: [{ code: "budget_exhausted" }],
    });
    expect(await countersOf(t.tenantId, couponId)).toEqual({ "|uses": 2, "|budget:EUR": 1000 });
    // A revert gives the amount back exactly once.
    await revertRedemption(t.actors.admin, first.redemptions[0].id);
    await revertRedemption(t.actors.admin, first.redemptions[0].id);
    expect(await countersOf(t.tenantId, couponId)).toEqual({ "|uses": 1, "|budget:EUR": 500 });
    await redeemCodes(t.actors.admin, { codes: ["BUDGET"], orderId: "o5", cart: cartFor(500) });
    expect(await recountOf(t.tenantId, couponId)).toEqual({ "|uses": 2, "|budget:EUR": 1000 });
    expect(await countersOf(t.tenantId, couponId)).toEqual({ "|uses": 2, "|budget:EUR": 1000 });
  });

  it("refuses a budgeted coupon without cart with 422 naming cart", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, {
      family: "coupon",
      category: tenPercent,
      codes: ["NOCART"],
      limits: { budget: [{ currency: "EUR", amount: 10 }] },
    });
    await expect(redeemCodes(t.actors.admin, { codes: ["NOCART"], orderId: "o1", currency: "EUR" })).rejects.toMatchObject({
      code: "unprocessable",
      causes: [{ field: "cart", code: "required" }],
    });
    expect(await db().redemption.count({ where: { tenantId: t.tenantId } })).toBe(0);
  });

  it("refuses a code the cart does not discount, with the cart's reason", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, {
      family: "coupon",
      category: { kind: "ProductLevelPercentage", discount: 10, products: { productIds: ["other"] } } as never,
      codes: ["NOITEMS"],
    });
    await expect(redeemCodes(t.actors.admin, { codes: ["NOITEMS"], orderId: "o1", cart: cartFor(100) })).rejects.toMatchObject({
      code: "unprocessable",
      causes: [{ code: "no_eligible_items" }],
    });
  });

  it("restarts a daily limit at local midnight across the spring DST change (a 23-hour day)", async () => {
    const t = await makeTenant({ timeZone: "Europe/Berlin" });
    await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["DAY"], limits: { redemptions: 1, window: "day" } });
    const at = (iso: string) => new Date(iso);
    // 29 March 2026 in Berlin runs from 2026-03-28T23:00Z to 2026-03-29T22:00Z.
    await redeemCodes(t.actors.admin, { codes: ["DAY"], orderId: "d1" }, at("2026-03-28T23:00:00Z"));
    await expect(redeemCodes(t.actors.admin, { codes: ["DAY"], orderId: "d2" }, at("2026-03-29T21:59:59Z"))).rejects.toMatchObject({
      causes: [{ code: "redemption_limit_reached" }],
    });
    await redeemCodes(t.actors.admin, { codes: ["DAY"], orderId: "d3" }, at("2026-03-29T22:00:00Z"));
    const rows = await db().redemption.findMany({ where: { tenantId: t.tenantId }, orderBy: { orderId: "asc" } });
    expect(rows.map((r) => [r.orderId, r.windowKey])).toEqual([
      ["d1", "2026-03-29"],
      ["d3", "2026-03-30"],
    ]);
  });

  it("starts weeks on Monday in the tenant's zone, and months on the 1st", async () => {
    const t = await makeTenant({ timeZone: "Europe/Berlin" });
    await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["WEEK"], limits: { redemptions: 1, window: "week" } });
    await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["MONTH"], limits: { redemptions: 1, window: "month" } });
    await redeemCodes(t.actors.admin, { codes: ["WEEK"], orderId: "w1" }, new Date("2026-11-30T00:00:00Z"));
    // Sunday 6 December 23:59 in Berlin: still the week of Monday 30 November.
    await expect(redeemCodes(t.actors.admin, { codes: ["WEEK"], orderId: "w2" }, new Date("2026-12-06T22:59:59Z"))).rejects.toMatchObject({
      causes: [{ code: "redemption_limit_reached" }],
    });
    // Monday 7 December 00:00 in Berlin, still Sunday in UTC.
    await redeemCodes(t.actors.admin, { codes: ["WEEK"], orderId: "w3" }, new Date("2026-12-06T23:00:00Z"));
    await redeemCodes(t.actors.admin, { codes: ["MONTH"], orderId: "m1" }, new Date("2026-11-30T22:59:59Z"));
    await redeemCodes(t.actors.admin, { codes: ["MONTH"], orderId: "m2" }, new Date("2026-11-30T23:00:00Z"));
    await expect(redeemCodes(t.actors.admin, { codes: ["MONTH"], orderId: "m3" }, new Date("2026-12-31T22:59:59Z"))).rejects.toMatchObject({
      causes: [{ code: "redemption_limit_reached" }],
    });
    const rows = await db().redemption.findMany({ where: { tenantId: t.tenantId }, orderBy: { orderId: "asc" } });
    expect(rows.map((r) => [r.orderId, r.windowKey])).toEqual([
      ["m1", "2026-11-01"],
      ["m2", "2026-12-01"],
      ["w1", "2026-11-30"],
      ["w3", "2026-12-07"],
    ]);
  });

  it.each([
    {
      binds: "the count",
      limits: { redemptions: 25, budget: [{ currency: "EUR", amount: 30 }] },
      accepted: 25,
      reason: "redemption_limit_reached",
    },
    {
      binds: "the budget",
      limits: { redemptions: 40, budget: [{ currency: "EUR", amount: 30 }] },
      accepted: 30,
      reason: "budget_exhausted",
    },
  ])("holds $binds under 300 concurrent attempts: never over, counters equal the recount", async ({ limits, accepted, reason }) => {
    const t = await makeTenant();
    const couponId = await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["RUSH"], limits });
    const results = await Promise.allSettled(
      Array.from({ length: 300 }, (_, i) => redeemCodes(t.actors.admin, { codes: ["RUSH"], orderId: `r${i}`, cart: cartFor(100) })),
    );
    const refusals = results.flatMap((r) =>
      r.status === "rejected" ? [(r.reason as { causes?: { code: string }[] }).causes?.[0]?.code] : [],
    );
    expect(results.length - refusals.length).toBe(accepted);
    expect(new Set(refusals)).toEqual(new Set([reason]));
    const rows = await db().redemption.findMany({ where: { tenantId: t.tenantId, offerId: couponId, status: "redeemed" } });
    expect(rows.length).toBe(accepted);
    expect(rows.reduce((sum, r) => sum + (r.amount ?? 0), 0)).toBe(accepted * 100);
    expect(await countersOf(t.tenantId, couponId)).toEqual({ "|uses": accepted, "|budget:EUR": accepted * 100 });
    expect(await recountOf(t.tenantId, couponId)).toEqual(await countersOf(t.tenantId, couponId));
  });
});
