import { describe, expect, it } from "vitest";
import { minorToScaled, numberToScaled, toScaled } from "@/lib/pos/decimal";
import { campaignWindow, earlierBound, localDate, localDateTime } from "@/lib/pos/local-dates";
import { generateSerial } from "@/lib/pos/serial";
import { campaignStatus, issuedCouponStatus } from "@/lib/pos/status";

describe("local dates", () => {
  it("reads the wall clock of a zone", () => {
    const ms = Date.parse("2026-12-31T23:30:00Z");
    expect(localDateTime("Europe/Berlin", ms)).toBe("2027-01-01T00:30:00");
    expect(localDate("America/New_York", ms)).toBe("2026-12-31");
    expect(localDateTime("Not/AZone", ms)).toBe("2026-12-31T23:30:00");
  });

  it("turns campaign dates into inclusive naive bounds", () => {
    expect(campaignWindow({ startDate: "2026-01-01" })).toEqual({ validFrom: "2026-01-01T00:00:00", validTo: null });
    expect(campaignWindow({ startDate: "2026-01-01", startTime: "09:00:00", endDate: "2026-01-31", endTime: null })).toEqual({
      validFrom: "2026-01-01T09:00:00",
      validTo: "2026-01-31T23:59:59",
    });
    expect(earlierBound(null, "b")).toBe("b");
    expect(earlierBound("2026-01-02T00:00:00", "2026-01-01T23:59:59")).toBe("2026-01-01T23:59:59");
  });
});

describe("statuses", () => {
  const now = "2026-06-01T12:00:00";
  it("derives a campaign's status", () => {
    expect(campaignStatus({ enabled: false, validFrom: "2020-01-01T00:00:00", validTo: null }, now)).toBe("Disabled");
    expect(campaignStatus({ enabled: true, validFrom: "2026-06-01T12:00:01", validTo: null }, now)).toBe("Planned");
    expect(campaignStatus({ enabled: true, validFrom: "2026-01-01T00:00:00", validTo: "2026-06-01T12:00:00" }, now)).toBe("Active");
    expect(campaignStatus({ enabled: true, validFrom: "2026-01-01T00:00:00", validTo: "2026-06-01T11:59:59" }, now)).toBe("Expired");
  });

  it("derives an issued coupon's status: REDEEMED stored, EXPIRED from its expiry day or the campaign's end", () => {
    expect(issuedCouponStatus({ status: "ACTIVE", expiryDate: null }, null, now)).toBe("ACTIVE");
    expect(issuedCouponStatus({ status: "ACTIVE", expiryDate: "2026-06-01" }, null, now)).toBe("ACTIVE");
    expect(issuedCouponStatus({ status: "ACTIVE", expiryDate: "2026-05-31" }, null, now)).toBe("EXPIRED");
    expect(issuedCouponStatus({ status: "ACTIVE", expiryDate: null }, "2026-06-01T11:59:59", now)).toBe("EXPIRED");
    expect(issuedCouponStatus({ status: "REDEEMED", expiryDate: "2020-01-01" }, null, now)).toBe("REDEEMED");
  });
});

describe("decimals and serials", () => {
  it("compares thresholds exactly", () => {
    expect(toScaled("250.00")).toBe(toScaled("250"));
    expect(toScaled("0.0001")).toBe(1n);
    expect(numberToScaled(0.1 + 0.2)).toBe(toScaled("0.3"));
    expect(minorToScaled(25_000, 2)).toBe(toScaled("250"));
    expect(minorToScaled(250, 0)).toBe(toScaled("250"));
  });

  it("draws 20-digit serials without repeats", () => {
    const serials = Array.from({ length: 2000 }, generateSerial);
    expect(serials.every((s) => /^\d{20}$/.test(s))).toBe(true);
    expect(new Set(serials).size).toBe(serials.length);
  });
});
