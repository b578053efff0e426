// Fixed-window counters kept in the database, so every app instance behind the load balancer shares them.
import { Prisma } from "@/lib/generated/sqlite/client";
import { db } from "@/lib/db/client";

export type RateLimitState = { count: number; retryAfterSeconds: number };

/** Counts one hit against `key` and returns the count inside the current window. */
export async function hitRateLimit(key: string, windowSeconds: number, now = Date.now()): Promise<RateLimitState> {
  const windowMs = windowSeconds * 1000;
  const expiredBefore = BigInt(now - windowMs);
  const nowMs = BigInt(now);
  const rows = await db().$queryRaw<{ count: number | bigint; windowStartMs: number | bigint | string }[]>(Prisma.sql`
    INSERT INTO "RateLimitBucket" ("key", "windowStartMs", "count") VALUES (${key}, ${nowMs}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStartMs" <= ${expiredBefore} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStartMs" = CASE WHEN "RateLimitBucket"."windowStartMs" <= ${expiredBefore} THEN ${nowMs} ELSE "RateLimitBucket"."windowStartMs" END
    RETURNING "count", "windowStartMs"`);
  const row = rows[0];
  const start = Number(row.windowStartMs);
  return { count: Number(row.count), retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)) };
}

/** The current count without counting a hit (0 when the window has passed). */
export async function peekRateLimit(key: string, windowSeconds: number, now = Date.now()): Promise<RateLimitState> {
  const bucket = await db().rateLimitBucket.findUnique({ where: { key } });
  const start = bucket ? Number(bucket.windowStartMs) : 0;
  if (!bucket || start <= now - windowSeconds * 1000) return { count: 0, retryAfterSeconds: 0 };
  return { count: bucket.count, retryAfterSeconds: Math.max(1, Math.ceil((start + windowSeconds * 1000 - now) / 1000)) };
}

export async function clearRateLimit(key: string): Promise<void> {
  await db().rateLimitBucket.deleteMany({ where: { key } });
}
