import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { revertRedemption } from "@/lib/redemptions/revert-redemptions";
import { expireReservations } from "@/lib/reservations/expire-reservations-job";
import { releaseReservation } from "@/lib/reservations/release-reservation";
import { reserveCodes } from "@/lib/reservations/reserve-codes";
import { ReserveCodesInput } from "@/lib/reservations/schemas";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";
import { countersOf, recountOf } from "@/tests/integration/limits/recount";

const tenPercent = { kind: "CartLevelPercentage" as const, discount: 10 };
const cart = { currency: "EUR", items: [{ productId: "p", quantity: 1, price: 10 }] };
const reserve = (orderId: string, extra: Record<string, unknown> = {}) =>
  ReserveCodesInput.parse({ codes: ["HOLD"], orderId, cart, ...extra });

async function setup(limits = { redemptions: 2, budget: [{ currency: "EUR", amount: 5 }] }) {
  const t = await makeTenant();
  const couponId = await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["HOLD"], limits });
  return { t, couponId };
}

describe("reservations (contract §7)", () => {
  it("validates ttlSeconds and requires the cart", () => {
    expect(ReserveCodesInput.safeParse({ codes: ["A"], orderId: "o", cart, ttlSeconds: 59 }).error?.issues[0]).toMatchObject({
      path: ["ttlSeconds"],
      message: "ttlSeconds must be at least 60",
    });
    expect(ReserveCodesInput.safeParse({ codes: ["A"], orderId: "o" }).error?.issues[0]).toMatchObject({ path: ["cart"] });
    expect(ReserveCodesInput.parse({ codes: ["A"], orderId: "o", cart }).ttlSeconds).toBe(900);
  });

  it("holds uses and amounts against the limits, and confirms by redemption without re-checking", async () => {
    const { t, couponId } = await setup();
    const now = new Date();
    const first = await reserveCodes(t.actors.admin, reserve("o1"), now);
    expect(first).toMatchObject({ orderId: "o1", status: "active", expiresAt: new Date(now.getTime() + 900_000).toISOString() });
    expect(first.redemptions).toEqual([expect.objectContaining({ code: "HOLD", status: "reserved", amount: 1 })]);
    await reserveCodes(t.actors.admin, reserve("o2"), now);
    // Two held uses fill the limit of 2: a third order is refused while they are held.
    await expect(reserveCodes(t.actors.admin, reserve("o3"), now)).rejects.toMatchObject({
      causes: [{ code: "redemption_limit_reached" }],
    });
    await expect(redeemCodes(t.actors.admin, { codes: ["HOLD"], orderId: "o3", cart })).rejects.toMatchObject({
      causes: [{ code: "redemption_limit_reached" }],
    });
    // The order cannot redeem the held code a second time without naming its reservation.
    await expect(redeemCodes(t.actors.admin, { codes: ["HOLD"], orderId: "o1", cart })).rejects.toMatchObject({ code: "conflict" });
    const confirmed = await redeemCodes(t.actors.admin, { codes: ["HOLD"], orderId: "o1", reservationId: first.id });
    expect(confirmed).toMatchObject({ replayed: false, redemptions: [{ status: "redeemed", amount: 1, code: "HOLD" }] });
    expect(await redeemCodes(t.actors.admin, { codes: ["HOLD"], orderId: "o1", reservationId: first.id })).toMatchObject({
      replayed: true,
    });
    await expect(releaseReservation(t.actors.admin, first.id)).rejects.toMatchObject({ code: "conflict" });
    await expect(redeemCodes(t.actors.admin, { codes: ["HOLD"], orderId: "other", reservationId: first.id })).rejects.toMatchObject({
      causes: [{ field: "orderId", code: "order_mismatch" }],
    });
    expect(await countersOf(t.tenantId, couponId)).toEqual({ "|uses": 2, "|budget:EUR": 200 });
    expect(await recountOf(t.tenantId, couponId)).toEqual(await countersOf(t.tenantId, couponId));
    expect(await db().outboxEvent.count({ where: { tenantId: t.tenantId, type: "redemption.created" } })).toBe(1);
  });

  it("releases once: the uses, amounts and code counts come back exactly once", async () => {
    const { t, couponId } = await setup();
    const held = await reserveCodes(t.actors.admin, reserve("o1"));
    const results = await Promise.all([1, 2, 3].map(() => releaseReservation(t.actors.admin, held.id)));
    expect(results.map((r) => r.status)).toEqual(["released", "released", "released"]);
    expect(results[0].redemptions).toEqual([expect.objectContaining({ status: "released" })]);
    expect(await countersOf(t.tenantId, couponId)).toEqual({});
    expect((await db().offer.findUniqueOrThrow({ where: { id: couponId } })).redemptions).toBe(0);
    expect((await db().couponCode.findFirstOrThrow({ where: { tenantId: t.tenantId, code: "HOLD" } })).redemptions).toBe(0);
    await expect(redeemCodes(t.actors.admin, { codes: ["HOLD"], orderId: "o1", reservationId: held.id })).rejects.toMatchObject({
      causes: [{ code: "reservation_released" }],
    });
    // The released order may be redeemed afresh (its row is reused).
    expect((await redeemCodes(t.actors.admin, { codes: ["HOLD"], orderId: "o1", cart })).redemptions[0].status).toBe("redeemed");
  });

  it("expires once with several sweepers, writes reservation.expired once, and refuses a late confirmation", async () => {
    const { t, couponId } = await setup();
    const past = new Date(Date.now() - 120_000);
    const held = await reserveCodes(t.actors.admin, reserve("o1", { ttlSeconds: 60 }), past);
    const live = await reserveCodes(t.actors.admin, reserve("o2", { ttlSeconds: 600 }));
    const ended = await Promise.all([expireReservations(), expireReservations(), expireReservations()]);
    expect(ended.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const rows = await db().reservation.findMany({ where: { tenantId: t.tenantId }, orderBy: { orderId: "asc" } });
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      [held.id, "expired"],
      [live.id, "active"],
    ]);
    expect(await db().outboxEvent.count({ where: { tenantId: t.tenantId, type: "reservation.expired" } })).toBe(1);
    await expect(redeemCodes(t.actors.admin, { codes: ["HOLD"], orderId: "o1", reservationId: held.id })).rejects.toMatchObject({
      causes: [{ code: "reservation_expired" }],
    });
    expect(await countersOf(t.tenantId, couponId)).toEqual({ "|uses": 1, "|budget:EUR": 100 });
  });

  it("confirming a reservation past its expiry before the sweeper ran is refused", async () => {
    const { t } = await setup();
    const held = await reserveCodes(t.actors.admin, reserve("o1", { ttlSeconds: 60 }), new Date(Date.now() - 61_000));
    await expect(redeemCodes(t.actors.admin, { codes: ["HOLD"], orderId: "o1", reservationId: held.id })).rejects.toMatchObject({
      causes: [{ code: "reservation_expired" }],
    });
  });

  it("reconciles under concurrency: used + reserved + released + reverted = uses accepted", async () => {
    const { t, couponId } = await setup({ redemptions: 30, budget: [{ currency: "EUR", amount: 1000 }] });
    const attempts = Array.from({ length: 120 }, async (_, i) => {
      if (i % 3 === 0) return redeemCodes(t.actors.admin, { codes: ["HOLD"], orderId: `r${i}`, cart });
      const held = await reserveCodes(t.actors.admin, reserve(`r${i}`));
      if (i % 3 === 1) return redeemCodes(t.actors.admin, { codes: ["HOLD"], orderId: `r${i}`, reservationId: held.id });
      return releaseReservation(t.actors.admin, held.id);
    });
    const results = await Promise.allSettled(attempts);
    const accepted = results.filter((r) => r.status === "fulfilled").length;
    const redeemed = await db().redemption.findMany({ where: { tenantId: t.tenantId, offerId: couponId, status: "redeemed" } });
    // Revert a few redemptions: their uses come back too.
    for (const row of redeemed.slice(0, 3)) await revertRedemption(t.actors.admin, row.id);
    const byStatus = await db().redemption.groupBy({ by: ["status"], where: { tenantId: t.tenantId, offerId: couponId }, _count: true });
    const total = byStatus.reduce((sum, s) => sum + s._count, 0);
    expect(total).toBe(accepted);
    expect(await countersOf(t.tenantId, couponId)).toEqual(await recountOf(t.tenantId, couponId));
    const counters = await countersOf(t.tenantId, couponId);
    expect(counters["|uses"] ?? 0).toBeLessThanOrEqual(30);
  });
});
