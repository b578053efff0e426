import { describe, expect, it } from "vitest";
import { windowKey } from "@/lib/limits/window-key";

describe("limit windows in the tenant's zone (contract §7)", () => {
  it.each([
    // Berlin's spring DST day (29 March 2026) is 23 hours long: 2026-03-28T23:00Z to 2026-03-29T22:00Z.
    ["day", "2026-03-28T22:59:59Z", "Europe/Berlin", "2026-03-28"],
    ["day", "2026-03-28T23:00:00Z", "Europe/Berlin", "2026-03-29"],
    ["day", "2026-03-29T21:59:59Z", "Europe/Berlin", "2026-03-29"],
    ["day", "2026-03-29T22:00:00Z", "Europe/Berlin", "2026-03-30"],
    // The autumn DST day (25 October 2026) is 25 hours long.
    ["day", "2026-10-24T22:00:00Z", "Europe/Berlin", "2026-10-25"],
    ["day", "2026-10-25T22:59:59Z", "Europe/Berlin", "2026-10-25"],
    ["day", "2026-10-25T23:00:00Z", "Europe/Berlin", "2026-10-26"],
    // ISO weeks start on Monday, local time: Monday 7 December 2026 00:00 in Berlin is still Sunday in UTC.
    ["week", "2026-12-06T22:59:59Z", "Europe/Berlin", "2026-11-30"],
    ["week", "2026-12-06T23:00:00Z", "Europe/Berlin", "2026-12-07"],
    ["week", "2026-12-06T23:00:00Z", "UTC", "2026-11-30"],
    ["week", "2027-01-03T12:00:00Z", "UTC", "2026-12-28"],
    ["month", "2026-11-30T23:00:00Z", "Europe/Berlin", "2026-12-01"],
    ["month", "2026-12-01T04:59:59Z", "America/New_York", "2026-11-01"],
  ] as const)("%s of %s in %s starts %s", (window, at, zone, expected) => {
    expect(windowKey(window, Date.parse(at), zone)).toBe(expected);
  });

  it("is the empty key without a window", () => {
    expect(windowKey(undefined, Date.parse("2026-12-01T00:00:00Z"), "UTC")).toBe("");
  });
});
