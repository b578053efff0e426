// npm run bench:checkout — the two checkout routes over real HTTP against `next build` + `next start`,
// next to an echo floor measured in the same run, on SQLite, on PostgreSQL, and on two app instances
// sharing one PostgreSQL. Prints JSON lines {name, value, unit}:
//   checkout.<db>.floor_per_s          POST /api/bench/echo (reads the body, answers JSON, no database), 16 clients
//   checkout.<db>.cart_per_s           POST /api/v1/promotions/cart (5 lines, 2 codes, 3 automatic promotions), 16 clients
//   checkout.<db>.redeem_per_s         POST /api/v1/coupons/redemptions (one multi-use code, a new order each time), 16 clients
//   checkout.<db>.cart_ratio_to_floor, .redeem_ratio_to_floor
//   checkout.<db>.redeem_per_s_at_64, .redeem_p50_ms_at_64, .redeem_p99_ms_at_64      64 clients
//   checkout.<db>.redeem_p99_ms_open_200, .cart_p99_ms_open_200   open loop: 200 requests/s sent on a fixed
//       schedule, each latency counted from its scheduled send time, so a server that falls behind shows it
//   checkout.<db>.cart_p99_ms_during_import   carts sent open-loop (20/s) from the upload of a 1,000,000-code
//       CSV until its import job has completed; checkout.<db>.import_seconds is how long that took. Before it
//       the bench waits for the server's rollup and outbox to catch up with the phases before
//       (checkout.<db>.background_drain_s), so the figure is the import's alone
//   checkout.<db>.over_redemptions     uses beyond a limit, after 64 clients race for single-use codes and a
//       coupon capped at 500 (the old bench:redeem), plus any mismatch between redemption rows and counters; must be 0
//   checkout.<db>.redeem_budget_per_s  the same as redeem_per_s for a coupon with a spend budget (the body carries the
//       order's one-line cart, priced at redemption to count the amount), 16 clients; target >= 0.8x redeem_per_s
//   checkout.<db>.over_spend_minor  a coupon and an automatic promotion with 50.00 EUR budgets and 1.00 EUR off,
//       300 attempts at 64 clients: cents given past a budget plus any counter-vs-ledger mismatch; must be 0
//       (both in bench/support/budget-phase.ts)
//   checkout.postgres_2x.redeem_per_s  64 clients split over two instances on one PostgreSQL, alternated with
//       64 clients on one of them (.one_instance_redeem_per_s): .ratio_to_one_instance (target >= 1);
//       .redeem_p99_ms (the worst round's)
// Closed loops (bench/support/load.ts) open their connections before timing, each client keeping one request
// in flight. The four 16-client rates alternate in BENCH_ROUNDS rounds (5) over 2 × BENCH_SECONDS each, so a
// drift in the machine's speed falls on all of them alike. Everything runs on the one machine, client
// included: compare figures of the same run, and read the load average logged with each.
//
// Needs a production build (`npx next build`; built on first use). Options:
//   BENCH_SECONDS (10 per closed-loop or open-loop phase), BENCH_IMPORT_CODES (1000000),
//   BENCH_PHASES (closed,open,race,import: the parts to run on each single database),
//   BENCH_CHECKOUT_DBS (sqlite,postgres,postgres_2x), BENCH_PORT (3211; the 2x run also uses +1),
//   BENCH_POSTGRES_URL (…/couponsmith_bench_checkout_main; dropped and recreated: never real data).
// Quick run: BENCH_SECONDS=3 BENCH_IMPORT_CODES=50000 npm run bench:checkout
import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import { overSpend } from "@/bench/support/budget-phase";
import { cartsDuringImport, drainBackgroundWork, writeImportCsv } from "@/bench/support/checkout-import";
import { overRedemptions } from "@/bench/support/checkout-race";
import { routes, seed, type Seeded } from "@/bench/support/checkout-seed";
import { closedLoop as runClosedLoop, interleavedRates, openLoop, RoundsRate, type Route } from "@/bench/support/load";
import { percentile, printFigure, startServer, type BenchServer } from "@/bench/support/server";
import { createDb } from "@/lib/db/client";
import { freshDatabase, dropDatabase } from "@/tests/support/fresh-database";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const IMPORT_CODES = Number(process.env.BENCH_IMPORT_CODES ?? 1_000_000);
const PHASES = new Set((process.env.BENCH_PHASES ?? "closed,open,race,import").split(","));
const DBS = (process.env.BENCH_CHECKOUT_DBS ?? "sqlite,postgres,postgres_2x").split(",");
const PORT = Number(process.env.BENCH_PORT ?? 3211);
const PG_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/couponsmith_bench_checkout_main";
const SQLITE_URL = "file:./data/bench-checkout.db";
const CSV = "data/bench-checkout-codes.csv";
const OPEN_RATE = 200;
const IMPORT_CART_RATE = 20;
const SERVER_ENV = { BENCH_ECHO_ROUTE: "on" };

const log = (message: string) => process.stderr.write(`[bench:checkout] ${message}\n`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

const closedLoop = (
  baseUrls: string[],
  token: string,
  route: Route,
  connections: number,
  options: { seconds?: number; amount?: number; warm?: boolean; allowNon2xx?: boolean } = {},
) =>
  runClosedLoop(baseUrls, token, route, connections, { seconds: SECONDS, ...options }).then((result) => {
    if (result.failed > 0) log(`${route.path} at ${connections} clients: ${result.failed} requests failed or timed out`);
    return result;
  });

/** Requests before timing: a fresh `next start` compiles routes and fills caches on first use. */
async function warmUp(baseUrl: string, s: Seeded) {
  for (const route of Object.values(routes(s))) await closedLoop([baseUrl], s.posToken, route, 8, { amount: 400 });
}

async function runSingle(label: "sqlite" | "postgres", url: string, port: number, upload: Buffer) {
  await freshDatabase(url);
  const client = createDb(url);
  const s = await seed(client);
  const server = await startServer(url, port, SERVER_ENV);
  try {
    await warmUp(server.baseUrl, s);
    const r = routes(s);
    const name = (figure: string) => `checkout.${label}.${figure}`;
    if (PHASES.has("closed")) {
      log(`${label}: closed loop, 16 clients; load ${load()}`);
      const rate = await interleavedRates(server.baseUrl, s.posToken, r, 16, { seconds: 2 * SECONDS, rounds: ROUNDS });
      log(`${label}: closed loop, 64 clients; load ${load()}`);
      const redeem64 = await closedLoop([server.baseUrl], s.posToken, r.redeem, 64);
      log(`${label}: redeem at 64 max ${redeem64.max} ms`);
      printFigure(name("floor_per_s"), rate.echo, "requests/s");
      printFigure(name("cart_per_s"), rate.cart, "requests/s");
      printFigure(name("redeem_per_s"), rate.redeem, "requests/s");
      printFigure(name("redeem_budget_per_s"), rate.redeemBudget, "requests/s");
      printFigure(name("redeem_budget_ratio_to_redeem"), rate.redeemBudget / rate.redeem, "ratio");
      printFigure(name("cart_ratio_to_floor"), rate.cart / rate.echo, "ratio");
      printFigure(name("redeem_ratio_to_floor"), rate.redeem / rate.echo, "ratio");
      printFigure(name("redeem_per_s_at_64"), redeem64.perSecond, "requests/s");
      printFigure(name("redeem_p50_ms_at_64"), redeem64.p50, "ms");
      printFigure(name("redeem_p99_ms_at_64"), redeem64.p99, "ms");
    }
    if (PHASES.has("open")) {
      log(`${label}: open loop, ${OPEN_RATE}/s; load ${load()}`);
      const openRedeem = await openLoop(server.baseUrl, s.posToken, r.redeem, OPEN_RATE, (ms) => ms >= SECONDS * 1000);
      const openCart = await openLoop(server.baseUrl, s.posToken, r.cart, OPEN_RATE, (ms) => ms >= SECONDS * 1000);
      printFigure(name("redeem_p99_ms_open_200"), percentile(openRedeem.latencies, 99), "ms");
      printFigure(name("cart_p99_ms_open_200"), percentile(openCart.latencies, 99), "ms");
      printFigure(name("open_200_failed"), openRedeem.failed + openCart.failed, "requests");
    }
    if (PHASES.has("race")) {
      log(`${label}: race for limited codes; load ${load()}`);
      printFigure(
        name("over_redemptions"),
        await overRedemptions(client, s, (race) =>
          closedLoop([server.baseUrl], s.posToken, race, 64, { amount: 4 * s.singleCodes.length * 2, warm: false, allowNon2xx: true }),
        ),
        "redemptions",
      );
      printFigure(name("over_spend_minor"), await overSpend(client, server.baseUrl, s.tenantId, s.budgets, s.posToken, log), "minor units");
    }
    if (PHASES.has("import")) {
      const drain = await drainBackgroundWork(client);
      log(`${label}: background jobs ${drain.drained ? "caught up" : "still behind"} after ${drain.seconds.toFixed(1)} s`);
      printFigure(name("background_drain_s"), drain.seconds, "s");
      log(`${label}: carts during a ${IMPORT_CODES}-code import; load ${load()}`);
      const during = await cartsDuringImport(server.baseUrl, s, upload, { codes: IMPORT_CODES, cartRate: IMPORT_CART_RATE });
      log(`${label}: import done; load ${load()}; ${during.failed} carts failed during it`);
      printFigure(name("cart_p99_ms_during_import"), percentile(during.latencies, 99), "ms");
      printFigure(name("cart_max_ms_during_import"), during.latencies[during.latencies.length - 1] ?? 0, "ms");
      printFigure(name("import_seconds"), during.seconds, "s");
    }
  } finally {
    await server.stop();
    await client.$disconnect();
  }
}

async function runTwoInstances(url: string, port: number) {
  await freshDatabase(url);
  const client = createDb(url);
  const s = await seed(client);
  const servers: BenchServer[] = [];
  try {
    servers.push(await startServer(url, port, SERVER_ENV), await startServer(url, port + 1, SERVER_ENV));
    for (const server of servers) await warmUp(server.baseUrl, s);
    const baseUrls = servers.map((server) => server.baseUrl);
    // One instance and both, alternated round by round like the 16-client rates, so the two are compared
    // at the same machine speed.
    log(`postgres_2x: closed loop, 64 clients on one instance and over two; load ${load()}`);
    const route = routes(s).redeem;
    const slice = { seconds: (2 * SECONDS) / ROUNDS };
    const one = new RoundsRate();
    const two = new RoundsRate();
    const p99s: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      one.add(await closedLoop(baseUrls.slice(0, 1), s.posToken, route, 64, slice));
      const both = await closedLoop(baseUrls, s.posToken, route, 64, slice);
      two.add(both);
      p99s.push(both.p99);
    }
    log(`postgres_2x: done; load ${load()}`);
    printFigure("checkout.postgres_2x.redeem_per_s", two.perSecond(), "requests/s");
    printFigure("checkout.postgres_2x.one_instance_redeem_per_s", one.perSecond(), "requests/s");
    printFigure("checkout.postgres_2x.ratio_to_one_instance", two.perSecond() / one.perSecond(), "ratio");
    printFigure("checkout.postgres_2x.redeem_p99_ms", Math.max(...p99s), "ms");
  } finally {
    for (const server of servers) await server.stop();
    await client.$disconnect();
  }
}

const upload = writeImportCsv(CSV, IMPORT_CODES);
try {
  if (DBS.includes("sqlite")) await runSingle("sqlite", SQLITE_URL, PORT, upload);
  if (DBS.includes("postgres")) await runSingle("postgres", PG_URL, PORT, upload);
  if (DBS.includes("postgres_2x")) await runTwoInstances(PG_URL, PORT);
} finally {
  rmSync(CSV, { force: true });
  if (DBS.includes("sqlite")) await dropDatabase(SQLITE_URL);
  if (DBS.some((d) => d.startsWith("postgres"))) await dropDatabase(PG_URL);
}
process.exit(0);
