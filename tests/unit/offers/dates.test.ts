import { describe, expect, it } from "vitest";
import { wallTimeToInstant } from "@/lib/pricing/time";
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
    // Repeated hour (02:00–03:00 happens twice): its first occurrence, still summer time (+02:00).
    ["2026-10-25T02:30:00", "Europe/Berlin", "2026-10-25T00:30:00.000Z"],
    ["2026-11-01T01:30:00", "America/New_York", "2026-11-01T05:30:00.000Z"],
  ])("reads naive %s in %s", (naive, zone, expected) => {
    expect(zonedTimeToInstant(naive, zone).toISOString()).toBe(expected);
  });

  it("gives a localized offer during the autumn overlap the same status as the engine", () => {
    // 02:30 Berlin on 25 Oct 2026 starts at 00:30Z; the engine reads it the same way.
    const startsAt = zonedTimeToInstant("2026-10-25T02:30:00", "Europe/Berlin");
    expect(startsAt.getTime()).toBe(wallTimeToInstant(Date.UTC(2026, 9, 25, 2, 30), "Europe/Berlin"));
    expect(offerStatus({ active: true, startsAt, endsAt: null }, new Date("2026-10-25T01:00:00Z"))).toBe("Active");
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

  it("formats an absolute date in the given zone, with the zone's name", () => {
    expect(formatOfferDate("2026-12-01T09:00:00+01:00", "Europe/Berlin")).toBe("1 Dec 2026, 09:00 Europe/Berlin");
    expect(formatOfferDate("2026-12-01T09:00:00+01:00", "America/New_York")).toBe("1 Dec 2026, 03:00 America/New_York");
    expect(formatOfferDate("2026-07-01T12:00:00Z", "Europe/Berlin")).toBe("1 Jul 2026, 14:00 Europe/Berlin");
  });

  it("formats a localized date as the wall time in every store", () => {
    expect(formatOfferDate("2026-12-01T09:00:00", "Europe/Berlin")).toBe("1 Dec 2026, 09:00 store time");
  });
});
