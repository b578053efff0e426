// npm run bench:idempotency: what an Idempotency-Key costs on POST /api/v1/coupons/redemptions, on
// SQLite and PostgreSQL, measured in one run against the same server: redemptions without a key (the
// baseline), the same with a fresh key each (claim + store), and retries of keyed requests (replays).
import { randomUUID } from "node:crypto";
import { hashToken } from "@/lib/auth/api-tokens";
import { createDb } from "@/lib/db/client";
import { percentile, printFigure, startServer } from "@/bench/support/server";
import { freshDatabase } from "@/tests/support/fresh-database";

const CLIENTS = 16;
const PER_PHASE = Number(process.env.BENCH_IDEMPOTENCY_REQUESTS ?? 1000);
const WARM_UP = 200;
const PG = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/couponsmith_bench_idempotency";

type Request = { code: string; orderId: string; key?: string };

/** Sends every request with CLIENTS at once; returns requests/s and the p95 latency, and fails on any non-200. */
async function phase(baseUrl: string, token: string, requests: Request[]): Promise<{ perSecond: number; p95: number; replayed: number }> {
  const latencies: number[] = [];
  let next = 0;
  let replayed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < requests.length) {
        const { code, orderId, key } = requests[next++];
        const t0 = performance.now();
        const headers: Record<string, string> = {
          Authorization: `Bearer ${token}`,
          "content-type": "application/json",
          ...(key ? { "Idempotency-Key": key } : {}),
        };
        const response = await fetch(`${baseUrl}/api/v1/coupons/redemptions`, {
          method: "POST",
          headers,
          body: JSON.stringify({ codes: [code], orderId }),
        });
        if (response.status !== 200) throw new Error(`redemption answered ${response.status}: ${await response.text()}`);
        if (response.headers.get("Idempotent-Replayed") === "true") replayed++;
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: requests.length / seconds, p95: percentile(latencies, 95), replayed };
}

async function runOn(label: "sqlite" | "postgres", databaseUrl: string, port: number): Promise<void> {
  await freshDatabase(databaseUrl);
  const client = createDb(databaseUrl);
  const tenant = await client.tenant.create({ data: { name: "Bench", slug: `bench-${randomUUID().slice(0, 6)}`, timeZone: "UTC" } });
  const token = `cs_bench${randomUUID().replace(/-/g, "")}`;
  await client.apiToken.create({
    data: {
      tenantId: tenant.id,
      name: "bench till",
      role: "pos",
      prefix: token.slice(0, 9),
      tokenHash: hashToken(token),
      createdBy: "bench",
    },
  });
  const offer = await client.offer.create({
    data: {
      tenantId: tenant.id,
      family: "coupon",
      name: "bench",
      active: true,
      localizedTimezone: false,
      validFrom: "2020-01-01T00:00:00Z",
      startsAt: new Date("2020-01-01T00:00:00Z"),
      category: { kind: "CartLevelFixed", discount: 1 },
      kind: "CartLevelFixed",
      currencies: [{ code: "EUR" }],
      stores: [],
      consumers: [],
      channels: [],
      version: randomUUID(),
      createdBy: "bench",
      updatedBy: "bench",
    },
  });
  const codes = Array.from({ length: WARM_UP + 2 * PER_PHASE }, (_, i) => `I-${i}`);
  await client.couponCode.createMany({ data: codes.map((code) => ({ tenantId: tenant.id, offerId: offer.id, code })) });

  const server = await startServer(databaseUrl, port);
  await phase(
    server.baseUrl,
    token,
    codes.slice(0, WARM_UP).map((code, i) => ({ code, orderId: `warm-${i}`, key: i % 2 ? `warm-${i}` : undefined })),
  );
  const plain = codes.slice(WARM_UP, WARM_UP + PER_PHASE).map((code, i) => ({ code, orderId: `plain-${i}` }));
  const keyed = codes.slice(WARM_UP + PER_PHASE).map((code, i) => ({ code, orderId: `keyed-${i}`, key: `key-${i}` }));
  const baseline = await phase(server.baseUrl, token, plain);
  const withKey = await phase(server.baseUrl, token, keyed);
  const replays = await phase(server.baseUrl, token, keyed);
  await server.stop();
  const stored = await client.idempotencyKey.count({ where: { tenantId: tenant.id, responseStatus: 200 } });
  await client.$disconnect();

  printFigure(`idempotency.${label}.no_key.per_s`, baseline.perSecond, "requests/s");
  printFigure(`idempotency.${label}.new_key.per_s`, withKey.perSecond, "requests/s");
  printFigure(`idempotency.${label}.replay.per_s`, replays.perSecond, "requests/s");
  printFigure(`idempotency.${label}.no_key.p95_ms`, baseline.p95, "ms");
  printFigure(`idempotency.${label}.new_key.p95_ms`, withKey.p95, "ms");
  printFigure(`idempotency.${label}.replay.p95_ms`, replays.p95, "ms");
  printFigure(`idempotency.${label}.replays_missed`, PER_PHASE - replays.replayed, "requests");
  console.error(`[${label}] ${stored} stored answers`);
}

// BENCH_PORT moves both servers; BENCH_IDEMPOTENCY_DBS=sqlite|postgres runs one.
const PORT = Number(process.env.BENCH_PORT ?? 3910);
const DBS = (process.env.BENCH_IDEMPOTENCY_DBS ?? "sqlite,postgres").split(",");
if (DBS.includes("sqlite")) await runOn("sqlite", "file:./data/bench-idempotency.db", PORT);
if (DBS.includes("postgres")) await runOn("postgres", PG, PORT + 1);
