// npm run bench:analytics — the analytics charts over a long ledger (issue 14), on SQLite then PostgreSQL.
// Per database: a fresh bench database, BENCH_ROWS ledger rows (default 5,000,000) over 90 days seeded by
// bulk INSERT … SELECT (bench/support/analytics-seed.ts), 100,000 printed coupons and the hourly pricing
// outcomes of 40 offers; then the rollup job's own function catches up from the oldest row, and every
// chart's operation (the functions the Analytics page, the offer panel and GET /api/v1/analytics/* call)
// runs BENCH_RUNS times (default 7) after one warm-up. Prints JSON lines:
//   analytics.<db>.seed_s, analytics.<db>.rollup_catch_up_s
//   analytics.<db>.p50_ms.<chart>      page view: 30 days by day, whole tenant; <chart>_offer: one offer's panel
//   analytics.<db>.max_p50_ms          the slowest chart (target ≤ 200 ms)
//   analytics.<db>.redeem_overhead_ratio  redemptions/s while the rollup runs every second (15× the job's
//                                      rate) ÷ redemptions/s without it, phases alternated off/on/off/on (≥ 0.9)
// BENCH_DATABASE_URL picks one database (default data/bench-analytics2-ledger.db); the npm script runs
// it for both. The database is dropped and recreated, so it must be named as a bench's own.
import { benchDatabaseUrl } from "@/tests/support/disposable-database";

const url = benchDatabaseUrl("file:./data/bench-analytics2-ledger.db");
process.env.DATABASE_URL = url; // lib/env reads it once, on first use below
const ROWS = Number(process.env.BENCH_ROWS ?? 5_000_000);
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
const REDEEMS = Number(process.env.BENCH_REDEEMS ?? 600);
const CLIENTS = 8;
const log = (message: string) => process.stderr.write(`[bench:analytics] ${message}\n`);

const { freshDatabase, dropDatabase } = await import("@/tests/support/fresh-database");
const { databaseProvider } = await import("@/lib/env");
const { driver } = await import("@/lib/db/driver");
const { db } = await import("@/lib/db/client");
const { printFigure, percentile } = await import("@/bench/support/server");
const { seedAnalyticsBench } = await import("@/bench/support/analytics-seed");
const { rollUpUsage } = await import("@/lib/analytics/roll-up-usage");
const { chartOperations } = await import("@/bench/support/analytics-charts");
const { redeemCodes } = await import("@/lib/redemptions/redeem-codes");

const label = databaseProvider(url);
const figure = (name: string) => `analytics.${label}.${name}`;
await freshDatabase(url);
const now = Date.now();

let started = performance.now();
const seeded = await seedAnalyticsBench(ROWS, now, log);
printFigure(figure("seed_s"), (performance.now() - started) / 1000, "s");
printFigure(figure("ledger_rows"), ROWS, "rows");

started = performance.now();
const read = await rollUpUsage(new Date());
printFigure(figure("rollup_catch_up_s"), (performance.now() - started) / 1000, "s");
log(`rollup read ${read} changes`);

let slowest = 0;
for (const [chart, run] of Object.entries(chartOperations(seeded, new Date()))) {
  await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  const p50 = percentile(
    times.sort((a, b) => a - b),
    50,
  );
  slowest = Math.max(slowest, p50);
  printFigure(figure(`p50_ms.${chart}`), p50, "ms");
}
printFigure(figure("max_p50_ms"), slowest, "ms");

// Redemption rate with and without the rollup job running alongside.
const cart = { currency: "EUR", items: [{ productId: "sku-1", quantity: 1, price: 80 }] };
const codes = seeded.offerIds.slice(4, 8).map((_, k) => `B${k + 4}-0`);
async function redemptionsPerSecond(phase: string): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < REDEEMS) {
        const i = next++;
        await redeemCodes(seeded.t.actors.admin, {
          codes: [codes[i % codes.length]],
          orderId: `bench-${phase}-${i}`,
          storeId: `store-${i % 20}`,
          channelType: "web",
          currency: "EUR",
          cart,
        });
      }
    }),
  );
  return REDEEMS / ((performance.now() - t0) / 1000);
}
async function withRollups<T>(work: () => Promise<T>): Promise<T> {
  let running = true;
  const loop = (async () => {
    while (running) {
      await rollUpUsage(new Date());
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  })();
  try {
    return await work();
  } finally {
    running = false;
    await loop;
  }
}
await redemptionsPerSecond("warm");
const rates = { off: 0, on: 0 };
for (const round of [1, 2]) {
  rates.off += await redemptionsPerSecond(`off${round}`);
  rates.on += await withRollups(() => redemptionsPerSecond(`on${round}`));
}
log(`redemptions/s: off ${(rates.off / 2).toFixed(1)}, on ${(rates.on / 2).toFixed(1)}`);
printFigure(figure("redeem_per_s_rollups_off"), rates.off / 2, "redemptions/s");
printFigure(figure("redeem_per_s_rollups_on"), rates.on / 2, "redemptions/s");
printFigure(figure("redeem_overhead_ratio"), rates.on / rates.off, "ratio");

await db().$disconnect();
await driver().close();
if (process.env.BENCH_KEEP !== "1") await dropDatabase(url);
process.exit(0);
