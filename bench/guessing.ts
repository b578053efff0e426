// npm run bench:guessing: what the guessing defence costs the database per code-lookup request, next to
// the check-then-count it replaced (measured in the same run). 16 tills of one store (own token, one
// shared address) send requests naming 5 codes, all known (the usual checkout) or 1 unknown:
//   before: read both budgets, then count the unknown codes (a write only when there are some)
//   now:    reserve 5 units on both budgets in one statement, then give back the known ones' units
// Prints guessing.<provider>.<case>.<before|now>_per_s and .now_over_before (one JSON line each).
//   npm run bench:guessing                                                               # SQLite
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/couponsmith_bench_guessing npm run bench:guessing
// The database is dropped and recreated, so it must be named as a bench's own (couponsmith_bench_* or
// data/bench-*). Options: BENCH_REQUESTS (4000 per strategy and case).
import { randomUUID } from "node:crypto";
import { benchDatabaseUrl } from "@/tests/support/disposable-database";

const url = benchDatabaseUrl("file:./data/bench-guessing.db");
process.env.DATABASE_URL = url; // lib/env reads it once, on first use below
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 4000);
const TILLS = 16;
const CODES = 5;
const LIMIT = 1_000_000_000; // never refused: the figure is the bookkeeping, not the refusals
const WINDOW = 60;

const { freshDatabase } = await import("@/tests/support/fresh-database");
const { databaseProvider } = await import("@/lib/env");
const { peekRateLimits, refundRateLimitUnits, reserveRateLimitUnits } = await import("@/lib/rate-limits/queries");
const { printFigure } = await import("@/bench/support/server");
const { db } = await import("@/lib/db/client");
const { Prisma } = await import("@/lib/generated/sqlite/client");

/** The old count-after-the-lookup upsert, kept here only as this bench's baseline. */
async function countHits(keys: string[], hits: number): Promise<void> {
  const now = Date.now();
  const expiredBefore = BigInt(now - WINDOW * 1000);
  const values = Prisma.join(keys.map((key) => Prisma.sql`(${key}, ${BigInt(now)}, ${hits})`));
  await db().$executeRaw(Prisma.sql`
    INSERT INTO "RateLimitBucket" ("key", "windowStartMs", "count") VALUES ${values}
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStartMs" <= ${expiredBefore} THEN excluded."count" ELSE "RateLimitBucket"."count" + excluded."count" END,
      "windowStartMs" = CASE WHEN "RateLimitBucket"."windowStartMs" <= ${expiredBefore} THEN ${BigInt(now)} ELSE "RateLimitBucket"."windowStartMs" END`);
}

await freshDatabase(url);
const provider = databaseProvider(url);

type Strategy = (keys: string[], unknown: number) => Promise<unknown>;

const before: Strategy = async (keys, unknown) => {
  await peekRateLimits(keys, WINDOW);
  if (unknown > 0) await countHits(keys, unknown);
};

const now: Strategy = async (keys, unknown) => {
  const reserved = await reserveRateLimitUnits(keys, CODES, LIMIT, WINDOW);
  await refundRateLimitUnits(reserved.map((r) => ({ key: r.key, units: CODES - unknown, windowStartMs: r.windowStartMs })));
};

async function requestsPerSecond(strategy: Strategy, unknown: number): Promise<number> {
  const store = `bench:${randomUUID()}:address:10.0.0.1`;
  const tills = Array.from({ length: TILLS }, () => [`bench:${randomUUID()}:caller`, store]);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    tills.map(async (keys) => {
      while (next++ < REQUESTS) await strategy(keys, unknown);
    }),
  );
  return REQUESTS / ((performance.now() - started) / 1000);
}

for (const [label, unknown] of [
  ["known_codes", 0],
  ["one_unknown", 1],
] as const) {
  await requestsPerSecond(now, unknown); // warm-up: connections, statement caches, JIT
  await requestsPerSecond(before, unknown);
  const was = await requestsPerSecond(before, unknown);
  const is = await requestsPerSecond(now, unknown);
  printFigure(`guessing.${provider}.${label}.before_per_s`, was, "requests/s");
  printFigure(`guessing.${provider}.${label}.now_per_s`, is, "requests/s");
  printFigure(`guessing.${provider}.${label}.now_over_before`, is / was, "ratio");
}
process.exit(0);
