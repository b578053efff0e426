// Fixed-window counters kept in the database, so every app instance behind the load balancer shares them.
// Several keys are read, counted or reserved in one statement: these run on every code lookup. The SQL is
// the same on SQLite and PostgreSQL (upsert with RETURNING, CASE rather than LEAST/GREATEST).
import { Prisma } from "@/lib/generated/sqlite/client";
import { db } from "@/lib/db/client";
import { forUpdate } from "@/lib/db/row-locks";

export type RateLimitState = { count: number; retryAfterSeconds: number; windowStartMs: number };

type BucketRow = { key: string; count: number | bigint; windowStartMs: number | bigint | string };

function stateOf(row: BucketRow | undefined, windowMs: number, now: number): RateLimitState {
  const start = row ? Number(row.windowStartMs) : 0;
  if (!row || start <= now - windowMs) return { count: 0, retryAfterSeconds: 0, windowStartMs: 0 };
  return { count: Number(row.count), retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)), windowStartMs: start };
}

/** The current counts of the keys without counting a hit (0 where the window has passed), in one query. */
export async function peekRateLimits(keys: readonly string[], windowSeconds: number, now = Date.now()): Promise<RateLimitState[]> {
  if (keys.length === 0) return [];
  const rows = await db().$queryRaw<BucketRow[]>(Prisma.sql`
    SELECT "key", "count", "windowStartMs" FROM "RateLimitBucket" WHERE "key" IN (${Prisma.join([...new Set(keys)])})`);
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return keys.map((key) => stateOf(byKey.get(key), windowSeconds * 1000, now));
}

export async function clearRateLimit(key: string): Promise<void> {
  await db().rateLimitBucket.deleteMany({ where: { key } });
}

/** A key's bucket after a reservation: the units it granted (all that were asked, or 0) and its state. */
export type Reservation = { key: string; granted: number; count: number; windowStartMs: number };

type ReservationRow = BucketRow & { granted: number | bigint };

/**
 * Takes `units` units from each key, all or none per key, in one statement: a key grants them only when
 * its count in the current window plus `units` stays within its limit (`limit`: one for every key, or one
 * per key in the order of `keys`; a window past its end starts over at `now`). The grant is computed by
 * the database under the row's lock, so concurrent callers on any number of instances never get more
 * than the limit per key and window between them. Keys are locked in sorted order, so two reservations
 * over the same keys cannot deadlock.
 */
export async function reserveRateLimitUnits(
  keys: readonly string[],
  units: number,
  limit: number | readonly number[],
  windowSeconds: number,
  now = Date.now(),
): Promise<Reservation[]> {
  const limitOf = new Map(keys.map((key, i) => [key, typeof limit === "number" ? limit : limit[i]]));
  const sorted = [...limitOf.keys()].sort();
  const nowMs = BigInt(now);
  const expiredBefore = BigInt(now - windowSeconds * 1000);
  // CASTs: PostgreSQL would otherwise compare two untyped parameters as text.
  const asked = Prisma.sql`CAST(${units} AS INTEGER)`;
  const capOf = (key: string) => Prisma.sql`CAST(${limitOf.get(key)} AS INTEGER)`;
  const cap = Prisma.sql`CASE "RateLimitBucket"."key" ${Prisma.join(
    sorted.map((key) => Prisma.sql`WHEN ${key} THEN ${capOf(key)}`),
    " ",
  )} END`;
  const freshGrant = (key: string) => Prisma.sql`CASE WHEN ${asked} <= ${capOf(key)} THEN ${asked} ELSE 0 END`;
  const expired = Prisma.sql`"RateLimitBucket"."windowStartMs" <= ${expiredBefore}`;
  const fits = Prisma.sql`"RateLimitBucket"."count" + ${asked} <= ${cap}`;
  const values = Prisma.join(sorted.map((key) => Prisma.sql`(${key}, ${nowMs}, ${freshGrant(key)}, ${freshGrant(key)})`));
  const rows = await db().$queryRaw<ReservationRow[]>(Prisma.sql`
    INSERT INTO "RateLimitBucket" ("key", "windowStartMs", "count", "granted") VALUES ${values}
    ON CONFLICT ("key") DO UPDATE SET
      "granted" = CASE WHEN ${expired} THEN excluded."granted" WHEN ${fits} THEN ${asked} ELSE 0 END,
      "count" = CASE WHEN ${expired} THEN excluded."count" WHEN ${fits} THEN "RateLimitBucket"."count" + ${asked} ELSE "RateLimitBucket"."count" END,
      "windowStartMs" = CASE WHEN ${expired} THEN ${nowMs} ELSE "RateLimitBucket"."windowStartMs" END
    RETURNING "key", "count", "windowStartMs", "granted"`);
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return keys.map((key) => {
    const row = byKey.get(key)!;
    return { key, granted: Number(row.granted), count: Number(row.count), windowStartMs: Number(row.windowStartMs) };
  });
}

/**
 * Gives units back to the windows they were taken from (one statement); a window that has since
 * started over keeps its count. Answers each refunded key's count afterwards (a key whose window
 * has moved on is absent).
 */
export async function refundRateLimitUnits(
  refunds: readonly { key: string; units: number; windowStartMs: number }[],
): Promise<Map<string, Reservation>> {
  const due = [...refunds].filter((refund) => refund.units > 0).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (due.length === 0) return new Map();
  const amount = Prisma.join(
    due.map((refund) => Prisma.sql`WHEN ${refund.key} THEN CAST(${refund.units} AS INTEGER)`),
    " ",
  );
  const sameWindow = Prisma.join(
    due.map((refund) => Prisma.sql`("key" = ${refund.key} AND "windowStartMs" = ${BigInt(refund.windowStartMs)})`),
    " OR ",
  );
  // The rows are locked in key order, the order reserveRateLimitUnits takes them in: with the plan's
  // order instead, a refund and a reservation of the same two keys deadlocked under load (bench:legacy,
  // 1,000 concurrent redemptions by one caller on PostgreSQL).
  const rows = await db().$queryRaw<ReservationRow[]>(Prisma.sql`
    UPDATE "RateLimitBucket" SET "count" = "count" - CASE "key" ${amount} ELSE 0 END
    WHERE "key" IN (SELECT "key" FROM "RateLimitBucket" WHERE ${sameWindow} ORDER BY "key" ${forUpdate()})
    RETURNING "key", "count", "windowStartMs", "granted"`);
  return new Map(
    rows.map((row) => [
      row.key,
      { key: row.key, granted: Number(row.granted), count: Number(row.count), windowStartMs: Number(row.windowStartMs) },
    ]),
  );
}
