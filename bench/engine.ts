// npm run bench:engine: the engine alone (bench/engine-core.ts) and then through
// POST /api/v1/promotions/cart (auth, validation, loader, engine, JSON) on SQLite, 1,000 offers.
import { randomUUID } from "node:crypto";
import { hashToken } from "@/lib/auth/api-tokens";
import { createDb } from "@/lib/db/client";
import { runEngineBench } from "@/bench/engine-core";
import { buildScenario, WORKLOADS } from "@/bench/support/engine-scenario";
import { seedScenario } from "@/bench/support/seed-scenario";
import { printFigure, startServer } from "@/bench/support/server";
import { freshDatabase } from "@/tests/support/fresh-database";

// BENCH_ENGINE_PARTS=http (or engine) runs only that part; both by default.
const PARTS = (process.env.BENCH_ENGINE_PARTS ?? "engine,http").split(",");
if (PARTS.includes("engine")) for (const figure of runEngineBench()) console.log(JSON.stringify(figure));
if (!PARTS.includes("http")) process.exit(0);

const DATABASE_URL = "file:./data/bench-engine.db";
const CLIENTS = 16;
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);

await freshDatabase(DATABASE_URL);
const client = createDb(DATABASE_URL);
const scenario = buildScenario(WORKLOADS.offers_1000);
const tenant = await client.tenant.create({
  data: { name: "Bench", slug: `bench-${randomUUID().slice(0, 6)}`, timeZone: scenario.context.tenantTimeZone },
});
const token = `cs_bench${randomUUID().replace(/-/g, "")}`;
await client.apiToken.create({
  data: { tenantId: tenant.id, name: "bench", role: "pos", prefix: token.slice(0, 9), tokenHash: hashToken(token), createdBy: "bench" },
});
await seedScenario(client, tenant.id, scenario);
await client.$disconnect();

const server = await startServer(DATABASE_URL, Number(process.env.BENCH_PORT ?? 3910));
const bodies = scenario.carts.map((cart) => JSON.stringify({ ...cart, at: scenario.context.now }));
const post = (body: string) =>
  fetch(`${server.baseUrl}/api/v1/promotions/cart`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "content-type": "application/json" },
    body,
  }).then(async (r) => {
    if (r.status !== 200) throw new Error(`status ${r.status}: ${await r.text()}`);
    await r.arrayBuffer();
  });
for (let i = 0; i < 50; i++) await post(bodies[i % bodies.length]); // warm-up: offer cache, JIT
let done = 0;
const deadline = performance.now() + SECONDS * 1000;
const started = performance.now();
await Promise.all(
  Array.from({ length: CLIENTS }, async (_, worker) => {
    for (let i = worker; performance.now() < deadline; i += CLIENTS) {
      await post(bodies[i % bodies.length]);
      done++;
    }
  }),
);
printFigure("engine.http.carts_per_s.offers_1000", done / ((performance.now() - started) / 1000), "carts/s");
await server.stop();
