import { describe, expect, it } from "vitest";
import { addCodes } from "@/lib/codes/add-codes";
import { db } from "@/lib/db/client";
import { createOffer } from "@/lib/offers/create-offer";
import { CouponInput, CouponUpdate } from "@/lib/offers/schemas";
import { updateOffer } from "@/lib/offers/update-offer";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { revertOrderRedemptions, revertRedemption } from "@/lib/redemptions/revert-redemptions";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

const cartLevel = { kind: "CartLevelPercentage" as const, discount: 10 };
const uses = async (code: string, tenantId: string) =>
  (await db().couponCode.findUniqueOrThrow({ where: { tenantId_code: { tenantId, code } } })).redemptions;

describe("redemption", () => {
  it("redeems every code of an order or none", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, { family: "coupon", category: cartLevel, codes: ["GOOD-1"] });
    await makeOffer(t.tenantId, { family: "coupon", category: cartLevel, active: false, codes: ["OFF-1"] });
    await expect(redeemCodes(t.actors.marketer, { codes: ["GOOD-1", "OFF-1"], orderId: "o-1" })).rejects.toMatchObject({
      code: "unprocessable",
      causes: [{ field: "codes[1]", code: "inactive" }],
    });
    expect(await uses("GOOD-1", t.tenantId)).toBe(0);
    await expect(redeemCodes(t.actors.marketer, { codes: ["NOPE"], orderId: "o-1" })).rejects.toMatchObject({ code: "not_found" });
    const ok = await redeemCodes(t.actors.marketer, { codes: ["GOOD-1"], orderId: "o-1", currency: "EUR", catalogTotal: 99.5 });
    expect(ok.redemptions).toEqual([expect.objectContaining({ code: "GOOD-1", orderId: "o-1", status: "redeemed", catalogTotal: 99.5 })]);
    expect(await uses("GOOD-1", t.tenantId)).toBe(1);
  });

  it("re-checks validity, store and minimum at call time", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, { family: "coupon", category: cartLevel, validTo: "2021-01-01T00:00:00Z", codes: ["OLD"] });
    await makeOffer(t.tenantId, { family: "coupon", category: cartLevel, stores: ["berlin"], codes: ["BERLIN"] });
    await makeOffer(t.tenantId, {
      family: "coupon",
      category: cartLevel,
      currencies: [{ code: "EUR", minimumCartValue: 50 }],
      codes: ["MIN50"],
    });
    await expect(redeemCodes(t.actors.admin, { codes: ["OLD"], orderId: "a" })).rejects.toMatchObject({ causes: [{ code: "expired" }] });
    await expect(redeemCodes(t.actors.admin, { codes: ["BERLIN"], orderId: "a", storeId: "hamburg" })).rejects.toMatchObject({
      causes: [{ code: "store_not_allowed" }],
    });
    await expect(
      redeemCodes(t.actors.admin, { codes: ["MIN50"], orderId: "a", currency: "EUR", catalogTotal: 49.99 }),
    ).rejects.toMatchObject({ causes: [{ code: "minimum_not_reached" }] });
    await expect(redeemCodes(t.actors.admin, { codes: ["MIN50"], orderId: "a", currency: "USD", catalogTotal: 80 })).rejects.toMatchObject({
      causes: [{ code: "currency_not_allowed" }],
    });
    expect(
      (
        await redeemCodes(t.actors.admin, {
          codes: ["BERLIN", "MIN50"],
          orderId: "a",
          storeId: "berlin",
          currency: "EUR",
          catalogTotal: 50,
        })
      ).redemptions,
    ).toHaveLength(2);
  });

  it("follows singleUse when a coupon's setting changes after its codes exist", async () => {
    const t = await makeTenant();
    const input = { name: "Switch", active: true, validFrom: "2026-01-01T00:00:00Z", category: cartLevel, currencies: [{ code: "EUR" }] };
    const coupon = await createOffer(t.actors.marketer, "coupon", CouponInput.parse(input));
    await addCodes(t.actors.marketer, coupon.id, { codes: ["SWITCH-1", "SWITCH-2"] });
    await redeemCodes(t.actors.admin, { codes: ["SWITCH-1"], orderId: "before" });

    const single = await updateOffer(
      t.actors.marketer,
      "coupon",
      coupon.id,
      CouponUpdate.parse({ ...input, singleUse: true, version: coupon.version }),
    );
    await expect(redeemCodes(t.actors.admin, { codes: ["SWITCH-1"], orderId: "after" })).rejects.toMatchObject({
      code: "conflict",
      causes: [{ code: "redemption_limit_reached" }],
    });
    await redeemCodes(t.actors.admin, { codes: ["SWITCH-2"], orderId: "after" });
    await expect(redeemCodes(t.actors.admin, { codes: ["SWITCH-2"], orderId: "again" })).rejects.toMatchObject({ code: "conflict" });

    await updateOffer(t.actors.marketer, "coupon", coupon.id, CouponUpdate.parse({ ...input, singleUse: false, version: single.version }));
    expect((await redeemCodes(t.actors.admin, { codes: ["SWITCH-2"], orderId: "again" })).redemptions).toHaveLength(1);
    expect(await uses("SWITCH-2", t.tenantId)).toBe(2);
  });

  it("answers a retried (orderId, code) with the first result and counts once", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, { family: "coupon", category: cartLevel, codes: ["RETRY"] });
    const first = await redeemCodes(t.actors.admin, { codes: ["RETRY"], orderId: "o-9" });
    const second = await redeemCodes(t.actors.admin, { codes: ["RETRY"], orderId: "o-9" });
    expect(second.replayed).toBe(true);
    expect(second.redemptions[0].id).toBe(first.redemptions[0].id);
    expect(await uses("RETRY", t.tenantId)).toBe(1);
  });

  it("reverting gives the use back exactly once, by id or for a failed order", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, { family: "coupon", category: cartLevel, singleUse: true, codes: ["ONCE"] });
    const { redemptions } = await redeemCodes(t.actors.admin, { codes: ["ONCE"], orderId: "o-1" });
    await expect(redeemCodes(t.actors.admin, { codes: ["ONCE"], orderId: "o-2" })).rejects.toMatchObject({
      code: "conflict",
      causes: [{ code: "redemption_limit_reached" }],
    });
    await Promise.all([
      revertRedemption(t.actors.admin, redemptions[0].id),
      revertRedemption(t.actors.admin, redemptions[0].id),
      revertOrderRedemptions(t.actors.admin, "o-1"),
    ]);
    expect(await uses("ONCE", t.tenantId)).toBe(0);
    expect((await redeemCodes(t.actors.admin, { codes: ["ONCE"], orderId: "o-2" })).redemptions[0].status).toBe("redeemed");
    expect(await uses("ONCE", t.tenantId)).toBe(1);
    // The failed order is retried later: it redeems again on its reverted row, once.
    await revertOrderRedemptions(t.actors.admin, "o-2");
    expect((await redeemCodes(t.actors.admin, { codes: ["ONCE"], orderId: "o-1" })).redemptions[0]).toMatchObject({
      status: "redeemed",
      revertedAt: null,
    });
    expect(await uses("ONCE", t.tenantId)).toBe(1);
  });

  it("never lets another tenant redeem or revert", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    await makeOffer(a.tenantId, { family: "coupon", category: cartLevel, codes: [`A-${a.slug}`] });
    await expect(redeemCodes(b.actors.admin, { codes: [`A-${a.slug}`], orderId: "x" })).rejects.toMatchObject({ code: "not_found" });
    const { redemptions } = await redeemCodes(a.actors.admin, { codes: [`A-${a.slug}`], orderId: "x" });
    await expect(revertRedemption(b.actors.admin, redemptions[0].id)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("redemption under concurrency", () => {
  it("500 concurrent redemptions of one single-use code succeed exactly once", async () => {
    const t = await makeTenant();
    await makeOffer(t.tenantId, { family: "coupon", category: cartLevel, singleUse: true, codes: ["RACE"] });
    const results = await Promise.allSettled(
      Array.from({ length: 500 }, (_, i) => redeemCodes(t.actors.admin, { codes: ["RACE"], orderId: `order-${i}` })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason.code === "conflict")).toBe(true);
    expect(await uses("RACE", t.tenantId)).toBe(1);
    expect(await db().redemption.count({ where: { tenantId: t.tenantId, status: "redeemed" } })).toBe(1);
  }, 120_000);

  it("a coupon limited to 100 redemptions ends at exactly 100 after 1,000 concurrent attempts", async () => {
    const t = await makeTenant();
    const codes = Array.from({ length: 1000 }, (_, i) => `LIM-${i}`);
    const couponId = await makeOffer(t.tenantId, { family: "coupon", category: cartLevel, maxRedemptions: 100, codes });
    const results = await Promise.allSettled(codes.map((code, i) => redeemCodes(t.actors.admin, { codes: [code], orderId: `o-${i}` })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(100);
    expect((await db().offer.findUniqueOrThrow({ where: { id: couponId } })).redemptions).toBe(100);
    expect(await db().redemption.count({ where: { tenantId: t.tenantId, status: "redeemed" } })).toBe(100);
  }, 180_000);
});
