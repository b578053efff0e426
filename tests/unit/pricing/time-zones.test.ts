// Validity windows: inclusive edges, localized naive times read in the store's zone (tenant zone
// as fallback), and DST gaps/overlaps resolved like Temporal's "compatible" disambiguation.
import { describe, expect, it } from "vitest";
import { wallTimeToInstant, type Offer } from "@/lib/pricing";
import { cart, codes, coupon, item, offer, price, products, traceOf } from "./fixtures";

const wall = (text: string) => Date.parse(`${text}Z`);
const iso = (ms: number) => new Date(ms).toISOString();

describe("wallTimeToInstant", () => {
  it.each([
    ["Europe/Berlin", "2026-03-29T01:30:00", "2026-03-29T00:30:00.000Z"], // before the jump, CET
    ["Europe/Berlin", "2026-03-29T02:30:00", "2026-03-29T01:30:00.000Z"], // in the gap: moved forward to 03:30 CEST
    ["Europe/Berlin", "2026-03-29T03:00:00", "2026-03-29T01:00:00.000Z"], // first valid summer-time minute
    ["Europe/Berlin", "2026-10-25T02:30:00", "2026-10-25T00:30:00.000Z"], // twice: the earlier (CEST)
    ["America/New_York", "2026-11-01T00:30:00", "2026-11-01T04:30:00.000Z"],
    ["America/New_York", "2026-11-01T01:30:00", "2026-11-01T05:30:00.000Z"], // twice: the earlier (EDT)
    ["America/New_York", "2026-11-01T02:30:00", "2026-11-01T07:30:00.000Z"], // EST
    ["America/New_York", "2026-03-08T02:30:00", "2026-03-08T07:30:00.000Z"], // in the gap: 03:30 EDT
    ["Asia/Tokyo", "2026-06-15T09:00:00", "2026-06-15T00:00:00.000Z"],
    ["UTC", "2026-06-15T09:00:00", "2026-06-15T09:00:00.000Z"],
  ])("%s %s is %s", (zone, local, instant) => {
    expect(iso(wallTimeToInstant(wall(local), zone))).toBe(instant);
  });
});

describe("validity edges of absolute dates", () => {
  const promo = offer(
    { kind: "ProductLevelFixed", discount: 1, products: products("a") },
    {
      id: "window",
      validFrom: "2026-06-15T12:00:00Z",
      validTo: "2026-06-20T12:00:00+02:00",
    },
  );
  it.each([
    ["2026-06-15T11:59:59.999Z", "not_yet_valid"],
    ["2026-06-15T12:00:00Z", undefined], // exactly at validFrom
    ["2026-06-20T10:00:00Z", undefined], // exactly at validTo: inclusive
    ["2026-06-20T10:00:00.001Z", "expired"],
  ])("at %s -> %s", (at, reason) => {
    const result = price([promo], cart([item("a", 10)], { at }));
    expect(traceOf(result, "window").reason).toBe(reason);
    expect(result.totals.discount).toBe(reason ? 0 : 1);
  });

  it("uses context.now when the request has no `at`", () => {
    expect(traceOf(price([promo], cart([item("a", 10)]), { now: "2026-06-16T00:00:00Z" }), "window").status).toBe("applied");
    expect(traceOf(price([promo], cart([item("a", 10)]), { now: "2026-06-14T00:00:00Z" }), "window").reason).toBe("not_yet_valid");
  });
});

describe("localized validity (naive times in the store's zone)", () => {
  const localized = (overrides: Partial<Offer>) =>
    offer({ kind: "ProductLevelFixed", discount: 1, products: products("a") }, { id: "local", localizedTimezone: true, ...overrides });
  const storeTimeZones = { berlin: "Europe/Berlin", ny: "America/New_York", tokyo: "Asia/Tokyo", nozone: null, broken: "Mars/Olympus" };
  const reasonAt = (promo: Offer, at: string, storeId?: string, tenantTimeZone = "UTC") =>
    traceOf(price([promo], cart([item("a", 10)], { at, storeId }), { storeTimeZones, tenantTimeZone }), "local").reason;

  it.each([
    // Europe/Berlin, 2026-03-29: 02:00 CET jumps to 03:00 CEST; a 02:30 start means 03:30 CEST = 01:30Z.
    ["2026-03-29T01:29:59Z", "not_yet_valid"],
    ["2026-03-29T01:30:00Z", undefined],
  ])("Berlin spring-forward gap: start 02:30 local, at %s -> %s", (at, reason) => {
    expect(reasonAt(localized({ validFrom: "2026-03-29T02:30:00" }), at, "berlin")).toBe(reason);
  });

  it.each([
    // America/New_York, 2026-11-01: 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST); the end is the first.
    ["2026-11-01T05:30:00Z", undefined],
    ["2026-11-01T05:30:01Z", "expired"],
    ["2026-11-01T06:10:00Z", "expired"], // 01:10 EST on the wall clock, but after the end instant
  ])("New York fall-back overlap: end 01:30 local, at %s -> %s", (at, reason) => {
    expect(reasonAt(localized({ validFrom: "2026-10-01T00:00:00", validTo: "2026-11-01T01:30:00" }), at, "ny")).toBe(reason);
  });

  it("starts 09:00 in every store's own time", () => {
    const promo = localized({ validFrom: "2026-06-15T09:00:00" });
    expect(reasonAt(promo, "2026-06-15T00:00:00Z", "tokyo")).toBeUndefined(); // 09:00 in Tokyo
    expect(reasonAt(promo, "2026-06-15T00:00:00Z", "ny")).toBe("not_yet_valid"); // 20:00 the day before
    expect(reasonAt(promo, "2026-06-15T13:00:00Z", "ny")).toBeUndefined(); // 09:00 EDT
  });

  it.each([
    ["a store without a zone", "nozone"],
    ["an unknown store", "elsewhere"],
    ["a store with an invalid zone", "broken"],
    ["no store", undefined],
  ])("uses the tenant's zone for %s", (_label, storeId) => {
    const promo = localized({ validFrom: "2026-06-15T09:00:00" });
    expect(reasonAt(promo, "2026-06-15T00:00:00Z", storeId, "Asia/Tokyo")).toBeUndefined();
    expect(reasonAt(promo, "2026-06-14T23:59:59Z", storeId, "Asia/Tokyo")).toBe("not_yet_valid");
  });

  it("says 'store time' in the message", () => {
    const save = coupon({ kind: "CartLevelFixed", discount: 1 }, { id: "s10", localizedTimezone: true, validFrom: "2026-12-01T09:00:00" });
    const result = price([save], cart([item("a", 10)], { couponCodes: ["SAVE10"], storeId: "berlin" }), {
      storeTimeZones,
      codes: codes({ SAVE10: "s10" }),
    });
    expect(result.rejectedCouponCodes).toEqual([
      { code: "SAVE10", reason: "not_yet_valid", message: "Code SAVE10 starts on 2026-12-01 09:00 (store time)." },
    ]);
  });
});
