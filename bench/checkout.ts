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
//       CSV until its import job has completed; checkout.<db>.import_seconds is how long that took
//   checkout.<db>.over_redemptions     uses beyond a limit, after 64 clients race for single-use codes and a
//       coupon capped at 500 (the old bench:redeem), plus any mismatch between redemption rows and counters; must be 0
//   checkout.<db>.redeem_budget_per_s  the same as redeem_per_s for a coupon with a spend budget (the body carries the
//       order's one-line cart, priced at redemption to count the amount), 16 clients; target >= 0.8x redeem_per_s
//   checkout.<db>.over_spend_minor  a coupon and an automatic promotion with 50.00 EUR budgets and 1.00 EUR off,
//       300 attempts at 64 clients: cents given past a budget plus any counter-vs-ledger mismatch; must be 0
//       (both in bench/support/budget-phase.ts)
//   checkout.postgres_2x.redeem_per_s  64 clients split over two instances on one PostgreSQL (compare with
//       checkout.postgres.redeem_per_s_at_64); .redeem_p99_ms
// Closed loops (bench/support/load.ts) open their connections before timing, each client keeping one request in flight. Everything runs on the one
// machine, client included: compare figures of the same run, and read the load average logged with each.
//
// Needs a production build (`npx next build`; built on first use). Options:
//   BENCH_SECONDS (10 per closed-loop or open-loop phase), BENCH_IMPORT_CODES (1000000),
//   BENCH_PHASES (closed,open,race,import: the parts to run on each single database),
//   BENCH_CHECKOUT_DBS (sqlite,postgres,postgres_2x), BENCH_PORT (3211; the 2x run also uses +1),
//   BENCH_POSTGRES_URL (…/couponsmith_bench_checkout_main; dropped and recreated: never real data).
// Quick run: BENCH_SECONDS=3 BENCH_IMPORT_CODES=50000 npm run bench:checkout
import { randomUUID } from "node:crypto";
import { rmSync, writeFileSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { budgetRoute, overSpend, seedBudgets, type BudgetSeed } from "@/bench/support/budget-phase";
import { makeCodes } from "@/bench/support/codes";
import { closedLoop as runClosedLoop, openLoop, type Route } from "@/bench/support/load";
import { percentile, printFigure, startServer, type BenchServer } from "@/bench/support/server";
import { hashToken } from "@/lib/auth/api-tokens";
import { createDb, type Db } from "@/lib/db/client";
import { freshDatabase, dropDatabase } from "@/tests/support/fresh-database";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const IMPORT_CODES = Number(process.env.BENCH_IMPORT_CODES ?? 1_000_000);
const PHASES = new Set((process.env.BENCH_PHASES ?? "closed,open,race,import").split(","));
const DBS = (process.env.BENCH_CHECKOUT_DBS ?? "sqlite,postgres,postgres_2x").split(",");
const PORT = Number(process.env.BENCH_PORT ?? 3211);
const PG_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/couponsmith_bench_checkout_main";
const SQLITE_URL = "file:./data/bench-checkout.db";
const CSV = "data/bench-checkout-codes.csv";
const OPEN_RATE = 200;
const IMPORT_CART_RATE = 20;
const CAPPED_LIMIT = 500;
const SERVER_ENV = { BENCH_ECHO_ROUTE: "on" };

const log = (message: string) => process.stderr.write(`[bench:checkout] ${message}\n`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

type Seeded = {
  tenantId: string;
  posToken: string;
  adminToken: string;
  importCouponId: string;
  redeemCode: string;
  budgets: BudgetSeed;
  cappedCouponId: string;
  singleUseCouponId: string;
  singleCodes: string[];
  cappedCodes: string[];
};

async function seed(client: Db): Promise<Seeded> {
  const tenant = await client.tenant.create({ data: { name: "Bench", slug: `bench-${randomUUID().slice(0, 6)}`, timeZone: "UTC" } });
  const tokens = { pos: `cs_bench${randomUUID().replace(/-/g, "")}`, admin: `cs_admin${randomUUID().replace(/-/g, "")}` };
  for (const [role, token] of Object.entries(tokens)) {
    await client.apiToken.create({
      data: {
        tenantId: tenant.id,
        name: `bench ${role}`,
        role,
        prefix: token.slice(0, 9),
        tokenHash: hashToken(token),
        createdBy: "bench",
      },
    });
  }
  const base = {
    tenantId: tenant.id,
    active: true,
    localizedTimezone: false,
    validFrom: "2020-01-01T00:00:00Z",
    startsAt: new Date("2020-01-01T00:00:00Z"),
    currencies: [{ code: "EUR" }],
    stores: [],
    consumers: [],
    channels: [],
    createdBy: "bench",
    updatedBy: "bench",
  };
  const offer = (
    family: "coupon" | "promotion",
    name: string,
    category: { kind: string; [key: string]: string | number | object },
    extra: Record<string, unknown> = {},
  ) => client.offer.create({ data: { ...base, family, name, category, kind: category.kind, version: randomUUID(), ...extra } });
  // Three automatic promotions a cart meets, and two coupons whose codes every cart names.
  await offer("promotion", "5% off shoes", { kind: "ProductLevelPercentage", discount: 5, products: { categories: ["shoes"] } });
  await offer("promotion", "1 EUR off", { kind: "CartLevelFixed", discount: 1 });
  await offer("promotion", "free shipping", { kind: "FreeShipping" });
  const cartA = await offer("coupon", "cart A", { kind: "CartLevelPercentage", discount: 10 });
  const cartB = await offer("coupon", "cart B", { kind: "ProductLevelFixed", discount: 2, products: { productIds: ["sku-1"] } });
  const redeem = await offer("coupon", "redeem", { kind: "CartLevelFixed", discount: 1 });
  const singleUse = await offer("coupon", "single use", { kind: "CartLevelFixed", discount: 1 }, { singleUse: true });
  const capped = await offer("coupon", "capped", { kind: "CartLevelFixed", discount: 1 }, { maxRedemptions: CAPPED_LIMIT });
  const importCoupon = await offer("coupon", "imported", { kind: "CartLevelFixed", discount: 1 });
  // Spend budgets (contract §7): one that never runs out (throughput), tight ones (over-spend race).
  const budgets = await seedBudgets(client, tenant.id, base);
  const singleCodes = Array.from({ length: 250 }, (_, i) => `S-${i}`);
  const cappedCodes = Array.from({ length: 1000 }, (_, i) => `C-${i}`);
  const codes = [
    { offerId: cartA.id, code: "CART-A" },
    { offerId: cartB.id, code: "CART-B" },
    { offerId: redeem.id, code: "REDEEM-ME" },
    ...singleCodes.map((code) => ({ offerId: singleUse.id, code, maxRedemptions: 1 })),
    ...cappedCodes.map((code) => ({ offerId: capped.id, code })),
  ];
  await client.couponCode.createMany({ data: codes.map((c) => ({ tenantId: tenant.id, ...c })) });
  return {
    tenantId: tenant.id,
    posToken: tokens.pos,
    adminToken: tokens.admin,
    importCouponId: importCoupon.id,
    redeemCode: "REDEEM-ME",
    budgets,
    cappedCouponId: capped.id,
    singleUseCouponId: singleUse.id,
    singleCodes,
    cappedCodes,
  };
}

const CART = JSON.stringify({
  currency: "EUR",
  couponCodes: ["CART-A", "CART-B"],
  items: [
    { productId: "sku-1", quantity: 2, price: 19.99, categories: ["shoes"] },
    { productId: "sku-2", quantity: 1, price: 5.5, categories: ["socks"] },
    { productId: "sku-3", quantity: 3, price: 12, categories: ["shoes"] },
    { productId: "sku-4", quantity: 1, price: 99.9 },
    { productId: "sku-5", quantity: 4, price: 1.25, categories: ["food"] },
  ],
  shipping: { method: "standard", price: 4.95 },
});

let orderSeq = 0;
const routes = (s: Seeded) => ({
  echo: { path: "/api/bench/echo", body: () => CART },
  cart: { path: "/api/v1/promotions/cart", body: () => CART },
  redeem: {
    path: "/api/v1/coupons/redemptions",
    body: () => JSON.stringify({ codes: [s.redeemCode], orderId: `order-${process.pid}-${orderSeq++}` }),
  },
  redeemBudget: budgetRoute(s.budgets, () => `order-${process.pid}-${orderSeq++}`),
});

const closedLoop = (
  baseUrls: string[],
  token: string,
  route: Route,
  connections: number,
  options: { amount?: number; warm?: boolean; allowNon2xx?: boolean } = {},
) =>
  runClosedLoop(baseUrls, token, route, connections, { seconds: SECONDS, ...options }).then((result) => {
    if (result.failed > 0) log(`${route.path} at ${connections} clients: ${result.failed} requests failed or timed out`);
    return result;
  });

/** Requests before timing: a fresh `next start` compiles routes and fills caches on first use. */
async function warmUp(baseUrl: string, s: Seeded) {
  for (const route of Object.values(routes(s))) await closedLoop([baseUrl], s.posToken, route, 8, { amount: 400 });
}

function writeImportCsv(): Buffer {
  const boundary = "----couponsmith-bench-checkout";
  const csv = "code\r\n" + makeCodes(IMPORT_CODES).join("\r\n") + "\r\n";
  writeFileSync(CSV, csv);
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="import"; filename="codes.csv"\r\nContent-Type: text/csv\r\n\r\n`),
    readFileSync(CSV),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

/** Carts at IMPORT_CART_RATE/s from the upload of the CSV until the import job has completed. */
async function cartsDuringImport(baseUrl: string, s: Seeded, upload: Buffer) {
  let done = false;
  const started = performance.now();
  const carts = openLoop(baseUrl, s.posToken, routes(s).cart, IMPORT_CART_RATE, () => done);
  const response = await fetch(`${baseUrl}/api/v1/coupons/${s.importCouponId}/codes/imports`, {
    method: "POST",
    headers: { authorization: `Bearer ${s.adminToken}`, "content-type": "multipart/form-data; boundary=----couponsmith-bench-checkout" },
    body: new Uint8Array(upload),
  });
  const queued = (await response.json()) as { codesImport?: { id: string } };
  if (response.status !== 202 || !queued.codesImport)
    throw new Error(`the import upload answered ${response.status}: ${JSON.stringify(queued)}`);
  let status = "queued";
  let job: Record<string, unknown> = {};
  while (status === "queued" || status === "processing") {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const answer = await fetch(`${baseUrl}/api/v1/coupons/${s.importCouponId}/codes/imports/${queued.codesImport.id}`, {
      headers: { authorization: `Bearer ${s.adminToken}` },
    });
    const body = (await answer.json()) as { codesImport?: Record<string, unknown> };
    job = body.codesImport ?? body;
    status = String(job.status);
  }
  done = true;
  const result = await carts;
  if (status !== "completed" || job.importedCount !== IMPORT_CODES) throw new Error(`the import ended ${status}: ${JSON.stringify(job)}`);
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

/** The old bench:redeem race: single-use codes each tried by 8 clients, and a capped coupon tried twice its cap. */
async function overRedemptions(client: Db, baseUrl: string, s: Seeded): Promise<number> {
  let i = 0;
  const race: Route = {
    path: "/api/v1/coupons/redemptions",
    body: () => {
      const n = i++;
      return JSON.stringify({
        codes: [n % 2 === 0 ? s.singleCodes[(n / 2) % s.singleCodes.length] : s.cappedCodes[((n - 1) / 2) % s.cappedCodes.length]],
        orderId: `race-${n}`,
      });
    },
  };
  await closedLoop([baseUrl], s.posToken, race, 64, { amount: 4 * s.singleCodes.length * 2, warm: false, allowNon2xx: true });
  const overSingle = await client.couponCode.findMany({
    where: { tenantId: s.tenantId, offerId: s.singleUseCouponId, redemptions: { gt: 1 } },
  });
  const capped = await client.offer.findUniqueOrThrow({ where: { id: s.cappedCouponId } });
  // Code rows only: the automatic promotions' rows (budget phase carts) hold no code or coupon counter.
  const rows = await client.redemption.count({ where: { tenantId: s.tenantId, status: "redeemed", offerType: "coupon" } });
  const counted =
    (await client.couponCode.aggregate({ where: { tenantId: s.tenantId }, _sum: { redemptions: true } }))._sum.redemptions ?? 0;
  const offerCounted =
    (await client.offer.aggregate({ where: { tenantId: s.tenantId }, _sum: { redemptions: true } }))._sum.redemptions ?? 0;
  return (
    overSingle.reduce((sum, c) => sum + c.redemptions - 1, 0) +
    Math.max(0, capped.redemptions - CAPPED_LIMIT) +
    Math.abs(rows - counted) +
    Math.abs(rows - offerCounted)
  );
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
      const floor = await closedLoop([server.baseUrl], s.posToken, r.echo, 16);
      const cart = await closedLoop([server.baseUrl], s.posToken, r.cart, 16);
      const redeem = await closedLoop([server.baseUrl], s.posToken, r.redeem, 16);
      const redeemBudget = await closedLoop([server.baseUrl], s.posToken, r.redeemBudget, 16);
      log(`${label}: closed loop, 64 clients; load ${load()}`);
      const redeem64 = await closedLoop([server.baseUrl], s.posToken, r.redeem, 64);
      log(`${label}: redeem at 64 max ${redeem64.max} ms`);
      printFigure(name("floor_per_s"), floor.perSecond, "requests/s");
      printFigure(name("cart_per_s"), cart.perSecond, "requests/s");
      printFigure(name("redeem_per_s"), redeem.perSecond, "requests/s");
      printFigure(name("redeem_budget_per_s"), redeemBudget.perSecond, "requests/s");
      printFigure(name("redeem_budget_ratio_to_redeem"), redeemBudget.perSecond / redeem.perSecond, "ratio");
      printFigure(name("cart_ratio_to_floor"), cart.perSecond / floor.perSecond, "ratio");
      printFigure(name("redeem_ratio_to_floor"), redeem.perSecond / floor.perSecond, "ratio");
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
      printFigure(name("over_redemptions"), await overRedemptions(client, server.baseUrl, s), "redemptions");
      printFigure(name("over_spend_minor"), await overSpend(client, server.baseUrl, s.tenantId, s.budgets, s.posToken, log), "minor units");
    }
    if (PHASES.has("import")) {
      log(`${label}: carts during a ${IMPORT_CODES}-code import; load ${load()}`);
      const during = await cartsDuringImport(server.baseUrl, s, upload);
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
    log(`postgres_2x: closed loop, 64 clients over two instances; load ${load()}`);
    const redeem = await closedLoop(baseUrls, s.posToken, routes(s).redeem, 64);
    log(`postgres_2x: done; load ${load()}`);
    printFigure("checkout.postgres_2x.redeem_per_s", redeem.perSecond, "requests/s");
    printFigure("checkout.postgres_2x.redeem_p99_ms", redeem.p99, "ms");
  } finally {
    for (const server of servers) await server.stop();
    await client.$disconnect();
  }
}

const upload = writeImportCsv();
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
