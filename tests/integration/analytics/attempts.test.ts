// Pricing outcomes are counted in memory and written by a flush: one upsert adds each instance's counts
// to the hour's rows, codes that match no offer count under offer "", and the rejection chart and the dominant-reason
// alert read them.
import { describe, expect, it } from "vitest";
import { flushPricingOutcomes, pendingPricingOutcomes, stopFlushingPricingOutcomes } from "@/lib/analytics/attempt-aggregator";
import { getRejectionsByReason } from "@/lib/analytics/get-rejections-by-reason";
import { listAnalyticsAlerts } from "@/lib/analytics/list-analytics-alerts";
import { priceCartForTenant } from "@/lib/carts/price-cart-for-tenant";
import { db } from "@/lib/db/client";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

const cart = (codes: string[], price = 20) => ({
  currency: "EUR",
  items: [{ productId: "p1", quantity: 1, price }],
  couponCodes: codes,
});

describe("pricing outcome counts", () => {
  it("counts applied and rejected outcomes per offer and reason, and flushes them adding to the rows", async () => {
    const t = await makeTenant({ timeZone: "UTC" });
    const minimum = await makeOffer(t.tenantId, {
      family: "coupon",
      name: "Big spender",
      category: { kind: "CartLevelPercentage", discount: 10 },
      currencies: [{ code: "EUR", minimumCartValue: 50 }],
      codes: ["BIG"],
    });
    await flushPricingOutcomes();
    for (let i = 0; i < 3; i++) await priceCartForTenant(t.tenantId, cart(["BIG", "NOPE-1", `NOPE-${i + 2}`]));
    await priceCartForTenant(t.tenantId, cart(["BIG"], 60));
    stopFlushingPricingOutcomes();
    expect(pendingPricingOutcomes()).toBeGreaterThan(0);
    await flushPricingOutcomes();
    expect(pendingPricingOutcomes()).toBe(0);
    // A second batch adds to the same hour's rows (unless the hour turned over in between).
    await priceCartForTenant(t.tenantId, cart(["BIG"]));
    await flushPricingOutcomes();

    const rows = await db().analyticsAttemptHour.groupBy({
      by: ["offerId", "outcome"],
      where: { tenantId: t.tenantId },
      _sum: { count: true },
      orderBy: [{ offerId: "asc" }, { outcome: "asc" }],
    });
    expect(rows.map((r) => [r.offerId, r.outcome, r._sum.count])).toEqual([
      ["", "not_found", 6],
      [minimum, "applied", 1],
      [minimum, "minimum_not_reached", 4],
    ]);

    const chart = await getRejectionsByReason(t.tenantId, { granularity: "hour" });
    expect(chart.reasons).toEqual(["not_found", "minimum_not_reached"]);
    const sum = (reason: string) => chart.points.reduce((s, p) => s + (p.counts[reason] ?? 0), 0);
    expect([sum("not_found"), sum("minimum_not_reached"), chart.points.reduce((s, p) => s + p.attempts, 0)]).toEqual([6, 4, 11]);
    expect((await getRejectionsByReason(t.tenantId, { granularity: "day", offerId: minimum })).reasons).toEqual(["minimum_not_reached"]);
  });

  it("raises the dominant-reason alert past 30 % of at least 20 attempts, and the expiring alert within 7 days", async () => {
    const t = await makeTenant({ timeZone: "UTC" });
    const now = new Date();
    const soon = new Date(now.getTime() + 3 * 86_400_000).toISOString().slice(0, 19) + "Z";
    const picky = await makeOffer(t.tenantId, {
      family: "coupon",
      name: "Picky",
      category: { kind: "CartLevelPercentage", discount: 10 },
      currencies: [{ code: "EUR", minimumCartValue: 50 }],
      codes: ["PICKY"],
      validTo: soon,
    });
    for (let i = 0; i < 13; i++) await priceCartForTenant(t.tenantId, cart(["PICKY"], 60));
    for (let i = 0; i < 6; i++) await priceCartForTenant(t.tenantId, cart(["PICKY"], 10));
    await flushPricingOutcomes();
    const expiring = { kind: "expiring", offerId: picky, family: "coupon", name: "Picky", endsAt: new Date(soon).toISOString() };
    expect(await listAnalyticsAlerts(t.tenantId)).toEqual([expiring]);
    await priceCartForTenant(t.tenantId, cart(["PICKY"], 10));
    await flushPricingOutcomes();
    expect(await listAnalyticsAlerts(t.tenantId)).toEqual([
      expiring,
      {
        kind: "dominant_rejection",
        offerId: picky,
        family: "coupon",
        name: "Picky",
        reason: "minimum_not_reached",
        share: 7 / 20,
        attempts: 20,
      },
    ]);
  });
});
