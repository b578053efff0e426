// Chart buckets in the tenant's zone. The rollups count per UTC hour; a chart groups those hours by the
// local hour, day, week (starting Monday) or month they fall in, through the one time module. Pure: no
// clock, no database. Zones with a sub-hour offset (Asia/Kolkata) put each UTC hour in the local bucket of
// its start.
import { instantToWallTime, wallTimeToInstant, zoneOffsetAt } from "@/lib/pricing/time";

export const GRANULARITIES = ["hour", "day", "week", "month"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** More buckets than this in one chart is a request for a coarser granularity. */
export const MAX_BUCKETS = 2_000;

export type Bucket = {
  /** Local label: "2026-03-29T02:00+01:00" (hour, with the offset so a repeated wall hour stays apart), "2026-03-29" (day, week's Monday) or "2026-03" (month). */
  key: string;
  /** The bucket's first instant (ISO, UTC). */
  start: string;
};

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function offsetText(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60_000);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The local wall-clock start (ms, fields read as UTC) of the bucket holding `wallMs`. */
function truncateWall(wallMs: number, granularity: Granularity): number {
  const d = new Date(wallMs);
  switch (granularity) {
    case "hour":
      return wallMs - (((wallMs % HOUR_MS) + HOUR_MS) % HOUR_MS);
    case "day":
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    case "week": {
      const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
      const sinceMonday = (d.getUTCDay() + 6) % 7;
      return day - sinceMonday * DAY_MS;
    }
    case "month":
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  }
}

/** The bucket of the instant `instantMs` in `zone`. */
export function bucketOf(instantMs: number, granularity: Granularity, zone: string): Bucket {
  const offset = zoneOffsetAt(zone, instantMs);
  const wallStart = truncateWall(instantMs + offset, granularity);
  const iso = new Date(wallStart).toISOString();
  if (granularity === "hour") {
    const start = instantMs - (((instantMs % HOUR_MS) + HOUR_MS) % HOUR_MS);
    return { key: `${iso.slice(0, 13)}:00${offsetText(offset)}`, start: new Date(start).toISOString() };
  }
  const start = wallTimeToInstant(wallStart, zone);
  return { key: granularity === "month" ? iso.slice(0, 7) : iso.slice(0, 10), start: new Date(start).toISOString() };
}

/** Every bucket that the hours [fromHour, toHour) touch, in order (empty ones too, so a chart has no holes). */
export function bucketsBetween(fromHour: number, toHour: number, granularity: Granularity, zone: string): Bucket[] {
  return hourBuckets(fromHour, toHour, granularity, zone).buckets;
}

/**
 * The buckets of a range and the bucket key of each of its hours. Charts look their rows' hours up in
 * `keyOf`: one zone computation per hour of the range instead of one per row (a chart's rows are
 * many per hour: stores, channels, offers, reasons). Days, weeks and months are walked bucket by bucket
 * (a few zone computations per bucket, not per hour: a 30-day chart made 720 × 5 of them, ~100 ms):
 * an hour belongs to the bucket its start falls in, so bucket [start, next) holds the hours from
 * ceil(start) to ceil(next).
 */
export function hourBuckets(
  fromHour: number,
  toHour: number,
  granularity: Granularity,
  zone: string,
): { buckets: Bucket[]; keyOf: Map<number, string> } {
  const buckets: Bucket[] = [];
  const keyOf = new Map<number, string>();
  let hour = fromHour;
  while (hour < toHour) {
    const bucket = bucketOf(hour * HOUR_MS, granularity, zone);
    const end = granularity === "hour" ? hour + 1 : Math.max(hour + 1, Math.ceil(nextBucketStart(bucket, granularity, zone) / HOUR_MS));
    for (; hour < Math.min(end, toHour); hour++) keyOf.set(hour, bucket.key);
    buckets.push(bucket);
  }
  return { buckets, keyOf };
}

/** The first instant of the day, week or month after `bucket`. */
function nextBucketStart(bucket: Bucket, granularity: Exclude<Granularity, "hour">, zone: string): number {
  const [y, m, d] = bucket.key.split("-").map(Number);
  const next = granularity === "month" ? Date.UTC(y, m, 1) : Date.UTC(y, m - 1, d) + (granularity === "week" ? 7 : 1) * DAY_MS;
  return wallTimeToInstant(next, zone);
}

/** How many buckets a range makes at a granularity, without building them (for the limit check). */
export function approximateBucketCount(fromHour: number, toHour: number, granularity: Granularity): number {
  const hours = Math.max(0, toHour - fromHour);
  const per = { hour: 1, day: 24, week: 168, month: 720 }[granularity];
  return Math.ceil(hours / per);
}

/** The wall clock of `zone` at an instant, for labels elsewhere. */
export function wallOf(instantMs: number, zone: string): number {
  return instantToWallTime(instantMs, zone);
}
