// bench:budgets — budgets and limits that cannot be overrun (contract §7), over real HTTP.
// 10,000 redemption attempts at 64 clients against one coupon limited to 1,000 redemptions and a
// 5,000.00 EUR budget, a 10 % discount on carts of 30.00–70.99 EUR (so both limits come into play),
// on SQLite, on PostgreSQL and on two instances sharing PostgreSQL. A third of the attempts reserve
// first and then confirm or release. Prints per database:
//   budgets.<db>.accepted           attempts that took a use (redemptions and reservations)
//   budgets.<db>.over_redemptions   redeemed + reserved rows past 1,000 (must be 0)
//   budgets.<db>.over_budget_minor  cents given past 5,000.00 EUR (must be 0)
//   budgets.<db>.unreconciled       |accepted − (redeemed + reserved + released + reverted)| plus every counter's
//                                   difference from a recount of the ledger (must be 0)
//   budgets.<db>.attempts_per_s
// Needs a production build (built on first use). BENCH_PORT (3311; +1 for the second instance),
// BENCH_BUDGETS_DBS (sqlite,postgres,postgres_2x), BENCH_ATTEMPTS (10000),
// BENCH_POSTGRES_URL (…/couponsmith_bench_ledger_budgets; dropped and recreated: never real data).
import { randomUUID } from "node:crypto";
import { printFigure, startServer, type BenchServer } from "@/bench/support/server";
import { hashToken } from "@/lib/auth/api-tokens";
import { createDb, type Db } from "@/lib/db/client";
import { freshDatabase, dropDatabase } from "@/tests/support/fresh-database";

const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 10_000);
const CLIENTS = 64;
const LIMIT = 1_000;
const BUDGET_MINOR = 500_000;
const PORT = Number(process.env.BENCH_PORT ?? 3311);
const DBS = (process.env.BENCH_BUDGETS_DBS ?? "sqlite,postgres,postgres_2x").split(",");
const PG_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/couponsmith_bench_ledger_budgets";
const SQLITE_URL = "file:./data/bench-budgets.db";
const log = (message: string) => process.stderr.write(`[bench:budgets] ${message}\n`);

async function seed(client: Db): Promise<{ tenantId: string; token: string; couponId: string }> {
  const tenant = await client.tenant.create({ data: { name: "Budgets", slug: `budgets-${randomUUID().slice(0, 6)}`, timeZone: "UTC" } });
  const token = `cs_bench${randomUUID().replace(/-/g, "")}`;
  await client.apiToken.create({
    data: {
      tenantId: tenant.id,
      name: "bench pos",
      role: "pos",
      prefix: token.slice(0, 9),
      tokenHash: hashToken(token),
      createdBy: "bench",
    },
  });
  const category = { kind: "CartLevelPercentage", discount: 10 };
  const coupon = await client.offer.create({
    data: {
      tenantId: tenant.id,
      family: "coupon",
      name: "Budgeted",
      active: true,
      validFrom: "2020-01-01T00:00:00Z",
      startsAt: new Date("2020-01-01T00:00:00Z"),
      kind: category.kind,
      category,
      currencies: [{ code: "EUR" }],
      stores: [],
      consumers: [],
      channels: [],
      maxRedemptions: LIMIT,
      limits: { redemptions: LIMIT, budget: [{ currency: "EUR", amount: BUDGET_MINOR / 100 }] },
      version: randomUUID(),
      createdBy: "bench",
      updatedBy: "bench",
    },
  });
  await client.couponCode.create({ data: { tenantId: tenant.id, offerId: coupon.id, code: "BUDGET" } });
  return { tenantId: tenant.id, token, couponId: coupon.id };
}

async function attempts(baseUrls: string[], token: string): Promise<{ accepted: number; seconds: number; errors: number }> {
  let next = 0;
  let accepted = 0;
  let errors = 0;
  const call = async (base: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (response.status >= 500) errors++;
    return { status: response.status, json };
  };
  const worker = async (w: number) => {
    const base = baseUrls[w % baseUrls.length];
    while (next < ATTEMPTS) {
      const i = next++;
      const price = 30 + (i % 41) + ((i * 37) % 100) / 100;
      const cart = { currency: "EUR", items: [{ productId: "p", quantity: 1, price }] };
      const orderId = `order-${i}`;
      if (i % 3 !== 0) {
        const r = await call(base, "POST", "/api/v1/coupons/redemptions", { codes: ["BUDGET"], orderId, cart });
        if (r.status === 200) accepted++;
        continue;
      }
      const r = await call(base, "POST", "/api/v1/coupons/reservations", { codes: ["BUDGET"], orderId, cart, ttlSeconds: 600 });
      if (r.status !== 201) continue;
      accepted++;
      const id = (r.json.reservation as { id: string }).id;
      if (i % 2 === 0) await call(base, "POST", "/api/v1/coupons/redemptions", { codes: ["BUDGET"], orderId, reservationId: id });
      else await call(base, "DELETE", `/api/v1/coupons/reservations/${id}`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, w) => worker(w)));
  return { accepted, seconds: (performance.now() - started) / 1000, errors };
}

async function check(
  label: string,
  client: Db,
  seeded: { tenantId: string; couponId: string },
  run: { accepted: number; seconds: number; errors: number },
) {
  const rows = await client.redemption.findMany({ where: { tenantId: seeded.tenantId, offerId: seeded.couponId } });
  const holding = rows.filter((r) => r.status === "redeemed" || r.status === "reserved");
  const spent = holding.reduce((sum, r) => sum + (r.amount ?? 0), 0);
  const counters = await client.offerUsage.findMany({ where: { tenantId: seeded.tenantId, offerId: seeded.couponId } });
  const used = (scope: string) => Number(counters.find((c) => c.scope === scope)?.used ?? 0);
  const unreconciled =
    Math.abs(run.accepted - rows.length) + Math.abs(used("uses") - holding.length) + Math.abs(used("budget:EUR") - spent);
  log(`${label}: ${run.accepted} accepted, ${holding.length} holding, ${spent} cents of ${BUDGET_MINOR}, ${run.errors} 5xx`);
  const name = (figure: string) => `budgets.${label}.${figure}`;
  printFigure(name("accepted"), run.accepted, "uses");
  printFigure(name("over_redemptions"), Math.max(0, holding.length - LIMIT), "redemptions");
  printFigure(name("over_budget_minor"), Math.max(0, spent - BUDGET_MINOR), "minor units");
  printFigure(name("unreconciled"), unreconciled, "rows");
  printFigure(name("server_errors"), run.errors, "requests");
  printFigure(name("attempts_per_s"), ATTEMPTS / run.seconds, "attempts/s");
}

async function runOn(label: string, url: string, instances: number) {
  await freshDatabase(url);
  const client = createDb(url);
  const seeded = await seed(client);
  const servers: BenchServer[] = [];
  try {
    for (let i = 0; i < instances; i++) servers.push(await startServer(url, PORT + i));
    log(`${label}: ${ATTEMPTS} attempts at ${CLIENTS} clients over ${instances} instance(s)`);
    const run = await attempts(
      servers.map((s) => s.baseUrl),
      seeded.token,
    );
    await check(label, client, seeded, run);
  } finally {
    for (const server of servers) await server.stop();
    await client.$disconnect();
  }
}

try {
  if (DBS.includes("sqlite")) await runOn("sqlite", SQLITE_URL, 1);
  if (DBS.includes("postgres")) await runOn("postgres", PG_URL, 1);
  if (DBS.includes("postgres_2x")) await runOn("postgres_2x", PG_URL, 2);
} finally {
  if (DBS.includes("sqlite")) await dropDatabase(SQLITE_URL);
  if (DBS.some((d) => d.startsWith("postgres"))) await dropDatabase(PG_URL);
}
process.exit(0);
