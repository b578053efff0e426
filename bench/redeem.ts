// npm run bench:redeem: redemptions through HTTP with 64 concurrent clients, on SQLite and PostgreSQL.
// Half the attempts target single-use codes (each tried by several clients), half a coupon capped at
// 500 redemptions; over_redemptions counts every use beyond a limit (must be 0). 256 redemptions of a
// third coupon warm the server up first and are left out of every figure.
import { randomUUID } from "node:crypto";
import { hashToken } from "@/lib/auth/api-tokens";
import { createDb } from "@/lib/db/client";
import { percentile, printFigure, startServer } from "@/bench/support/server";
import { freshDatabase } from "@/tests/support/fresh-database";

const CLIENTS = 64;
const ATTEMPTS = Number(process.env.BENCH_REDEEM_ATTEMPTS ?? 4000);
const WARM_UP = 256;
const PG = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/couponsmith_bench_redeem";

async function runOn(label: "sqlite" | "postgres", databaseUrl: string, port: number): Promise<void> {
  await freshDatabase(databaseUrl);
  const client = createDb(databaseUrl);
  const tenant = await client.tenant.create({ data: { name: "Bench", slug: `bench-${randomUUID().slice(0, 6)}`, timeZone: "UTC" } });
  const token = `cs_bench${randomUUID().replace(/-/g, "")}`;
  await client.apiToken.create({ data: { tenantId: tenant.id, name: "bench till", role: "pos", prefix: token.slice(0, 9), tokenHash: hashToken(token), createdBy: "bench" } });
  const base = { tenantId: tenant.id, active: true, localizedTimezone: false, validFrom: "2020-01-01T00:00:00Z", startsAt: new Date("2020-01-01T00:00:00Z"), category: { kind: "CartLevelFixed", discount: 1 }, kind: "CartLevelFixed", currencies: [{ code: "EUR" }], stores: [], consumers: [], channels: [], version: randomUUID(), createdBy: "bench", updatedBy: "bench" };
  const singleUse = await client.offer.create({ data: { ...base, family: "coupon", name: "single use", singleUse: true } });
  const capped = await client.offer.create({ data: { ...base, family: "coupon", name: "capped", maxRedemptions: 500 } });
  const singleCodes = Array.from({ length: ATTEMPTS / 8 }, (_, i) => `S-${i}`);
  const cappedCodes = Array.from({ length: ATTEMPTS / 2 }, (_, i) => `C-${i}`);
  await client.couponCode.createMany({ data: singleCodes.map((code) => ({ tenantId: tenant.id, offerId: singleUse.id, code, maxRedemptions: 1 })) });
  await client.couponCode.createMany({ data: cappedCodes.map((code) => ({ tenantId: tenant.id, offerId: capped.id, code })) });

  const warmUp = await client.offer.create({ data: { ...base, family: "coupon", name: "warm-up" } });
  const warmCodes = Array.from({ length: WARM_UP }, (_, i) => `W-${i}`);
  await client.couponCode.createMany({ data: warmCodes.map((code) => ({ tenantId: tenant.id, offerId: warmUp.id, code })) });

  const server = await startServer(databaseUrl, port);
  // Warm-up, untimed: the first requests of a fresh `next start` compile routes and fill caches (up to
  // seconds each); a till talks to a server that has been up for hours. Same route, own coupon.
  let warmNext = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (warmNext < warmCodes.length) {
        const i = warmNext++;
        const response = await fetch(`${server.baseUrl}/api/v1/coupons/redemptions`, { method: "POST", headers: { Authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ codes: [warmCodes[i]], orderId: `warm-${i}` }) });
        if (response.status !== 200) throw new Error(`warm-up redemption answered ${response.status}: ${await response.text()}`);
      }
    }),
  );
  const attempts = Array.from({ length: ATTEMPTS }, (_, i) => (i % 2 === 0 ? singleCodes[(i / 2) % singleCodes.length] : cappedCodes[(i - 1) / 2]));
  const latencies: number[] = [];
  let next = 0;
  const statuses = new Map<number, number>();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < attempts.length) {
        const i = next++;
        const t0 = performance.now();
        const response = await fetch(`${server.baseUrl}/api/v1/coupons/redemptions`, {
          method: "POST",
          headers: { Authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ codes: [attempts[i]], orderId: `order-${i}` }),
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await server.stop();

  const overSingle = await client.couponCode.findMany({ where: { tenantId: tenant.id, offerId: singleUse.id, redemptions: { gt: 1 } } });
  const cappedRow = await client.offer.findUniqueOrThrow({ where: { id: capped.id } });
  const rows = await client.redemption.count({ where: { tenantId: tenant.id, status: "redeemed", NOT: { orderId: { startsWith: "warm-" } } } });
  const counted = (await client.couponCode.aggregate({ where: { tenantId: tenant.id, offerId: { not: warmUp.id } }, _sum: { redemptions: true } }))._sum.redemptions ?? 0;
  const over = overSingle.reduce((sum, c) => sum + c.redemptions - 1, 0) + Math.max(0, cappedRow.redemptions - 500) + Math.abs(rows - counted);
  await client.$disconnect();
  latencies.sort((a, b) => a - b);
  printFigure(`redeem.${label}.per_s`, ATTEMPTS / seconds, "requests/s");
  printFigure(`redeem.${label}.p99_ms`, percentile(latencies, 99), "ms");
  printFigure(`redeem.${label}.over_redemptions`, over, "redemptions");
  console.error(`[${label}] statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${rows} redeemed of ${ATTEMPTS} attempts`);
}

// BENCH_PORT moves both servers (next to other checkouts benchmarking on the same machine); BENCH_REDEEM_DBS=sqlite|postgres runs one.
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const DBS = (process.env.BENCH_REDEEM_DBS ?? "sqlite,postgres").split(",");
if (DBS.includes("sqlite")) await runOn("sqlite", "file:./data/bench-redeem.db", PORT);
if (DBS.includes("postgres")) await runOn("postgres", PG, PORT + 1);
