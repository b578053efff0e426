import { describe, expect, it } from "vitest";
import { formatOfferDate, offerDateInstant, offerStatus, parseOfferDate, zonedTimeToInstant } from "@/lib/offers/dates";

describe("offer dates", () => {
  it("reads an absolute date as its instant, whatever the zone", () => {
    expect(offerDateInstant("2026-12-01T09:00:00+01:00", "Asia/Tokyo").toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(offerDateInstant("2026-12-01T09:00:00Z", "Europe/Berlin").toISOString()).toBe("2026-12-01T09:00:00.000Z");
  });

  it.each([
    ["2026-12-01T09:00:00", "Europe/Berlin", "2026-12-01T08:00:00.000Z"],
    ["2026-07-01T09:00:00", "Europe/Berlin", "2026-07-01T07:00:00.000Z"],
    ["2026-12-01T09:00:00", "America/New_York", "2026-12-01T14:00:00.000Z"],
    ["2026-12-01T09:00:00", "UTC", "2026-12-01T09:00:00.000Z"],
    ["2026-03-29T02:30:00", "Europe/Berlin", "2026-03-29T01:30:00.000Z"], // skipped hour moves forward
    ["2026-10-25T02:30:00", "Europe/Berlin", "2026-10-25T01:30:00.000Z"], // repeated hour: one of the two readings
  ])("reads naive %s in %s", (naive, zone, expected) => {
    const instant = zonedTimeToInstant(naive, zone).toISOString();
    if (naive.startsWith("2026-10-25")) expect(["2026-10-25T00:30:00.000Z", "2026-10-25T01:30:00.000Z"]).toContain(instant);
    else expect(instant).toBe(expected);
  });

  it("checks the calendar", () => {
    expect(parseOfferDate("2028-02-29T00:00:00")).not.toBeNull();
    expect(parseOfferDate("2027-02-29T00:00:00")).toBeNull();
    expect(parseOfferDate("2027-01-01T24:00:00")).toBeNull();
    expect(parseOfferDate("2027-01-01T00:00:00+15:00")).toBeNull();
  });

  it("derives the status from the switch and the dates", () => {
    const now = new Date("2026-12-10T00:00:00Z");
    const startsAt = new Date("2026-12-01T00:00:00Z");
    const endsAt = new Date("2026-12-31T00:00:00Z");
    expect(offerStatus({ active: false, startsAt, endsAt }, now)).toBe("Disabled");
    expect(offerStatus({ active: true, startsAt: new Date("2026-12-11T00:00:00Z"), endsAt }, now)).toBe("Planned");
    expect(offerStatus({ active: true, startsAt, endsAt }, now)).toBe("Active");
    expect(offerStatus({ active: true, startsAt, endsAt: null }, now)).toBe("Active");
    expect(offerStatus({ active: true, startsAt, endsAt: new Date("2026-12-09T23:59:59Z") }, now)).toBe("Expired");
  });

  it("formats a stored date in its own wall-clock time", () => {
    expect(formatOfferDate("2026-12-01T09:00:00+01:00")).toBe("1 Dec 2026 09:00");
  });
});
