// The console's usage and budget bars (getOffersUsage): used, reserved and remaining in the current
// window, "Exhausted", one read for a page of offers, and nothing of another tenant's.
import { describe, expect, it } from "vitest";
import { getOffersUsage } from "@/lib/limits/get-offers-usage";
import type { Limits } from "@/lib/limits/schemas";
import { redeemCodes } from "@/lib/redemptions/redeem-codes";
import { reserveCodes } from "@/lib/reservations/reserve-codes";
import { ReserveCodesInput } from "@/lib/reservations/schemas";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

const tenPercent = { kind: "CartLevelPercentage" as const, discount: 10 };
/** A one-line EUR cart whose 10 % discount is `cents` cents. */
const cartFor = (cents: number) => ({ currency: "EUR", items: [{ productId: "p", quantity: 1, price: (cents * 10) / 100 }] });
const limitedOffer = (id: string, limits: Limits) => ({ id, limits, currencies: ["EUR"] });

describe("usage bars (contract §7, console)", () => {
  it("splits the counter into used and reserved, and marks the offer exhausted when the uses run out", async () => {
    const t = await makeTenant({ timeZone: "Europe/Berlin" });
    const limits: Limits = { redemptions: 3, budget: [{ currency: "EUR", amount: 10 }], window: "week" };
    const id = await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["BAR"], limits });
    const tenant = { id: t.tenantId, timeZone: "Europe/Berlin" };
    // Wednesday 2 December 2026: the week started on Monday 30 November in Berlin.
    const now = new Date("2026-12-02T10:00:00Z");
    await redeemCodes(t.actors.admin, { codes: ["BAR"], orderId: "o1", cart: cartFor(250) }, now);
    await reserveCodes(t.actors.admin, ReserveCodesInput.parse({ codes: ["BAR"], orderId: "o2", cart: cartFor(100) }), now);

    const before = (await getOffersUsage(tenant, [limitedOffer(id, limits)], now))[id];
    expect(before).toEqual({
      window: "week",
      windowLabel: "this week",
      windowKey: "2026-11-30",
      exhausted: false,
      bars: [
        { unit: "uses", cap: 3, used: 1, reserved: 1, remaining: 1 },
        { unit: "EUR", cap: 1000, used: 250, reserved: 100, remaining: 650 },
      ],
    });

    await redeemCodes(t.actors.admin, { codes: ["BAR"], orderId: "o3", cart: cartFor(50) }, now);
    const after = (await getOffersUsage(tenant, [limitedOffer(id, limits)], now))[id];
    expect(after.bars[0]).toEqual({ unit: "uses", cap: 3, used: 2, reserved: 1, remaining: 0 });
    expect(after.exhausted).toBe(true);

    // Next Monday (local midnight) is a new window: everything restarts.
    const nextWeek = (await getOffersUsage(tenant, [limitedOffer(id, limits)], new Date("2026-12-06T23:00:00Z")))[id];
    expect(nextWeek).toMatchObject({ windowKey: "2026-12-07", exhausted: false });
    expect(nextWeek.bars.map((b) => [b.used, b.reserved, b.remaining])).toEqual([
      [0, 0, 3],
      [0, 0, 1000],
    ]);
  });

  it("is exhausted by budget only when every currency of the offer has its budget spent", async () => {
    const t = await makeTenant();
    const limits: Limits = { budget: [{ currency: "EUR", amount: 1 }] };
    const id = await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["SPEND"], limits });
    const tenant = { id: t.tenantId, timeZone: "Europe/Berlin" };
    await redeemCodes(t.actors.admin, { codes: ["SPEND"], orderId: "o1", cart: cartFor(100) });
    const eurOnly = await getOffersUsage(tenant, [{ id, limits, currencies: ["EUR"] }]);
    expect(eurOnly[id]).toMatchObject({ windowLabel: "lifetime", windowKey: "", exhausted: true });
    expect(eurOnly[id].bars).toEqual([{ unit: "EUR", cap: 100, used: 100, reserved: 0, remaining: 0 }]);
    // USD has no budget, so the offer still applies in USD carts.
    const withUsd = await getOffersUsage(tenant, [{ id, limits, currencies: ["EUR", "USD"] }]);
    expect(withUsd[id].exhausted).toBe(false);
  });

  it("reads a page of offers at once, leaves out offers without limits, and never another tenant's counters", async () => {
    const t = await makeTenant();
    const other = await makeTenant();
    const limits: Limits = { redemptions: 5 };
    const a = await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["PA"], limits });
    const b = await makeOffer(t.tenantId, {
      family: "coupon",
      category: tenPercent,
      codes: ["PB"],
      limits: { redemptions: 2, window: "day" },
    });
    const plain = await makeOffer(t.tenantId, { family: "coupon", category: tenPercent, codes: ["PC"] });
    await redeemCodes(t.actors.admin, { codes: ["PA"], orderId: "o1" });
    await redeemCodes(t.actors.admin, { codes: ["PB"], orderId: "o1" });
    await redeemCodes(t.actors.admin, { codes: ["PB"], orderId: "o2" });
    const usage = await getOffersUsage({ id: t.tenantId, timeZone: "Europe/Berlin" }, [
      limitedOffer(a, limits),
      limitedOffer(b, { redemptions: 2, window: "day" }),
      { id: plain, limits: null, currencies: ["EUR"] },
    ]);
    expect(Object.keys(usage).sort()).toEqual([a, b].sort());
    expect(usage[a]).toMatchObject({ exhausted: false, bars: [{ used: 1, remaining: 4 }] });
    expect(usage[b]).toMatchObject({ windowLabel: "today", exhausted: true, bars: [{ used: 2, remaining: 0 }] });
    // The same offer ids asked for by another tenant read nothing.
    const foreign = await getOffersUsage({ id: other.tenantId, timeZone: "Europe/Berlin" }, [limitedOffer(a, limits)]);
    expect(foreign[a].bars).toEqual([{ unit: "uses", cap: 5, used: 0, reserved: 0, remaining: 5 }]);
  });
});
