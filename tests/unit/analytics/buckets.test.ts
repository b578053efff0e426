// Chart buckets in the tenant's zone: local days of 23 and 25 hours across DST, the repeated wall hour of
// a fall-back kept apart by its offset, Monday weeks, months, and zones with a sub-hour offset.
import { describe, expect, it } from "vitest";
import { bucketOf, bucketsBetween, HOUR_MS, hourBuckets, type Granularity } from "@/lib/analytics/buckets";

const hourOf = (iso: string) => Date.parse(iso) / HOUR_MS;

describe("bucketOf", () => {
  it.each([
    ["2026-12-02T10:30:00Z", "hour", "Europe/Berlin", "2026-12-02T11:00+01:00", "2026-12-02T10:00:00.000Z"],
    ["2026-12-02T10:30:00Z", "day", "Europe/Berlin", "2026-12-02", "2026-12-01T23:00:00.000Z"],
    ["2026-12-01T23:30:00Z", "day", "Europe/Berlin", "2026-12-02", "2026-12-01T23:00:00.000Z"],
    ["2026-12-02T10:30:00Z", "week", "Europe/Berlin", "2026-11-30", "2026-11-29T23:00:00.000Z"],
    ["2026-11-29T23:30:00Z", "week", "Europe/Berlin", "2026-11-30", "2026-11-29T23:00:00.000Z"],
    ["2026-11-29T22:30:00Z", "week", "Europe/Berlin", "2026-11-23", "2026-11-22T23:00:00.000Z"],
    ["2026-12-01T03:00:00Z", "month", "America/New_York", "2026-11", "2026-11-01T04:00:00.000Z"],
    ["2026-12-01T05:00:00Z", "month", "America/New_York", "2026-12", "2026-12-01T05:00:00.000Z"],
    ["2026-03-29T12:00:00Z", "day", "Europe/Berlin", "2026-03-29", "2026-03-28T23:00:00.000Z"],
    ["2026-10-25T00:00:00Z", "hour", "Europe/Berlin", "2026-10-25T02:00+02:00", "2026-10-25T00:00:00.000Z"],
    ["2026-10-25T01:00:00Z", "hour", "Europe/Berlin", "2026-10-25T02:00+01:00", "2026-10-25T01:00:00.000Z"],
    ["2026-12-02T10:00:00Z", "hour", "Asia/Kolkata", "2026-12-02T15:00+05:30", "2026-12-02T10:00:00.000Z"],
    ["2026-12-02T19:00:00Z", "day", "Asia/Kolkata", "2026-12-03", "2026-12-02T18:30:00.000Z"],
  ] as const)("%s by %s in %s is %s from %s", (instant, granularity, zone, key, start) => {
    expect(bucketOf(Date.parse(instant), granularity, zone)).toEqual({ key, start });
  });
});

describe("bucketsBetween", () => {
  it("the spring-forward day has 23 hours and is one bucket", () => {
    const buckets = bucketsBetween(hourOf("2026-03-28T23:00:00Z"), hourOf("2026-03-29T22:00:00Z"), "day", "Europe/Berlin");
    expect(buckets).toEqual([{ key: "2026-03-29", start: "2026-03-28T23:00:00.000Z" }]);
    expect(
      bucketsBetween(hourOf("2026-03-28T23:00:00Z"), hourOf("2026-03-29T23:00:00Z"), "day", "Europe/Berlin").map((b) => b.key),
    ).toEqual(["2026-03-29", "2026-03-30"]);
  });

  it("the fall-back day has 25 hours, and hours show the repeated 02:00 twice", () => {
    expect(bucketsBetween(hourOf("2026-10-24T22:00:00Z"), hourOf("2026-10-25T23:00:00Z"), "day", "Europe/Berlin")).toEqual([
      { key: "2026-10-25", start: "2026-10-24T22:00:00.000Z" },
    ]);
    expect(
      bucketsBetween(hourOf("2026-10-24T23:00:00Z"), hourOf("2026-10-25T02:00:00Z"), "hour", "Europe/Berlin").map((b) => b.key),
    ).toEqual(["2026-10-25T01:00+02:00", "2026-10-25T02:00+02:00", "2026-10-25T02:00+01:00"]);
  });

  it("weeks start on Monday in the zone and months on the 1st", () => {
    expect(bucketsBetween(hourOf("2026-11-01T00:00:00Z"), hourOf("2026-12-15T00:00:00Z"), "week", "UTC").map((b) => b.key)).toEqual([
      "2026-10-26",
      "2026-11-02",
      "2026-11-09",
      "2026-11-16",
      "2026-11-23",
      "2026-11-30",
      "2026-12-07",
      "2026-12-14",
    ]);
    expect(
      bucketsBetween(hourOf("2026-10-31T23:00:00Z"), hourOf("2027-01-01T00:00:00Z"), "month", "Europe/Berlin").map((b) => b.key),
    ).toEqual(["2026-11", "2026-12", "2027-01"]);
  });
});

describe("hourBuckets", () => {
  /** The hour-by-hour definition the bucket walk must agree with. */
  function reference(fromHour: number, toHour: number, granularity: Granularity, zone: string) {
    const keyOf = new Map<number, string>();
    const keys: string[] = [];
    for (let hour = fromHour; hour < toHour; hour++) {
      const bucket = bucketOf(hour * HOUR_MS, granularity, zone);
      keyOf.set(hour, bucket.key);
      if (keys[keys.length - 1] !== bucket.key) keys.push(bucket.key);
    }
    return { keys, keyOf };
  }

  it.each([
    ["Europe/Berlin", "day"],
    ["Europe/Berlin", "week"],
    ["Europe/Berlin", "month"],
    ["America/New_York", "day"],
    ["Asia/Kolkata", "day"],
    ["Asia/Kolkata", "month"],
    ["Australia/Lord_Howe", "day"],
    ["UTC", "week"],
  ] as const)("walks %s by %s like the hour-by-hour definition, across both DST changes", (zone, granularity) => {
    const from = hourOf("2026-02-27T05:00:00Z");
    const to = hourOf("2026-11-03T17:00:00Z");
    const walked = hourBuckets(from, to, granularity, zone);
    const expected = reference(from, to, granularity, zone);
    expect(walked.buckets.map((b) => b.key)).toEqual(expected.keys);
    expect(walked.keyOf).toEqual(expected.keyOf);
  });
});
