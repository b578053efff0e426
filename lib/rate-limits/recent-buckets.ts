// The budgets as this instance last saw them, for the RateLimit headers of requests that spend nothing.
// A checkout that names only codes known to exist takes no unit (lib/codes/unknown-code-limiter.ts), yet
// its answer carries the budgets' remaining counts: reading them from the database cost every cart and
// redemption one statement of its few. Buckets read or written here within FRESH_MS serve those headers
// instead. Every reservation and refund still runs in the database under the bucket's lock, so no limit
// depends on this; only a header may lag another instance's spending by up to FRESH_MS.
import { peekRateLimits, type Reservation } from "@/lib/rate-limits/queries";

export const FRESH_MS = 1_000;
/** Past this many keys, a note sweeps out the stale ones (keys include client addresses: unbounded). */
const SWEEP_ABOVE = 10_000;

export type Bucket = Pick<Reservation, "count" | "windowStartMs">;

const seen = new Map<string, { bucket: Bucket; at: number }>();

/** Remembers buckets as a reservation or refund left them. */
export function noteBuckets(buckets: readonly (Bucket & { key: string })[], now = Date.now()): void {
  for (const { key, count, windowStartMs } of buckets) seen.set(key, { bucket: { count, windowStartMs }, at: now });
  if (seen.size > SWEEP_ABOVE) for (const [key, entry] of seen) if (entry.at <= now - FRESH_MS) seen.delete(key);
}

/** The keys' buckets, from what this instance saw within FRESH_MS, else read (and remembered) in one query. */
export async function recentBuckets(keys: readonly string[], windowSeconds: number, now = Date.now()): Promise<Bucket[]> {
  const cached = keys.map((key) => seen.get(key));
  if (cached.every((entry) => entry !== undefined && entry.at > now - FRESH_MS)) return cached.map((entry) => entry!.bucket);
  const states = await peekRateLimits(keys, windowSeconds, now);
  const buckets = states.map(({ count, windowStartMs }) => ({ count, windowStartMs }));
  noteBuckets(
    buckets.map((bucket, i) => ({ key: keys[i], ...bucket })),
    now,
  );
  return buckets;
}
