// The in-memory outcome counts and the rollup deltas of a window, without a database.
import { afterEach, describe, expect, it } from "vitest";
import {
  discardPricingOutcomes,
  peekPricingOutcomes,
  recordPricingOutcomes,
  stopFlushingPricingOutcomes,
} from "@/lib/analytics/attempt-aggregator";
import { usageDeltas } from "@/lib/analytics/roll-up-usage";
import type { TraceEntry } from "@/lib/pricing";

const entry = (over: Partial<TraceEntry>): TraceEntry => ({
  source: "coupon",
  id: "o1",
  name: "O",
  kind: "CartLevelPercentage",
  status: "applied",
  amount: 1,
  ...over,
});
const at = (iso: string) => new Date(iso);

afterEach(() => {
  stopFlushingPricingOutcomes();
  discardPricingOutcomes();
});

describe("recordPricingOutcomes", () => {
  it("adds up per tenant, hour, offer and outcome; codes that match no offer count under offer ''", () => {
    const trace = [
      entry({ couponCode: "TEN" }),
      entry({ id: "promo", source: "automatic", status: "rejected", reason: "minimum_not_reached" }),
      entry({ id: "", kind: "", couponCode: "GUESS-1", status: "rejected", reason: "not_found" }),
      entry({ id: "", kind: "", couponCode: "GUESS-2", status: "rejected", reason: "not_found" }),
    ];
    recordPricingOutcomes("t1", { trace }, at("2026-12-02T10:00:10Z"));
    recordPricingOutcomes("t1", { trace }, at("2026-12-02T10:59:59Z"));
    recordPricingOutcomes("t1", { trace: trace.slice(0, 1) }, at("2026-12-02T11:00:00Z"));
    recordPricingOutcomes("t2", { trace: trace.slice(1, 2) }, at("2026-12-02T10:00:00Z"));
    const hour = Date.parse("2026-12-02T10:00:00Z") / 3_600_000;
    const rows = peekPricingOutcomes().sort((a, b) =>
      `${a.tenantId}${a.hour}${a.offerId}`.localeCompare(`${b.tenantId}${b.hour}${b.offerId}`),
    );
    expect(rows).toEqual([
      { tenantId: "t1", hour, offerId: "", outcome: "not_found", count: 4 },
      { tenantId: "t1", hour, offerId: "o1", outcome: "applied", count: 2 },
      { tenantId: "t1", hour, offerId: "promo", outcome: "minimum_not_reached", count: 2 },
      { tenantId: "t1", hour: hour + 1, offerId: "o1", outcome: "applied", count: 1 },
      { tenantId: "t2", hour, offerId: "promo", outcome: "minimum_not_reached", count: 1 },
    ]);
  });
});

describe("usageDeltas", () => {
  const base = { tenantId: "t", orderId: "order", offerId: "o", code: "C", storeId: "s", channel: "web", currency: "EUR", amountMinor: 0 };
  const since = at("2026-12-02T10:00:00Z");
  const until = at("2026-12-02T10:00:15Z");
  const hour = Date.parse("2026-12-02T10:00:00Z") / 3_600_000;

  it("adds uses that began in the window, subtracts reverts from the hour the use was counted in, and nets both", () => {
    const deltas = usageDeltas(
      [
        { ...base, createdAt: at("2026-12-02T10:00:01Z"), revertedAt: null },
        { ...base, createdAt: at("2026-12-02T10:00:02Z"), revertedAt: at("2026-12-02T10:00:03Z") },
        { ...base, createdAt: at("2026-12-02T08:59:00Z"), revertedAt: at("2026-12-02T10:00:14Z") },
        { ...base, storeId: null, channel: null, currency: null, createdAt: at("2026-12-02T10:00:14.999Z"), revertedAt: null },
        { ...base, createdAt: at("2026-12-02T10:00:15Z"), revertedAt: null },
      ],
      since,
      until,
    );
    expect(deltas.hours.filter((d) => d.grain === "full")).toEqual([
      { tenantId: "t", grain: "full", hour, offerId: "o", storeId: "s", channel: "web", currency: "EUR", redemptions: 1, amountMinor: 0 },
      {
        tenantId: "t",
        grain: "full",
        hour: hour - 2,
        offerId: "o",
        storeId: "s",
        channel: "web",
        currency: "EUR",
        redemptions: -1,
        amountMinor: 0,
      },
      { tenantId: "t", grain: "full", hour, offerId: "o", storeId: "", channel: "", currency: "", redemptions: 1, amountMinor: 0 },
    ]);
    // Every grain keeps the currency (amounts of two currencies never add up).
    const coarse = (grain: string) =>
      deltas.hours.filter((d) => d.grain === grain).map((d) => [d.hour, d.offerId, d.storeId, d.channel, d.currency, d.redemptions]);
    expect(coarse("all")).toEqual([
      [hour, "", "", "", "EUR", 1],
      [hour - 2, "", "", "", "EUR", -1],
      [hour, "", "", "", "", 1],
    ]);
    expect(coarse("store")).toEqual([
      [hour, "", "s", "", "EUR", 1],
      [hour - 2, "", "s", "", "EUR", -1],
      [hour, "", "", "", "", 1],
    ]);
    expect(coarse("offer")).toEqual([
      [hour, "o", "", "", "EUR", 1],
      [hour - 2, "o", "", "", "EUR", -1],
      [hour, "o", "", "", "", 1],
    ]);
    expect(coarse("channel")).toEqual([
      [hour, "", "", "web", "EUR", 1],
      [hour - 2, "", "", "web", "EUR", -1],
      [hour, "", "", "", "", 1],
    ]);
    expect(deltas.codeDays).toEqual([{ tenantId: "t", day: Math.floor(hour / 24), offerId: "o", code: "C", redemptions: 1 }]);
  });
});
