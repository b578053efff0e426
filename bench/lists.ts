// npm run bench:lists — how long `GET /api/v1/coupons` takes for page 1 and page 500 (count 100) when a
// tenant has 100,000 coupons. Prints one JSON line per figure:
//   {"name":"lists.coupons.page1_ms","value":N,"unit":"ms"} and lists.coupons.page500_ms (medians).
//
// Needs a production build (`npx next build`). The bench owns its database and server:
//   npx next build && npm run bench:lists                       # SQLite: data/bench-lists.db, port 3310
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/couponsmith_bench_lists npm run bench:lists
// Options: BENCH_PORT (3310), BENCH_COUPONS (100000), BENCH_RUNS (25 timed requests per figure).
// The database named by BENCH_DATABASE_URL is dropped and recreated, so it must be named as a bench's own
// (couponsmith_bench_* or data/bench-*); anything else is refused before it is touched.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { benchDatabaseUrl } from "@/tests/support/disposable-database";

const url = benchDatabaseUrl("file:./data/bench-lists.db");
const port = Number(process.env.BENCH_PORT ?? 3310);
const total = Number(process.env.BENCH_COUPONS ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 25);
const base = `http://127.0.0.1:${port}`;
process.env.DATABASE_URL = url; // lib/env reads it once, on first use below

const { db, isPostgres } = await import("@/lib/db/client");
const { Prisma } = await import("@/lib/generated/sqlite/client");
const { createTenant } = await import("@/lib/tenants/create-tenant");
const { createApiToken } = await import("@/lib/auth/api-tokens");
const { freshDatabase } = await import("@/tests/support/fresh-database");

const log = (message: string) => process.stderr.write(`[bench:lists] ${message}\n`);


/** Multi-row INSERTs, one transaction per batch: ~100x faster than createMany through the client. */
async function seedCoupons(tenantId: string) {
  const pg = isPostgres();
  const json = (value: unknown) => (pg ? Prisma.sql`CAST(${JSON.stringify(value)} AS jsonb)` : Prisma.sql`${JSON.stringify(value)}`);
  const kinds = ["CartLevelPercentage", "CartLevelFixed", "FreeShipping"] as const;
  const batch = pg ? 2000 : 1000; // stays under each driver's bind-parameter limit
  const now = Date.now();
  const started = Date.now();
  for (let from = 0; from < total; from += batch) {
    const offers: ReturnType<typeof Prisma.sql>[] = [];
    const targets: ReturnType<typeof Prisma.sql>[] = [];
    for (let i = from; i < Math.min(total, from + batch); i++) {
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
      const kind = kinds[i % kinds.length];
      const category = kind === "FreeShipping" ? { kind } : { kind, discount: kind === "CartLevelFixed" ? 5 : 10 };
      const updatedAt = new Date(now - i * 1000);
      offers.push(
        Prisma.sql`(${id}, ${tenantId}, 'coupon', ${`Coupon ${i}`}, '', ${i % 2 === 0}, ${false}, '2026-01-01T00:00:00Z', ${null}, ${new Date("2026-01-01T00:00:00Z")}, ${null}, ${kind}, ${json(category)}, ${json([{ code: "EUR" }])}, ${false}, ${json([])}, ${json([])}, ${json([])}, ${false}, ${id}, ${updatedAt}, 'bench', ${updatedAt}, 'bench')`,
      );
      targets.push(Prisma.sql`(${tenantId}, ${id}, 'store', '*')`);
    }
    await db().$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO "Offer" ("id", "tenantId", "family", "name", "description", "active", "localizedTimezone", "validFrom", "validTo", "startsAt", "endsAt", "kind", "category", "currencies", "singleUse", "stores", "consumers", "channels", "exclusive", "version", "createdAt", "createdBy", "updatedAt", "updatedBy") VALUES ${Prisma.join(offers)}`;
      await tx.$executeRaw`INSERT INTO "OfferTarget" ("tenantId", "offerId", "type", "value") VALUES ${Prisma.join(targets)}`;
    });
  }
  await db().$executeRawUnsafe(pg ? `VACUUM ANALYZE "Offer"` : "ANALYZE");
  log(`seeded ${total} coupons in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function waitForServer(server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not answer within 2 minutes");
}

async function timeRequest(path: string, token: string): Promise<number> {
  const t0 = performance.now();
  const response = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  const body = (await response.json()) as { items?: unknown[]; pagination?: { total: number } };
  const elapsed = performance.now() - t0;
  if (!response.ok || body.items?.length !== 100 || body.pagination?.total !== total) throw new Error(`unexpected answer for ${path}: ${response.status}`);
  return elapsed;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npx next build` first.");
  process.exit(1);
}
if (total < 50_000) log(`BENCH_COUPONS=${total}: page 500 needs at least 50,000 coupons`);

await freshDatabase(url);
const { tenant, admin } = await createTenant({ name: "Bench", slug: "bench" }, { email: "bench@bench.couponsmith.test", name: "Bench", password: "bench-password-123" });
const { token } = await createApiToken({ type: "user", id: admin.id, name: admin.name, tenantId: tenant.id, role: "admin" }, { name: "bench", role: "viewer" });
await seedCoupons(tenant.id);
await db().$disconnect();

const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
  env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: "bench-secret-at-least-16-chars", NEXTAUTH_URL: base, NODE_ENV: "production" },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
try {
  await waitForServer(server);
  const figures = { page1: "/api/v1/coupons?page=1&count=100", page500: "/api/v1/coupons?page=500&count=100" } as const;
  for (const path of Object.values(figures)) for (let i = 0; i < 5; i++) await timeRequest(path, token); // warm-up
  const samples: Record<keyof typeof figures, number[]> = { page1: [], page500: [] };
  for (let i = 0; i < runs; i++) {
    // Interleaved, so a hiccup of the machine hits both figures alike.
    samples.page1.push(await timeRequest(figures.page1, token));
    samples.page500.push(await timeRequest(figures.page500, token));
  }
  for (const key of ["page1", "page500"] as const) {
    console.log(JSON.stringify({ name: `lists.coupons.${key}_ms`, value: Math.round(median(samples[key]) * 10) / 10, unit: "ms" }));
  }
  log(`database ${url.startsWith("file:") ? "SQLite" : "PostgreSQL"}, ${runs} runs per figure`);
} finally {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}
process.exit(0);
