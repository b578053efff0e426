// Fixed-window counters kept in the database, so every app instance behind the load balancer shares them.
// Several keys are read or counted in one statement: these run on every code lookup.
import { Prisma } from "@/lib/generated/sqlite/client";
import { db } from "@/lib/db/client";

export type RateLimitState = { count: number; retryAfterSeconds: number };

type BucketRow = { key: string; count: number | bigint; windowStartMs: number | bigint | string };

function stateOf(row: BucketRow | undefined, windowMs: number, now: number): RateLimitState {
  const start = row ? Number(row.windowStartMs) : 0;
  if (!row || start <= now - windowMs) return { count: 0, retryAfterSeconds: 0 };
  return { count: Number(row.count), retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)) };
}

/** Counts `hits` hits against each key (one statement) and returns each key's count inside its current window. */
export async function hitRateLimits(keys: readonly string[], windowSeconds: number, now = Date.now(), hits = 1): Promise<RateLimitState[]> {
  const unique = [...new Set(keys)];
  if (unique.length === 0 || hits <= 0) return keys.map(() => ({ count: 0, retryAfterSeconds: 0 }));
  const windowMs = windowSeconds * 1000;
  const expiredBefore = BigInt(now - windowMs);
  const nowMs = BigInt(now);
  const values = Prisma.join(unique.map((key) => Prisma.sql`(${key}, ${nowMs}, ${hits})`));
  const rows = await db().$queryRaw<BucketRow[]>(Prisma.sql`
    INSERT INTO "RateLimitBucket" ("key", "windowStartMs", "count") VALUES ${values}
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStartMs" <= ${expiredBefore} THEN excluded."count" ELSE "RateLimitBucket"."count" + excluded."count" END,
      "windowStartMs" = CASE WHEN "RateLimitBucket"."windowStartMs" <= ${expiredBefore} THEN ${nowMs} ELSE "RateLimitBucket"."windowStartMs" END
    RETURNING "key", "count", "windowStartMs"`);
  const byKey = new Map(rows.map((row) => [row.key, row]));
  // A row just written is inside its window by construction, so stateOf never reads it as expired.
  return keys.map((key) => stateOf(byKey.get(key), windowMs, now));
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
