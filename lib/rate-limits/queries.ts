// Fixed-window counters kept in the database, so every app instance behind the load balancer shares them.
// Several keys are read, counted or reserved in one statement: these run on code lookups and sign-ins, so
// they go through the driver (lib/db/driver.ts), not Prisma. The SQL is the same on SQLite and PostgreSQL
// (upsert with RETURNING, CASE rather than LEAST/GREATEST). Every statement that locks several buckets
// locks them in key order (a multi-row upsert takes its rows in VALUES order), so two of them over the
// same keys can never deadlock.
import { db } from "@/lib/db/client";
import { int, rowOf, text } from "@/lib/db/decode";
import { driver, placeholders, type SqlParam } from "@/lib/db/driver";

export type RateLimitState = { count: number; retryAfterSeconds: number; windowStartMs: number };

const decodeBucket = rowOf({ key: text, count: int, windowStartMs: int, granted: int });
type BucketRow = ReturnType<typeof decodeBucket>;

function stateOf(row: BucketRow | undefined, windowMs: number, now: number): RateLimitState {
  const start = row ? row.windowStartMs : 0;
  if (!row || start <= now - windowMs) return { count: 0, retryAfterSeconds: 0, windowStartMs: 0 };
  return { count: row.count, retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)), windowStartMs: start };
}

const byKeyOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The current counts of the keys without counting a hit (0 where the window has passed), in one query. */
export async function peekRateLimits(keys: readonly string[], windowSeconds: number, now = Date.now()): Promise<RateLimitState[]> {
  if (keys.length === 0) return [];
  const distinct = [...new Set(keys)];
  const rows = await driver().all(
    `SELECT "key", "count", "windowStartMs", "granted" FROM "RateLimitBucket" WHERE "key" IN (${placeholders(distinct.length)})`,
    distinct,
  );
  const byKey = new Map(rows.map(decodeBucket).map((row) => [row.key, row]));
  return keys.map((key) => stateOf(byKey.get(key), windowSeconds * 1000, now));
}

export async function clearRateLimit(key: string): Promise<void> {
  await db().rateLimitBucket.deleteMany({ where: { key } });
}

/** A key's bucket after a reservation: the units it granted (all that were asked, or 0) and its state. */
export type Reservation = { key: string; granted: number; count: number; windowStartMs: number };

const RETURNING = `RETURNING "key", "count", "windowStartMs", "granted"`;

/**
 * Takes `units` units from each key, all or none per key, in one statement: a key grants them only when
 * its count in the current window plus `units` stays within its limit (`limit`: one for every key, or one
 * per key in the order of `keys`; a window past its end starts over at `now`). The grant is computed by
 * the database under the row's lock, so concurrent callers on any number of instances never get more
 * than the limit per key and window between them.
 */
export async function reserveRateLimitUnits(
  keys: readonly string[],
  units: number,
  limit: number | readonly number[],
  windowSeconds: number,
  now = Date.now(),
): Promise<Reservation[]> {
  const limitOf = new Map(keys.map((key, i) => [key, typeof limit === "number" ? limit : limit[i]]));
  const sorted = [...limitOf.keys()].sort(byKeyOrder);
  // CASTs: PostgreSQL would otherwise compare two untyped parameters as text.
  const asked = "CAST(? AS INTEGER)";
  const params: SqlParam[] = [];
  // A new bucket (or one whose window has passed) grants the units when they fit in an empty window.
  const values = sorted.map((key) => {
    params.push(key, now, units, limitOf.get(key)!, units, units, limitOf.get(key)!, units);
    const freshGrant = `CASE WHEN ${asked} <= CAST(? AS INTEGER) THEN ${asked} ELSE 0 END`;
    return `(?, ?, ${freshGrant}, ${freshGrant})`;
  });
  const cap = `CASE "RateLimitBucket"."key" ${sorted.map(() => "WHEN ? THEN CAST(? AS INTEGER)").join(" ")} END`;
  const capParams = sorted.flatMap((key) => [key, limitOf.get(key)!]);
  const expired = `"RateLimitBucket"."windowStartMs" <= ?`;
  const expiredBefore = now - windowSeconds * 1000;
  const fits = `"RateLimitBucket"."count" + ${asked} <= ${cap}`;
  params.push(expiredBefore, ...[units, ...capParams], units, expiredBefore, ...[units, ...capParams], units, expiredBefore);
  const rows = await driver().write(
    `INSERT INTO "RateLimitBucket" ("key", "windowStartMs", "count", "granted") VALUES ${values.join(", ")}
     ON CONFLICT ("key") DO UPDATE SET
       "granted" = CASE WHEN ${expired} THEN excluded."granted" WHEN ${fits} THEN ${asked} ELSE 0 END,
       "count" = CASE WHEN ${expired} THEN excluded."count" WHEN ${fits} THEN "RateLimitBucket"."count" + ${asked} ELSE "RateLimitBucket"."count" END,
       "windowStartMs" = CASE WHEN ${expired} THEN excluded."windowStartMs" ELSE "RateLimitBucket"."windowStartMs" END
     ${RETURNING}`,
    params,
  );
  const byKey = new Map(rows.map(decodeBucket).map((row) => [row.key, row]));
  return keys.map((key) => {
    const row = byKey.get(key)!;
    return { key, granted: row.granted, count: row.count, windowStartMs: row.windowStartMs };
  });
}

/**
 * Gives units back to the windows they were taken from, in one statement; a window that has since
 * started over keeps its count. Answers each refunded key's count afterwards (a key whose window has
 * moved on is absent). An upsert rather than an UPDATE so that the buckets are locked in key order like
 * a reservation locks them; a bucket cleared meanwhile comes back empty. The `granted` value of the
 * VALUES row carries the units to give back.
 */
export async function refundRateLimitUnits(
  refunds: readonly { key: string; units: number; windowStartMs: number }[],
): Promise<Map<string, Reservation>> {
  const due = refunds.filter((refund) => refund.units > 0).sort((a, b) => byKeyOrder(a.key, b.key));
  if (due.length === 0) return new Map();
  const rows = await driver().write(
    `INSERT INTO "RateLimitBucket" ("key", "windowStartMs", "count", "granted") VALUES ${due.map(() => "(?, ?, 0, CAST(? AS INTEGER))").join(", ")}
     ON CONFLICT ("key") DO UPDATE SET
       "count" = CASE
         WHEN "RateLimitBucket"."windowStartMs" <> excluded."windowStartMs" THEN "RateLimitBucket"."count"
         WHEN "RateLimitBucket"."count" > excluded."granted" THEN "RateLimitBucket"."count" - excluded."granted"
         ELSE 0 END
     ${RETURNING}`,
    due.flatMap((refund) => [refund.key, refund.windowStartMs, refund.units]),
  );
  const windowOf = new Map(due.map((refund) => [refund.key, refund.windowStartMs]));
  return new Map(
    rows
      .map(decodeBucket)
      .filter((row) => row.windowStartMs === windowOf.get(row.key))
      .map((row) => [row.key, { key: row.key, granted: row.granted, count: row.count, windowStartMs: row.windowStartMs }]),
  );
}
