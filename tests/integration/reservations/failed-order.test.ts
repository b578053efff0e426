// Contract §7: a failed order gives its reservations back, exactly once, however many callers report
// the failure (or release the reservation) at the same time.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { revertOrderRedemptions } from "@/lib/redemptions/revert-redemptions";
import { releaseReservation } from "@/lib/reservations/release-reservation";
import { reserveCodes } from "@/lib/reservations/reserve-codes";
import { ReserveCodesInput } from "@/lib/reservations/schemas";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";
import { countersOf, recountOf } from "@/tests/integration/limits/recount";

const tenPercent = { kind: "CartLevelPercentage" as const, discount: 10 };
const cart = { currency: "EUR", items: [{ productId: "p", quantity: 1, price: 10 }] };
const limits = { redemptions: 2, budget: [{ currency: "EUR", amount: 5 }] };

describe("a failed order and its reservations (contract §7)", () => {
  it("releases the order's active reservation once under 30 concurrent failure reports and releases", async () => {
    const t = await makeTenant();
    const couponId = await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["HOLD"], limits });
    const promoId = await makeOffer(t.tenantId, { family: "promotion", category: tenPercent, limits });
    const held = await reserveCodes(t.actors.admin, ReserveCodesInput.parse({ codes: ["HOLD"], orderId: "o1", cart }));
    expect(held.redemptions.map((r) => [r.offerType, r.status, r.amount])).toEqual(
      expect.arrayContaining([
        ["coupon", "reserved", 0.9],
        ["promotion", "reserved", 1],
      ]),
    );
    expect(await countersOf(t.tenantId, couponId)).toEqual({ "|uses": 1, "|budget:EUR": 90 });
    expect(await countersOf(t.tenantId, promoId)).toEqual({ "|uses": 1, "|budget:EUR": 100 });
    const calls = [
      ...Array.from({ length: 25 }, () => revertOrderRedemptions(t.actors.admin, "o1")),
      ...Array.from({ length: 5 }, () => releaseReservation(t.actors.admin, held.id)),
    ];
    const results = await Promise.allSettled(calls);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await countersOf(t.tenantId, couponId)).toEqual({});
    expect(await countersOf(t.tenantId, promoId)).toEqual({});
    expect(await recountOf(t.tenantId, couponId)).toEqual({});
    const code = await db().couponCode.findFirstOrThrow({ where: { tenantId: t.tenantId, code: "HOLD" } });
    expect(code.redemptions).toBe(0);
    const reservation = await db().reservation.findUniqueOrThrow({ where: { id: held.id } });
    expect(reservation.status).toBe("released");
    const rows = await db().redemption.findMany({ where: { tenantId: t.tenantId, orderId: "o1" } });
    expect(rows.map((r) => r.status)).toEqual(["released", "released"]);
    // One release in the audit trail, whoever won.
    expect(
      await db().auditEvent.count({ where: { tenantId: t.tenantId, objectType: "reservation", objectId: held.id, action: "release" } }),
    ).toBe(1);
    // The released reservation cannot be confirmed; the uses are free for other orders.
    await expect(redeemCodes(t.actors.admin, { codes: ["HOLD"], orderId: "o1", reservationId: held.id })).rejects.toMatchObject({
      causes: [{ field: "reservationId", code: "reservation_released" }],
    });
    await redeemCodes(t.actors.admin, { codes: ["HOLD"], orderId: "o2", cart });
    await redeemCodes(t.actors.admin, { codes: ["HOLD"], orderId: "o3", cart });
    expect(await countersOf(t.tenantId, couponId)).toEqual({ "|uses": 2, "|budget:EUR": 180 });
  });

  it("reverts the redeemed rows and releases the held ones of the same order in one call", async () => {
    const t = await makeTenant();
    const couponId = await makeOffer(t.tenantId, {
      family: "coupon",
      category: tenPercent,
      codes: ["HOLD", "NOW"],
      limits: { redemptions: 5 },
    });
    await redeemCodes(t.actors.admin, { codes: ["NOW"], orderId: "o1", cart });
    const held = await reserveCodes(t.actors.admin, ReserveCodesInput.parse({ codes: ["HOLD"], orderId: "o1", cart }));
    // No promotion here: each order's 10 % is 1.00 EUR.
    expect(await countersOf(t.tenantId, couponId)).toEqual({ "|uses": 2, "|budget:EUR": 200 });
    const after = await revertOrderRedemptions(t.actors.admin, "o1");
    expect(after.map((r) => [r.code, r.status]).sort()).toEqual([
      ["HOLD", "released"],
      ["NOW", "reverted"],
    ]);
    expect(await countersOf(t.tenantId, couponId)).toEqual({});
    expect((await db().reservation.findUniqueOrThrow({ where: { id: held.id } })).status).toBe("released");
    expect((await db().offer.findUniqueOrThrow({ where: { id: couponId } })).redemptions).toBe(0);
  });
});
